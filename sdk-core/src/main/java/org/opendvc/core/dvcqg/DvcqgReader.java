package org.opendvc.core.dvcqg;

import static org.opendvc.core.dvcqg.DvcqgWire.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.json.JsonDiagnostics;
import org.opendvc.core.json.JsonPointerMap;
import org.opendvc.core.json.JsonPointers;
import org.opendvc.core.procedure.Agencies;
import org.opendvc.core.procedure.Agency;
import org.opendvc.core.procedure.Channel;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.DocumentRequirement;
import org.opendvc.core.procedure.Fee;
import org.opendvc.core.procedure.FormTemplate;
import org.opendvc.core.procedure.GovernmentLevel;
import org.opendvc.core.procedure.LegalDocument;
import org.opendvc.core.procedure.OnlineServiceLevel;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureCase;
import org.opendvc.core.procedure.ProcedureFormat;
import org.opendvc.core.procedure.ProcedureOrigin;
import org.opendvc.core.procedure.ProcedureResult;
import org.opendvc.core.procedure.ProcessingTime;
import org.opendvc.core.procedure.ProcessingTimeUnit;
import org.opendvc.core.procedure.Sector;
import org.opendvc.core.procedure.TargetGroup;

/**
 * Reads one DVCQG package into the model, recording for each model part the pointer of the package
 * member it came from. Tolerant by design: DVCQG data is what it is, so a value that cannot be
 * understood is reported and skipped, never fatal unless the code or name is missing.
 */
final class DvcqgReader {
  /**
   * The outcome: what could be read (with placeholders for a missing code or name, so that the rest
   * can still be validated; null when the package is not an object), whether code and name were
   * usable, where each part came from, and for each element of a model list (such as {@code
   * /cases/0/documents/2}) its index in the package array it was read from, which can differ when
   * the array holds elements that could not be read.
   */
  record Result(
      @Nullable Procedure draft,
      boolean hasCode,
      boolean hasName,
      JsonPointerMap pointers,
      Map<String, Integer> sourceIndexes) {

    /** The procedure, when the package had a usable code and name. */
    @Nullable Procedure procedure() {
      return hasCode && hasName ? draft : null;
    }

    /** The index in its package array of the element read as {@code modelPointer}, or -1. */
    int sourceIndex(String modelPointer) {
      return sourceIndexes.getOrDefault(modelPointer, -1);
    }
  }

  /** Stands in for a missing code so that the rest of a broken package can still be checked. */
  private static final ProcedureCode PLACEHOLDER_CODE = ProcedureCode.of("0.000000");

  private final JsonNode pkg;
  private final String base;
  private final DiagnosticCollector sink;
  private final JsonPointerMap pointers = new JsonPointerMap();
  private final Map<String, Integer> sourceIndexes = new HashMap<>();

  private DvcqgReader(JsonNode pkg, String base, DiagnosticCollector sink) {
    this.pkg = pkg;
    this.base = base;
    this.sink = sink;
  }

  /** Reads the package at {@code base} (the pointer of {@code pkg} within its file). */
  static Result read(JsonNode pkg, String base, DiagnosticCollector sink) {
    DvcqgReader reader = new DvcqgReader(pkg, base, sink);
    if (!pkg.isObject()) {
      sink.add(JsonDiagnostics.WRONG_TYPE, base, "object", describe(pkg));
      return new Result(null, false, false, reader.pointers, Map.of());
    }
    String codeField = pkg.has(CODE) || !pkg.has(CODE_ALT) ? CODE : CODE_ALT;
    ProcedureCode code = reader.code(codeField);
    String name = reader.text(pkg, NAME, base, true);
    reader.map("", base);
    reader.map("/name", at(base, NAME));
    Procedure draft =
        reader.procedure(
            code == null ? PLACEHOLDER_CODE : code, LocalizedText.of(name == null ? "?" : name));
    return new Result(
        draft, code != null, name != null, reader.pointers, Map.copyOf(reader.sourceIndexes));
  }

  private Procedure procedure(ProcedureCode code, LocalizedText name) {
    Procedure.Builder b = Procedure.builder(code, name);
    b.levels(levels());
    b.sectors(codeNames(SECTORS, SECTOR_CODE, SECTOR_NAME, "/sectors", Sector::new));
    b.targetGroups(codeNames(TARGETS, TARGET_CODE, TARGET_NAME, "/targetGroups", TargetGroup::new));
    b.agencies(
        new Agencies(
            agencies(IMPLEMENTING, "implementing"),
            agencies(COMPETENT, "competent"),
            agencies(DELEGATED, "delegated"),
            agencies(COORDINATING, "coordinating")));
    String level = text(pkg, ONLINE_LEVEL, base, false);
    OnlineServiceLevel online = level == null ? null : onlineLevel(level);
    b.onlineServiceLevel(online);
    map("/onlineServiceLevel", at(base, ONLINE_LEVEL));
    b.channels(channels());
    b.cases(cases());
    b.results(results());
    b.legalBasis(legalBasis());
    b.relatedProcedures(links(RELATED, "/relatedProcedures"));
    b.interconnectedProcedures(links(INTERCONNECTED, "/interconnectedProcedures"));
    b.origin(new ProcedureOrigin(ProcedureFormat.DVCQG_PACKAGE, pkg.toString()));
    return b.build();
  }

  private @Nullable ProcedureCode code(String field) {
    String pointer = at(base, field);
    map("/code", pointer);
    String text = text(pkg, field, base, true);
    if (text == null) {
      return null;
    }
    var parsed = ProcedureCode.parseLenient(text);
    if (parsed.value().isEmpty()) {
      parsed.diagnostics().forEach(d -> sink.add(d.withPointer(pointer)));
      return null;
    }
    ProcedureCode code = parsed.value().get();
    if (!code.value().equals(text)) {
      sink.add(DvcqgDiagnostics.CODE_AGENCY_FORM, pointer, text, code);
    }
    return code;
  }

  private List<GovernmentLevel> levels() {
    List<GovernmentLevel> levels = new ArrayList<>();
    forEachObject(
        pkg,
        LEVELS,
        base,
        (item, pointer) -> {
          String code = text(item, LEVEL_CODE, pointer, true);
          GovernmentLevel level = code == null ? null : level(code);
          if (code != null && level == null) {
            sink.add(DvcqgDiagnostics.LEVEL_UNKNOWN, at(pointer, LEVEL_CODE), code);
          }
          if (level != null) {
            element(JsonPointers.index("/levels", levels.size()), pointer);
            levels.add(level);
          }
        });
    map("/levels", at(base, LEVELS));
    return levels;
  }

  private <T> List<T> codeNames(
      String field,
      String codeField,
      String nameField,
      String modelPointer,
      BiFunction<@Nullable String, LocalizedText, T> factory) {
    List<T> out = new ArrayList<>();
    forEachObject(
        pkg,
        field,
        base,
        (item, pointer) -> {
          String name = text(item, nameField, pointer, true);
          if (name != null) {
            element(JsonPointers.index(modelPointer, out.size()), pointer);
            out.add(factory.apply(text(item, codeField, pointer, false), LocalizedText.of(name)));
          }
        });
    map(modelPointer, at(base, field));
    return out;
  }

  private List<Agency> agencies(String field, String role) {
    return codeNames(field, AGENCY_CODE, AGENCY_NAME, "/agencies/" + role, Agency::new);
  }

  private List<Channel> channels() {
    List<Channel> channels = new ArrayList<>();
    forEachObject(
        pkg,
        CHANNELS,
        base,
        (item, pointer) -> {
          String code = text(item, CHANNEL_CODE, pointer, true);
          ChannelKind kind = code == null ? null : channel(code);
          if (code != null && kind == null) {
            sink.add(DvcqgDiagnostics.CHANNEL_UNKNOWN, at(pointer, CHANNEL_CODE), code);
          }
          if (kind == null) {
            return;
          }
          String model = JsonPointers.index("/channels", channels.size());
          element(model, pointer);
          map(model + "/kind", at(pointer, CHANNEL_CODE));
          ProcessingTime time = null;
          List<Fee> fees = List.of();
          JsonNode times = item.get(TIMES);
          if (times != null && times.isArray() && !times.isEmpty()) {
            if (times.size() > 1) {
              sink.add(DvcqgDiagnostics.EXTRA_TIME_OPTIONS, at(pointer, TIMES), times.size());
            }
            String first = JsonPointers.index(at(pointer, TIMES), 0);
            map(model + "/processingTime", first);
            time = processingTime(times.get(0), first);
            fees = fees(times.get(0), first, model);
          } else if (times != null && !times.isNull() && !times.isArray()) {
            sink.add(JsonDiagnostics.WRONG_TYPE, at(pointer, TIMES), "array", describe(times));
          }
          channels.add(new Channel(kind, time, fees, null));
        });
    map("/channels", at(base, CHANNELS));
    return channels;
  }

  private @Nullable ProcessingTime processingTime(JsonNode time, String pointer) {
    if (!time.isObject()) {
      sink.add(JsonDiagnostics.WRONG_TYPE, pointer, "object", describe(time));
      return null;
    }
    String valueText = text(time, TIME_VALUE, pointer, false);
    String unitText = text(time, TIME_UNIT, pointer, false);
    String note = text(time, TIME_NOTE, pointer, false);
    if (valueText == null) {
      return null;
    }
    BigDecimal value = number(valueText);
    if (value == null) {
      sink.add(DvcqgDiagnostics.NUMBER_UNPARSEABLE, at(pointer, TIME_VALUE), valueText);
      return null;
    }
    ProcessingTimeUnit unit = unitText == null ? null : unit(unitText);
    if (unit == null) {
      sink.add(
          DvcqgDiagnostics.TIME_UNIT_UNKNOWN,
          at(pointer, TIME_UNIT),
          unitText == null ? "" : unitText);
      return null;
    }
    return new ProcessingTime(value, unit, note == null ? null : LocalizedText.of(note));
  }

  private List<Fee> fees(JsonNode time, String timePointer, String modelChannel) {
    List<Fee> fees = new ArrayList<>();
    forEachObject(
        time,
        FEES,
        timePointer,
        (item, pointer) -> {
          String model = JsonPointers.index(modelChannel + "/fees", fees.size());
          element(model, pointer);
          map(model + "/amount", at(pointer, FEE_AMOUNT));
          map(model + "/documentUrl", at(pointer, FEE_URL));
          String amountText = text(item, FEE_AMOUNT, pointer, false);
          BigDecimal amount = amountText == null ? null : number(amountText);
          if (amountText != null && amount == null) {
            sink.add(DvcqgDiagnostics.NUMBER_UNPARSEABLE, at(pointer, FEE_AMOUNT), amountText);
          }
          String description = text(item, FEE_DESCRIPTION, pointer, false);
          fees.add(
              new Fee(
                  text(item, FEE_CODE, pointer, false),
                  null,
                  amount,
                  description == null ? null : LocalizedText.of(description),
                  text(item, FEE_URL, pointer, false)));
        });
    return fees;
  }

  private List<ProcedureCase> cases() {
    List<ProcedureCase> cases = new ArrayList<>();
    forEachObject(
        pkg,
        CASES,
        base,
        (item, pointer) -> {
          String model = JsonPointers.index("/cases", cases.size());
          element(model, pointer);
          map(model + "/documents", at(pointer, DOCUMENTS));
          String name = text(item, CASE_NAME, pointer, false);
          List<DocumentRequirement> documents = new ArrayList<>();
          forEachObject(
              item,
              DOCUMENTS,
              pointer,
              (doc, docPointer) -> {
                DocumentRequirement d = document(doc, docPointer);
                if (d != null) {
                  String m = JsonPointers.index(model + "/documents", documents.size());
                  element(m, docPointer);
                  map(m + "/name", at(docPointer, DOC_NAME));
                  map(m + "/code", at(docPointer, DOC_CODE));
                  map(m + "/template/url", at(docPointer, DOC_URL));
                  documents.add(d);
                }
              });
          cases.add(new ProcedureCase(name == null ? null : LocalizedText.of(name), documents));
        });
    map("/cases", at(base, CASES));
    return cases;
  }

  private @Nullable DocumentRequirement document(JsonNode doc, String pointer) {
    String name = text(doc, DOC_NAME, pointer, true);
    if (name == null) {
      return null;
    }
    String template = text(doc, DOC_TEMPLATE, pointer, false);
    String url = text(doc, DOC_URL, pointer, false);
    return new DocumentRequirement(
        text(doc, DOC_CODE, pointer, false),
        LocalizedText.of(name),
        count(doc, DOC_ORIGINALS, pointer),
        count(doc, DOC_COPIES, pointer),
        template == null ? null : new FormTemplate(LocalizedText.of(template), url),
        text(doc, DOC_REPLACEABLE, pointer, false),
        null,
        List.of());
  }

  private int count(JsonNode doc, String field, String pointer) {
    String text = text(doc, field, pointer, false);
    if (text == null) {
      return 0;
    }
    BigDecimal n = number(text);
    if (n == null || n.scale() > 0 || n.compareTo(BigDecimal.valueOf(100)) > 0) {
      sink.add(DvcqgDiagnostics.NUMBER_UNPARSEABLE, at(pointer, field), text);
      return 0;
    }
    return n.intValue();
  }

  private List<ProcedureResult> results() {
    List<ProcedureResult> results = new ArrayList<>();
    forEachObject(
        pkg,
        RESULTS,
        base,
        (item, pointer) -> {
          String name = text(item, RESULT_NAME, pointer, true);
          if (name == null) {
            return;
          }
          String model = JsonPointers.index("/results", results.size());
          element(model, pointer);
          map(model + "/code", at(pointer, RESULT_CODE));
          map(model + "/template/url", at(pointer, RESULT_URL));
          String file = text(item, RESULT_FILE, pointer, false);
          String url = text(item, RESULT_URL, pointer, false);
          results.add(
              new ProcedureResult(
                  text(item, RESULT_CODE, pointer, false),
                  LocalizedText.of(name),
                  file == null ? null : new FormTemplate(LocalizedText.of(file), url)));
        });
    map("/results", at(base, RESULTS));
    return results;
  }

  private List<LegalDocument> legalBasis() {
    List<LegalDocument> legal = new ArrayList<>();
    forEachObject(
        pkg,
        LEGAL,
        base,
        (item, pointer) -> {
          String number = text(item, LEGAL_NUMBER, pointer, true);
          if (number == null) {
            return;
          }
          String model = JsonPointers.index("/legalBasis", legal.size());
          element(model, pointer);
          map(model + "/effectiveFrom", at(pointer, LEGAL_EFFECTIVE));
          map(model + "/url", at(pointer, LEGAL_URL));
          String title = text(item, LEGAL_TITLE, pointer, false);
          legal.add(
              new LegalDocument(
                  number,
                  title == null ? null : LocalizedText.of(title),
                  text(item, LEGAL_ISSUER, pointer, false),
                  dateOf(item, LEGAL_ISSUED, pointer),
                  dateOf(item, LEGAL_EFFECTIVE, pointer),
                  text(item, LEGAL_URL, pointer, false)));
        });
    map("/legalBasis", at(base, LEGAL));
    return legal;
  }

  private @Nullable LocalDate dateOf(JsonNode item, String field, String pointer) {
    String text = text(item, field, pointer, false);
    if (text == null) {
      return null;
    }
    LocalDate date = date(text);
    if (date == null) {
      sink.add(DvcqgDiagnostics.DATE_UNPARSEABLE, at(pointer, field), text);
    }
    return date;
  }

  private List<ProcedureCode> links(String field, String modelPointer) {
    List<ProcedureCode> links = new ArrayList<>();
    JsonNode array = pkg.get(field);
    String arrayPointer = at(base, field);
    map(modelPointer, arrayPointer);
    if (array == null || array.isNull()) {
      return links;
    }
    if (!array.isArray()) {
      sink.add(JsonDiagnostics.WRONG_TYPE, arrayPointer, "array", describe(array));
      return links;
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      String pointer = JsonPointers.index(arrayPointer, i);
      String text =
          item.isObject()
              ? text(item, item.has(CODE) || !item.has(CODE_ALT) ? CODE : CODE_ALT, pointer, true)
              : scalar(item, pointer);
      if (text == null) {
        continue;
      }
      var parsed = ProcedureCode.parseLenient(text);
      if (parsed.value().isPresent()) {
        element(JsonPointers.index(modelPointer, links.size()), pointer);
        links.add(parsed.value().get());
      } else {
        parsed.diagnostics().forEach(d -> sink.add(d.withPointer(pointer)));
      }
    }
    return links;
  }

  // ---------------------------------------------------------------- helpers

  private interface ItemVisitor {
    void visit(JsonNode item, String pointer);
  }

  /** Visits each object of array {@code field} of {@code parent}; reports non-objects. */
  private void forEachObject(JsonNode parent, String field, String parentPointer, ItemVisitor v) {
    JsonNode array = parent.get(field);
    String arrayPointer = at(parentPointer, field);
    if (array == null || array.isNull()) {
      return;
    }
    if (!array.isArray()) {
      sink.add(JsonDiagnostics.WRONG_TYPE, arrayPointer, "array", describe(array));
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      String pointer = JsonPointers.index(arrayPointer, i);
      if (item.isObject()) {
        v.visit(item, pointer);
      } else {
        sink.add(JsonDiagnostics.WRONG_TYPE, pointer, "object", describe(item));
      }
    }
  }

  /** A text or number member as trimmed text; blank counts as absent. */
  private @Nullable String text(JsonNode obj, String field, String pointer, boolean required) {
    JsonNode value = obj.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        sink.add(JsonDiagnostics.REQUIRED_MISSING, at(pointer, field), field);
      }
      return null;
    }
    String text = scalar(value, at(pointer, field));
    if (text == null && required && value.isTextual()) {
      sink.add(JsonDiagnostics.BLANK, at(pointer, field));
    }
    return text;
  }

  private @Nullable String scalar(JsonNode value, String pointer) {
    if (value.isTextual() || value.isNumber()) {
      String text = value.asText().strip();
      return text.isEmpty() ? null : text;
    }
    sink.add(JsonDiagnostics.WRONG_TYPE, pointer, "string", describe(value));
    return null;
  }

  private void map(String model, String source) {
    pointers.put(model, source);
  }

  /** Records that model list element {@code model} was read from array element {@code source}. */
  private void element(String model, String source) {
    map(model, source);
    sourceIndexes.put(model, Integer.parseInt(source.substring(source.lastIndexOf('/') + 1)));
  }

  private static String at(String pointer, String field) {
    return JsonPointers.child(pointer, field);
  }

  private static String describe(JsonNode node) {
    return org.opendvc.core.internal.json.JsonFields.describe(node);
  }
}
