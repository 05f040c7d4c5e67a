package org.opendvc.core.dvcqg;

import static org.opendvc.core.dvcqg.DvcqgWire.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.procedure.Agency;
import org.opendvc.core.procedure.Channel;
import org.opendvc.core.procedure.DocumentRequirement;
import org.opendvc.core.procedure.Fee;
import org.opendvc.core.procedure.GovernmentLevel;
import org.opendvc.core.procedure.LegalDocument;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureCase;
import org.opendvc.core.procedure.ProcedureResult;
import org.opendvc.core.procedure.ProcessingTime;
import org.opendvc.core.procedure.Sector;
import org.opendvc.core.procedure.TargetGroup;

/**
 * Writes a procedure as a DVCQG package.
 *
 * <p>When the procedure was imported from a package, the package is the starting point and only
 * what changed since the import is written into it: a part equal to what the original package
 * yields is left exactly as it was, down to its spelling. So {@code export(import(x))} is {@code
 * x}, members OpenDVC does not model included, and an edited procedure keeps everything it did not
 * edit. Lists are matched by position; a changed element keeps the unmodelled members of the
 * element it replaces.
 */
final class DvcqgWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DvcqgWriter() {}

  /**
   * Writes {@code p} into {@code target}.
   *
   * @param target the package to write into: a copy of the original, or an empty object
   * @param before what the original package yields, or {@code null} to write everything
   */
  static ObjectNode write(ObjectNode target, Procedure p, @Nullable Procedure before) {
    if (before == null || !p.code().equals(before.code())) {
      String field = target.has(CODE_ALT) && !target.has(CODE) ? CODE_ALT : CODE;
      target.put(field, p.code().value());
    }
    if (before == null || !p.name().vi().equals(before.name().vi())) {
      target.put(NAME, p.name().vi());
    }
    list(target, LEVELS, p.levels(), before == null ? null : before.levels(), DvcqgWriter::level);
    list(
        target,
        SECTORS,
        p.sectors(),
        before == null ? null : before.sectors(),
        DvcqgWriter::sector);
    list(
        target,
        TARGETS,
        p.targetGroups(),
        before == null ? null : before.targetGroups(),
        DvcqgWriter::targetGroup);
    list(
        target,
        IMPLEMENTING,
        p.agencies().implementing(),
        before == null ? null : before.agencies().implementing(),
        DvcqgWriter::agency);
    list(
        target,
        COMPETENT,
        p.agencies().competent(),
        before == null ? null : before.agencies().competent(),
        DvcqgWriter::agency);
    list(
        target,
        DELEGATED,
        p.agencies().delegated(),
        before == null ? null : before.agencies().delegated(),
        DvcqgWriter::agency);
    list(
        target,
        COORDINATING,
        p.agencies().coordinating(),
        before == null ? null : before.agencies().coordinating(),
        DvcqgWriter::agency);
    if (before == null || !Objects.equals(p.onlineServiceLevel(), before.onlineServiceLevel())) {
      if (p.onlineServiceLevel() == null) {
        target.remove(ONLINE_LEVEL);
      } else {
        target.put(ONLINE_LEVEL, onlineLevelCode(p.onlineServiceLevel()));
      }
    }
    list(
        target,
        CHANNELS,
        p.channels(),
        before == null ? null : before.channels(),
        DvcqgWriter::channel);
    list(
        target,
        CASES,
        p.cases(),
        before == null ? null : before.cases(),
        DvcqgWriter::procedureCase);
    list(
        target,
        RESULTS,
        p.results(),
        before == null ? null : before.results(),
        DvcqgWriter::result);
    list(
        target,
        LEGAL,
        p.legalBasis(),
        before == null ? null : before.legalBasis(),
        DvcqgWriter::legal);
    links(
        target, RELATED, p.relatedProcedures(), before == null ? null : before.relatedProcedures());
    links(
        target,
        INTERCONNECTED,
        p.interconnectedProcedures(),
        before == null ? null : before.interconnectedProcedures());
    return target;
  }

  /** Writes one element of a list; {@code was} is what the original element yielded, if any. */
  @FunctionalInterface
  private interface ElementWriter<T> {
    void write(ObjectNode element, T item, @Nullable T was);
  }

  /**
   * Writes a list of objects. Unchanged lists are left alone; otherwise each element starts from
   * the original element at its position, and is rewritten only if it changed.
   */
  private static <T> void list(
      ObjectNode target,
      String field,
      List<T> items,
      @Nullable List<T> before,
      ElementWriter<T> writer) {
    if (before != null && items.equals(before)) {
      return;
    }
    if (items.isEmpty() && !target.has(field)) {
      return;
    }
    JsonNode original = target.get(field);
    ArrayNode out = NODES.arrayNode();
    for (int i = 0; i < items.size(); i++) {
      JsonNode old = original != null && original.isArray() ? original.get(i) : null;
      ObjectNode element =
          old != null && old.isObject() ? ((ObjectNode) old).deepCopy() : NODES.objectNode();
      T was = before != null && i < before.size() ? before.get(i) : null;
      if (was == null || !was.equals(items.get(i)) || old == null) {
        writer.write(element, items.get(i), was);
      }
      out.add(element);
    }
    target.set(field, out);
  }

  private static void links(
      ObjectNode target,
      String field,
      List<ProcedureCode> items,
      @Nullable List<ProcedureCode> before) {
    if ((before != null && items.equals(before)) || (items.isEmpty() && !target.has(field))) {
      return;
    }
    JsonNode original = target.get(field);
    ArrayNode out = NODES.arrayNode();
    for (int i = 0; i < items.size(); i++) {
      JsonNode old = original != null && original.isArray() ? original.get(i) : null;
      if (old != null && old.isObject()) {
        ObjectNode element = ((ObjectNode) old).deepCopy();
        element.put(
            element.has(CODE_ALT) && !element.has(CODE) ? CODE_ALT : CODE, items.get(i).value());
        out.add(element);
      } else {
        out.add(items.get(i).value());
      }
    }
    target.set(field, out);
  }

  private static void level(ObjectNode o, GovernmentLevel level, @Nullable GovernmentLevel was) {
    o.put(LEVEL_CODE, levelCode(level));
    o.put(LEVEL_NAME, levelName(level));
  }

  private static void sector(ObjectNode o, Sector s, @Nullable Sector was) {
    codeName(o, SECTOR_CODE, s.code(), SECTOR_NAME, s.name());
  }

  private static void targetGroup(ObjectNode o, TargetGroup t, @Nullable TargetGroup was) {
    codeName(o, TARGET_CODE, t.code(), TARGET_NAME, t.name());
  }

  private static void agency(ObjectNode o, Agency a, @Nullable Agency was) {
    codeName(o, AGENCY_CODE, a.code(), AGENCY_NAME, a.name());
  }

  private static void codeName(
      ObjectNode o, String codeField, @Nullable String code, String nameField, LocalizedText name) {
    text(o, codeField, code);
    text(o, nameField, name.vi());
  }

  private static void channel(ObjectNode o, Channel c, @Nullable Channel was) {
    o.put(CHANNEL_CODE, channelCode(c.kind()));
    JsonNode times = o.get(TIMES);
    ArrayNode timeArray = times != null && times.isArray() ? (ArrayNode) times : o.putArray(TIMES);
    if (timeArray.isEmpty()) {
      timeArray.addObject();
    }
    if (!timeArray.get(0).isObject()) {
      timeArray.set(0, NODES.objectNode());
    }
    ObjectNode first = (ObjectNode) timeArray.get(0);
    ProcessingTime t = c.processingTime();
    if (was == null || !Objects.equals(was.processingTime(), t)) {
      text(first, TIME_VALUE, t == null ? null : numberText(t.value()));
      text(first, TIME_UNIT, t == null ? null : unitText(t.unit()));
      text(first, TIME_NOTE, t == null || t.note() == null ? null : t.note().vi());
    }
    list(first, FEES, c.fees(), was == null ? null : was.fees(), DvcqgWriter::fee);
  }

  private static void fee(ObjectNode o, Fee fee, @Nullable Fee was) {
    text(o, FEE_CODE, fee.code());
    text(o, FEE_AMOUNT, fee.amount() == null ? null : numberText(fee.amount()));
    text(o, FEE_DESCRIPTION, fee.description() == null ? null : fee.description().vi());
    text(o, FEE_URL, fee.documentUrl());
  }

  private static void procedureCase(ObjectNode o, ProcedureCase c, @Nullable ProcedureCase was) {
    if (c.name() != null || o.has(CASE_NAME)) {
      o.put(CASE_NAME, c.name() == null ? "" : c.name().vi());
    }
    list(o, DOCUMENTS, c.documents(), was == null ? null : was.documents(), DvcqgWriter::document);
  }

  private static void document(
      ObjectNode o, DocumentRequirement d, @Nullable DocumentRequirement was) {
    text(o, DOC_CODE, d.code());
    text(o, DOC_NAME, d.name().vi());
    count(o, DOC_ORIGINALS, d.originals(), was == null ? null : was.originals());
    count(o, DOC_COPIES, d.copies(), was == null ? null : was.copies());
    text(o, DOC_TEMPLATE, d.template() == null ? null : d.template().name().vi());
    text(o, DOC_URL, d.template() == null ? null : d.template().url());
    text(o, DOC_REPLACEABLE, d.replaceableByResult());
  }

  /** Writes a count unless it is unchanged (so an original "" that meant 0 stays ""). */
  private static void count(ObjectNode o, String field, int value, @Nullable Integer was) {
    if (was == null || was != value) {
      o.put(field, Integer.toString(value));
    }
  }

  private static void result(ObjectNode o, ProcedureResult r, @Nullable ProcedureResult was) {
    text(o, RESULT_CODE, r.code());
    text(o, RESULT_NAME, r.name().vi());
    text(o, RESULT_FILE, r.template() == null ? null : r.template().name().vi());
    text(o, RESULT_URL, r.template() == null ? null : r.template().url());
  }

  private static void legal(ObjectNode o, LegalDocument l, @Nullable LegalDocument was) {
    text(o, LEGAL_NUMBER, l.number());
    text(o, LEGAL_TITLE, l.title() == null ? null : l.title().vi());
    text(o, LEGAL_ISSUER, l.issuer());
    date(o, LEGAL_ISSUED, l.issuedOn());
    date(o, LEGAL_EFFECTIVE, l.effectiveFrom());
    text(o, LEGAL_URL, l.url());
  }

  private static void date(ObjectNode o, String field, @Nullable LocalDate date) {
    JsonNode old = o.get(field);
    String like = old != null && old.isTextual() ? old.asText() : null;
    if (like != null && date != null && date.equals(DvcqgWire.date(like))) {
      return;
    }
    text(o, field, date == null ? null : formatDate(date, like));
  }

  /**
   * Sets a text member; a null value blanks a member that exists (DVCQG writes absent values as
   * empty strings) and writes nothing otherwise. A value equal to what is there, even if written as
   * a number or with other spacing, is left as it was.
   */
  private static void text(ObjectNode o, String field, @Nullable String value) {
    JsonNode old = o.get(field);
    if (value == null) {
      if (old != null && !old.isNull() && !old.asText().isBlank()) {
        o.put(field, "");
      }
      return;
    }
    if (old != null
        && (old.isTextual() || old.isNumber())
        && sameValue(old.asText().strip(), value)) {
      return;
    }
    o.put(field, value);
  }

  private static boolean sameValue(String old, String value) {
    if (old.equals(value)) {
      return true;
    }
    BigDecimal a = number(old);
    BigDecimal b = number(value);
    return a != null && b != null && a.compareTo(b) == 0;
  }
}
