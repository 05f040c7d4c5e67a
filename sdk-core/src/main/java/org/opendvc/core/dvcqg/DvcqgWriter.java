package org.opendvc.core.dvcqg;

import static org.opendvc.core.dvcqg.DvcqgWire.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.json.JsonPointers;
import org.opendvc.core.procedure.Agency;
import org.opendvc.core.procedure.Channel;
import org.opendvc.core.procedure.DocumentRequirement;
import org.opendvc.core.procedure.Fee;
import org.opendvc.core.procedure.FormTemplate;
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
 * yields is left exactly as it was, down to its spelling, and a changed element has only its
 * changed members rewritten. So {@code export(import(x))} is {@code x}, members OpenDVC does not
 * model included, and an edited procedure keeps everything it did not edit.
 *
 * <p>List elements are matched to the package elements they were read from (see {@link #match}):
 * unchanged elements are found in order, so removing or inserting one does not shift the unmodelled
 * members of the others, and a changed element takes the place of the original left in its gap.
 * Elements the reader could not use (no name, an unknown code) stay after the element they
 * followed.
 */
final class DvcqgWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Where each element of the original's model lists came from; null when writing afresh. */
  private final DvcqgReader.@Nullable Result original;

  private DvcqgWriter(DvcqgReader.@Nullable Result original) {
    this.original = original;
  }

  /**
   * Writes {@code p} into {@code target}.
   *
   * @param target the package to write into: a copy of the original, or an empty object
   * @param original what the original package yields, or {@code null} to write everything
   */
  static ObjectNode write(ObjectNode target, Procedure p, DvcqgReader.@Nullable Result original) {
    Procedure before = original == null ? null : original.procedure();
    return new DvcqgWriter(before == null ? null : original).procedure(target, p, before);
  }

  private ObjectNode procedure(ObjectNode target, Procedure p, @Nullable Procedure before) {
    if (before == null || !p.code().equals(before.code())) {
      String field = target.has(CODE_ALT) && !target.has(CODE) ? CODE_ALT : CODE;
      target.put(field, p.code().value());
    }
    if (before == null || !p.name().vi().equals(before.name().vi())) {
      target.put(NAME, p.name().vi());
    }
    list(target, LEVELS, "/levels", p.levels(), before, Procedure::levels, this::level);
    list(target, SECTORS, "/sectors", p.sectors(), before, Procedure::sectors, this::sector);
    list(
        target,
        TARGETS,
        "/targetGroups",
        p.targetGroups(),
        before,
        Procedure::targetGroups,
        this::targetGroup);
    list(
        target,
        IMPLEMENTING,
        "/agencies/implementing",
        p.agencies().implementing(),
        before,
        b -> b.agencies().implementing(),
        this::agency);
    list(
        target,
        COMPETENT,
        "/agencies/competent",
        p.agencies().competent(),
        before,
        b -> b.agencies().competent(),
        this::agency);
    list(
        target,
        DELEGATED,
        "/agencies/delegated",
        p.agencies().delegated(),
        before,
        b -> b.agencies().delegated(),
        this::agency);
    list(
        target,
        COORDINATING,
        "/agencies/coordinating",
        p.agencies().coordinating(),
        before,
        b -> b.agencies().coordinating(),
        this::agency);
    if (before == null || !Objects.equals(p.onlineServiceLevel(), before.onlineServiceLevel())) {
      if (p.onlineServiceLevel() == null) {
        target.remove(ONLINE_LEVEL);
      } else {
        target.put(ONLINE_LEVEL, onlineLevelCode(p.onlineServiceLevel()));
      }
    }
    list(target, CHANNELS, "/channels", p.channels(), before, Procedure::channels, this::channel);
    list(target, CASES, "/cases", p.cases(), before, Procedure::cases, this::procedureCase);
    list(target, RESULTS, "/results", p.results(), before, Procedure::results, this::result);
    list(target, LEGAL, "/legalBasis", p.legalBasis(), before, Procedure::legalBasis, this::legal);
    links(
        target,
        RELATED,
        "/relatedProcedures",
        p.relatedProcedures(),
        before == null ? null : before.relatedProcedures());
    links(
        target,
        INTERCONNECTED,
        "/interconnectedProcedures",
        p.interconnectedProcedures(),
        before == null ? null : before.interconnectedProcedures());
    return target;
  }

  // ---------------------------------------------------------------- lists

  /** Writes the changed members of one list element; {@code was} is what it was read as. */
  @FunctionalInterface
  private interface ElementWriter<T> {
    /**
     * @param element the element to write into: a copy of the original element, or a new one
     * @param item the element's value now
     * @param was its value when read, or {@code null} for a new element
     * @param wasPointer the model pointer of {@code was} in the original, or {@code null}
     */
    void write(ObjectNode element, T item, @Nullable T was, @Nullable String wasPointer);
  }

  /** Makes the node for one list element from its original node, if it has one. */
  @FunctionalInterface
  private interface NodeMaker<T> {
    JsonNode make(@Nullable JsonNode old, T item, @Nullable T was, @Nullable String wasPointer);
  }

  private <P, T> void list(
      ObjectNode target,
      String field,
      @Nullable String modelPointer,
      List<T> items,
      @Nullable P parentBefore,
      Function<P, List<T>> part,
      ElementWriter<T> writer) {
    list(
        target,
        field,
        modelPointer,
        items,
        parentBefore == null ? null : part.apply(parentBefore),
        (old, item, was, wasPointer) -> {
          ObjectNode element =
              old != null && old.isObject() ? ((ObjectNode) old).deepCopy() : NODES.objectNode();
          if (was == null || !was.equals(item)) {
            writer.write(element, item, was, wasPointer);
          }
          return element;
        });
  }

  /**
   * Writes a list. An unchanged list is left alone. Otherwise each item starts from the original
   * element it was read from, found by {@link #match}; elements of removed items are dropped, and
   * elements the reader could not use stay after the element they followed.
   *
   * @param modelPointer the pointer of the list in the original model, such as {@code
   *     /cases/0/documents}, or {@code null} when it has no original
   */
  private <T> void list(
      ObjectNode target,
      String field,
      @Nullable String modelPointer,
      List<T> items,
      @Nullable List<T> before,
      NodeMaker<T> maker) {
    if (before != null && items.equals(before)) {
      return;
    }
    if (items.isEmpty() && !target.has(field)) {
      return;
    }
    JsonNode array = target.get(field);
    List<JsonNode> olds = new ArrayList<>();
    if (array != null && array.isArray()) {
      array.forEach(olds::add);
    }
    List<T> was = before == null ? List.of() : before;
    int[] match = match(items, was);
    // Which original elements the model was read from, and which of them an item still uses.
    boolean[] modelled = new boolean[olds.size()];
    boolean[] used = new boolean[olds.size()];
    int[] source = new int[items.size()];
    for (int j = 0; j < was.size(); j++) {
      int k = sourceIndex(modelPointer, j, olds.size());
      if (k >= 0) {
        modelled[k] = true;
      }
    }
    for (int i = 0; i < items.size(); i++) {
      source[i] = match[i] < 0 ? -1 : sourceIndex(modelPointer, match[i], olds.size());
      if (source[i] >= 0) {
        used[source[i]] = true;
      }
    }
    // Each unusable element follows the nearest earlier element that is still used (-1: first).
    int[] anchor = new int[olds.size()];
    int lastUsed = -1;
    for (int k = 0; k < olds.size(); k++) {
      anchor[k] = lastUsed;
      if (used[k]) {
        lastUsed = k;
      }
    }
    ArrayNode out = NODES.arrayNode();
    keepUnusable(out, olds, modelled, anchor, -1);
    for (int i = 0; i < items.size(); i++) {
      int j = match[i];
      JsonNode old = source[i] < 0 ? null : olds.get(source[i]);
      out.add(
          maker.make(
              old,
              items.get(i),
              j < 0 ? null : was.get(j),
              j < 0 || modelPointer == null ? null : JsonPointers.index(modelPointer, j)));
      if (source[i] >= 0) {
        keepUnusable(out, olds, modelled, anchor, source[i]);
      }
    }
    target.set(field, out);
  }

  private static void keepUnusable(
      ArrayNode out, List<JsonNode> olds, boolean[] modelled, int[] anchor, int after) {
    for (int k = 0; k < olds.size(); k++) {
      if (!modelled[k] && anchor[k] == after) {
        out.add(olds.get(k).deepCopy());
      }
    }
  }

  /** The index in the original array of the element read as item {@code j}, or -1. */
  private int sourceIndex(@Nullable String modelPointer, int j, int size) {
    if (original == null || modelPointer == null) {
      return -1;
    }
    int k = original.sourceIndex(JsonPointers.index(modelPointer, j));
    return k < size ? k : -1;
  }

  /**
   * For each item, the index of the original item it continues, or -1 for a new one. Unchanged
   * items are paired with equal originals in order (a longest common subsequence), so removing or
   * inserting items moves nothing else; an item left over takes the first original left over in the
   * same gap, as an item edited in place.
   */
  static <T> int[] match(List<T> items, List<T> before) {
    int n = items.size();
    int m = before.size();
    int[][] common = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        common[i][j] =
            items.get(i).equals(before.get(j))
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    int[] match = new int[n];
    Arrays.fill(match, -1);
    for (int i = 0, j = 0; i < n && j < m; ) {
      if (items.get(i).equals(before.get(j))) {
        match[i++] = j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    int next = 0;
    for (int i = 0; i < n; i++) {
      if (match[i] >= 0) {
        next = match[i] + 1;
        continue;
      }
      int end = m;
      for (int k = i + 1; k < n; k++) {
        if (match[k] >= 0) {
          end = match[k];
          break;
        }
      }
      if (next < end) {
        match[i] = next++;
      }
    }
    return match;
  }

  private void links(
      ObjectNode target,
      String field,
      String modelPointer,
      List<ProcedureCode> items,
      @Nullable List<ProcedureCode> before) {
    list(
        target,
        field,
        modelPointer,
        items,
        before,
        (old, item, was, wasPointer) -> {
          if (old != null && old.isObject()) {
            ObjectNode element = ((ObjectNode) old).deepCopy();
            if (!item.equals(was)) {
              element.put(
                  element.has(CODE_ALT) && !element.has(CODE) ? CODE_ALT : CODE, item.value());
            }
            return element;
          }
          return old != null && item.equals(was) ? old.deepCopy() : NODES.textNode(item.value());
        });
  }

  // ---------------------------------------------------------------- elements

  private void level(
      ObjectNode o, GovernmentLevel level, @Nullable GovernmentLevel was, @Nullable String at) {
    changed(o, LEVEL_CODE, level, was, DvcqgWire::levelCode);
    changed(o, LEVEL_NAME, level, was, DvcqgWire::levelName);
  }

  private void sector(ObjectNode o, Sector s, @Nullable Sector was, @Nullable String at) {
    changed(o, SECTOR_CODE, s, was, Sector::code);
    changed(o, SECTOR_NAME, s, was, x -> x.name().vi());
  }

  private void targetGroup(
      ObjectNode o, TargetGroup t, @Nullable TargetGroup was, @Nullable String at) {
    changed(o, TARGET_CODE, t, was, TargetGroup::code);
    changed(o, TARGET_NAME, t, was, x -> x.name().vi());
  }

  private void agency(ObjectNode o, Agency a, @Nullable Agency was, @Nullable String at) {
    changed(o, AGENCY_CODE, a, was, Agency::code);
    changed(o, AGENCY_NAME, a, was, x -> x.name().vi());
  }

  private void channel(ObjectNode o, Channel c, @Nullable Channel was, @Nullable String at) {
    if (was == null || was.kind() != c.kind()) {
      o.put(CHANNEL_CODE, channelCode(c.kind()));
    }
    ProcessingTime t = c.processingTime();
    ProcessingTime wasTime = was == null ? null : was.processingTime();
    boolean timeChanged = !Objects.equals(wasTime, t);
    boolean feesChanged = was == null ? !c.fees().isEmpty() : !was.fees().equals(c.fees());
    if (!timeChanged && !feesChanged) {
      return;
    }
    ObjectNode first = firstTime(o);
    if (timeChanged) {
      changed(first, TIME_VALUE, t, wasTime, x -> numberText(x.value()));
      changed(first, TIME_UNIT, t, wasTime, x -> unitText(x.unit()));
      changed(first, TIME_NOTE, t, wasTime, x -> x.note() == null ? null : x.note().vi());
    }
    if (feesChanged) {
      list(first, FEES, at == null ? null : at + "/fees", c.fees(), was, Channel::fees, this::fee);
    }
  }

  /** The first processing-time option of a channel, where its time and fees are written. */
  private static ObjectNode firstTime(ObjectNode channel) {
    JsonNode times = channel.get(TIMES);
    ArrayNode timeArray =
        times != null && times.isArray() ? (ArrayNode) times : channel.putArray(TIMES);
    if (timeArray.isEmpty()) {
      timeArray.addObject();
    }
    if (!timeArray.get(0).isObject()) {
      timeArray.set(0, NODES.objectNode());
    }
    return (ObjectNode) timeArray.get(0);
  }

  private void fee(ObjectNode o, Fee fee, @Nullable Fee was, @Nullable String at) {
    changed(o, FEE_CODE, fee, was, Fee::code);
    changed(o, FEE_AMOUNT, fee, was, f -> f.amount() == null ? null : numberText(f.amount()));
    changed(o, FEE_DESCRIPTION, fee, was, f -> vi(f.description()));
    changed(o, FEE_URL, fee, was, Fee::documentUrl);
  }

  private void procedureCase(
      ObjectNode o, ProcedureCase c, @Nullable ProcedureCase was, @Nullable String at) {
    if ((was == null || !Objects.equals(was.name(), c.name()))
        && (c.name() != null || o.has(CASE_NAME))) {
      o.put(CASE_NAME, c.name() == null ? "" : c.name().vi());
    }
    list(
        o,
        DOCUMENTS,
        at == null ? null : at + "/documents",
        c.documents(),
        was,
        ProcedureCase::documents,
        this::document);
  }

  private void document(
      ObjectNode o, DocumentRequirement d, @Nullable DocumentRequirement was, @Nullable String at) {
    changed(o, DOC_CODE, d, was, DocumentRequirement::code);
    changed(o, DOC_NAME, d, was, x -> x.name().vi());
    changed(o, DOC_ORIGINALS, d, was, x -> Integer.toString(x.originals()));
    changed(o, DOC_COPIES, d, was, x -> Integer.toString(x.copies()));
    template(o, DOC_TEMPLATE, DOC_URL, d.template(), was == null ? null : was.template(), was);
    changed(o, DOC_REPLACEABLE, d, was, DocumentRequirement::replaceableByResult);
  }

  private void result(
      ObjectNode o, ProcedureResult r, @Nullable ProcedureResult was, @Nullable String at) {
    changed(o, RESULT_CODE, r, was, ProcedureResult::code);
    changed(o, RESULT_NAME, r, was, x -> x.name().vi());
    template(o, RESULT_FILE, RESULT_URL, r.template(), was == null ? null : was.template(), was);
  }

  /**
   * Writes a template's name and URL together when the template changed: the package keeps a URL
   * only beside a name, so a URL left from before would attach itself to the new template.
   */
  private static void template(
      ObjectNode o,
      String nameField,
      String urlField,
      @Nullable FormTemplate now,
      @Nullable FormTemplate then,
      @Nullable Object was) {
    if (was == null || !Objects.equals(now, then)) {
      text(o, nameField, now == null ? null : now.name().vi());
      text(o, urlField, now == null ? null : now.url());
    }
  }

  private void legal(
      ObjectNode o, LegalDocument l, @Nullable LegalDocument was, @Nullable String at) {
    changed(o, LEGAL_NUMBER, l, was, LegalDocument::number);
    changed(o, LEGAL_TITLE, l, was, x -> vi(x.title()));
    changed(o, LEGAL_ISSUER, l, was, LegalDocument::issuer);
    if (was == null || !Objects.equals(was.issuedOn(), l.issuedOn())) {
      date(o, LEGAL_ISSUED, l.issuedOn());
    }
    if (was == null || !Objects.equals(was.effectiveFrom(), l.effectiveFrom())) {
      date(o, LEGAL_EFFECTIVE, l.effectiveFrom());
    }
    changed(o, LEGAL_URL, l, was, LegalDocument::url);
  }

  // ---------------------------------------------------------------- members

  private static @Nullable String vi(@Nullable LocalizedText text) {
    return text == null ? null : text.vi();
  }

  /**
   * Writes member {@code field} as {@code format} gives it for {@code now}, unless it gives the
   * same for {@code then}: a member whose value did not change keeps its original spelling.
   */
  private static <T> void changed(
      ObjectNode o,
      String field,
      @Nullable T now,
      @Nullable T then,
      Function<T, @Nullable String> format) {
    String value = now == null ? null : format.apply(now);
    if (then == null || !Objects.equals(value, format.apply(then))) {
      text(o, field, value);
    }
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
