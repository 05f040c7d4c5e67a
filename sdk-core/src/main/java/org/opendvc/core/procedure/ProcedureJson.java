package org.opendvc.core.procedure;

import static org.opendvc.core.internal.json.JsonFields.Need.OPTIONAL;
import static org.opendvc.core.internal.json.JsonFields.Need.REQUIRED;
import static org.opendvc.core.internal.json.JsonTrees.array;
import static org.opendvc.core.internal.json.JsonTrees.codeName;
import static org.opendvc.core.internal.json.JsonTrees.localized;
import static org.opendvc.core.internal.json.JsonTrees.putIfPresent;
import static org.opendvc.core.internal.json.JsonTrees.putList;
import static org.opendvc.core.internal.json.JsonTrees.putLocalized;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.OpenDvcException;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.internal.json.CommonReaders;
import org.opendvc.core.internal.json.JsonFields;
import org.opendvc.core.json.JsonDiagnostics;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.core.law.LegalReference;

/**
 * OpenDVC's own JSON format for procedures, described by {@code procedure.schema.json}.
 *
 * <p>{@link #read(JsonDocument)} reports every structural problem at once (missing, mistyped and
 * unknown members, malformed codes and dates) without judging the content; {@link
 * ProcedureValidator} does that, and {@link ProcedureLoader} does both. {@link #write(Procedure)}
 * writes the same format, so {@code read(write(p))} equals {@code p} for any procedure without an
 * import origin that the format can hold: texts trimmed and not blank (reading trims them), counts
 * of originals and copies from 0 to 100, amounts and times not negative.
 */
public final class ProcedureJson {
  /** The schema identifier written in {@code $schema}. */
  public static final String SCHEMA_ID = "https://opendvc.org/schema/1/procedure.schema.json";

  private static final List<String> TOP =
      List.of(
          "$schema",
          "code",
          "name",
          "version",
          "effectiveFrom",
          "effectiveTo",
          "levels",
          "sectors",
          "agencies",
          "publisher",
          "targetGroups",
          "onlineServiceLevel",
          "channels",
          "cases",
          "results",
          "legalBasis",
          "relatedProcedures",
          "interconnectedProcedures",
          "requirements");
  private static final List<String> REQUIREMENT =
      List.of(
          "id",
          "kind",
          "subject",
          "element",
          "parameters",
          "values",
          "effect",
          "description",
          "legalReference");
  private static final List<String> AGENCIES =
      List.of("implementing", "competent", "delegated", "coordinating");
  private static final List<String> CHANNEL = List.of("kind", "processingTime", "fees", "note");
  private static final List<String> TIME = List.of("value", "unit", "note");
  private static final List<String> FEE =
      List.of("code", "kind", "amount", "description", "documentUrl");
  private static final List<String> CASE = List.of("name", "documents");
  private static final List<String> DOCUMENT =
      List.of(
          "code",
          "name",
          "originals",
          "copies",
          "template",
          "replaceableByResult",
          "documentType",
          "dataElements");
  private static final List<String> TEMPLATE = List.of("name", "url");
  private static final List<String> RESULT = List.of("code", "name", "template");
  private static final List<String> LEGAL =
      List.of("number", "title", "issuer", "issuedOn", "effectiveFrom", "url");

  /** Stands in for a missing code or name so the rest of a broken file can still be checked. */
  private static final ProcedureCode PLACEHOLDER_CODE = ProcedureCode.of("0.000000");

  private static final LocalizedText PLACEHOLDER_NAME = LocalizedText.of("?");

  private ProcedureJson() {}

  /**
   * What a read produced: a procedure (with placeholders if incomplete), whether its code and name
   * are real, and the problems.
   */
  private record Draft(
      @Nullable Procedure procedure,
      boolean hasCode,
      boolean hasName,
      List<Diagnostic> diagnostics) {
    boolean complete() {
      return hasCode && hasName;
    }
  }

  /**
   * Reads a procedure, reporting structural problems with pointers into the document. There is a
   * value whenever the code and name could be read.
   */
  public static Validated<Procedure> read(JsonDocument document) {
    Draft draft = readDraft(document);
    return Validated.of(
        draft.complete() ? draft.procedure() : null, document.locate(draft.diagnostics()));
  }

  /**
   * Reads a procedure and validates it with {@code validator}, reporting every problem at once with
   * its line and column. Content problems are found even when the code or name is missing, but only
   * a procedure with both is returned.
   */
  public static Validated<Procedure> load(JsonDocument document, ProcedureValidator validator) {
    Draft draft = readDraft(document);
    List<Diagnostic> all = new ArrayList<>(draft.diagnostics());
    Procedure procedure = draft.procedure();
    if (procedure != null) {
      all.addAll(
          draft.hasCode()
              ? validator.validate(procedure)
              : validator.validateIgnoringCode(procedure));
    }
    return Validated.of(draft.complete() ? draft.procedure() : null, document.locate(all));
  }

  /**
   * Reads as much as can be read. When the code or name is missing the procedure carries
   * placeholders for them, so that its other parts can still be validated; it is never returned to
   * callers.
   */
  private static Draft readDraft(JsonDocument document) {
    DiagnosticCollector sink = new DiagnosticCollector();
    JsonFields top = JsonFields.of(document.root(), "", sink);
    if (top == null) {
      return new Draft(null, false, false, sink.toList());
    }
    ProcedureCode code = top.read("code", REQUIRED, CommonReaders::procedureCode);
    LocalizedText name = top.localized("name", REQUIRED);
    Procedure.Builder b =
        Procedure.builder(
                code == null ? PLACEHOLDER_CODE : code, name == null ? PLACEHOLDER_NAME : name)
            .version(top.text("version", REQUIRED))
            .effectiveFrom(top.date("effectiveFrom", REQUIRED))
            .effectiveTo(top.date("effectiveTo", OPTIONAL))
            .levels(
                top.list(
                    "levels",
                    REQUIRED,
                    (n, p, s) -> JsonFields.enumOf(n, p, GovernmentLevel.class, s)))
            .sectors(
                top.list(
                    "sectors", OPTIONAL, (n, p, s) -> CommonReaders.codeName(n, p, s, Sector::new)))
            .publisher(top.read("publisher", OPTIONAL, ProcedureJson::agency))
            .targetGroups(
                top.list(
                    "targetGroups",
                    OPTIONAL,
                    (n, p, s) -> CommonReaders.codeName(n, p, s, TargetGroup::new)))
            .onlineServiceLevel(
                top.enumValue("onlineServiceLevel", OnlineServiceLevel.class, OPTIONAL))
            .channels(top.list("channels", REQUIRED, ProcedureJson::channel))
            .cases(top.list("cases", REQUIRED, ProcedureJson::procedureCase))
            .results(top.list("results", OPTIONAL, ProcedureJson::result))
            .legalBasis(top.list("legalBasis", OPTIONAL, ProcedureJson::legalDocument))
            .relatedProcedures(
                top.list("relatedProcedures", OPTIONAL, CommonReaders::procedureCode))
            .interconnectedProcedures(
                top.list("interconnectedProcedures", OPTIONAL, CommonReaders::procedureCode))
            .requirements(top.list("requirements", OPTIONAL, ProcedureJson::requirement));
    Agencies agencies = top.read("agencies", OPTIONAL, ProcedureJson::agencies);
    if (agencies != null) {
      b.agencies(agencies);
    }
    top.rejectUnknown(TOP);
    return new Draft(b.build(), code != null, name != null, sink.toList());
  }

  private static @Nullable Agency agency(JsonNode node, String pointer, DiagnosticCollector sink) {
    return CommonReaders.codeName(node, pointer, sink, Agency::new);
  }

  private static @Nullable Agencies agencies(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    Agencies agencies =
        new Agencies(
            f.list("implementing", OPTIONAL, ProcedureJson::agency),
            f.list("competent", OPTIONAL, ProcedureJson::agency),
            f.list("delegated", OPTIONAL, ProcedureJson::agency),
            f.list("coordinating", OPTIONAL, ProcedureJson::agency));
    f.rejectUnknown(AGENCIES);
    return agencies;
  }

  private static @Nullable Channel channel(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    ChannelKind kind = f.enumValue("kind", ChannelKind.class, REQUIRED);
    ProcessingTime time = f.read("processingTime", OPTIONAL, ProcedureJson::processingTime);
    List<Fee> fees = f.list("fees", OPTIONAL, ProcedureJson::fee);
    LocalizedText note = f.localized("note", OPTIONAL);
    f.rejectUnknown(CHANNEL);
    return kind == null ? null : new Channel(kind, time, fees, note);
  }

  private static @Nullable ProcessingTime processingTime(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    BigDecimal value = f.decimal("value", REQUIRED, BigDecimal.ZERO);
    ProcessingTimeUnit unit = f.enumValue("unit", ProcessingTimeUnit.class, REQUIRED);
    LocalizedText note = f.localized("note", OPTIONAL);
    f.rejectUnknown(TIME);
    return value == null || unit == null ? null : new ProcessingTime(value, unit, note);
  }

  private static @Nullable Fee fee(JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    Fee fee =
        new Fee(
            f.text("code", OPTIONAL),
            f.enumValue("kind", FeeKind.class, OPTIONAL),
            f.decimal("amount", OPTIONAL, BigDecimal.ZERO),
            f.localized("description", OPTIONAL),
            f.text("documentUrl", OPTIONAL));
    f.rejectUnknown(FEE);
    return fee;
  }

  private static @Nullable ProcedureCase procedureCase(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    LocalizedText name = f.localized("name", OPTIONAL);
    List<DocumentRequirement> documents =
        f.list("documents", REQUIRED, ProcedureJson::documentRequirement);
    f.rejectUnknown(CASE);
    return new ProcedureCase(name, documents);
  }

  private static @Nullable DocumentRequirement documentRequirement(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    String code = f.text("code", OPTIONAL);
    LocalizedText name = f.localized("name", REQUIRED);
    Integer originals = f.integer("originals", OPTIONAL, 0, 100);
    Integer copies = f.integer("copies", OPTIONAL, 0, 100);
    FormTemplate template = f.read("template", OPTIONAL, ProcedureJson::template);
    String replaceable = f.text("replaceableByResult", OPTIONAL);
    String documentType = f.text("documentType", OPTIONAL);
    List<String> dataElements = f.textList("dataElements", OPTIONAL);
    f.rejectUnknown(DOCUMENT);
    if (name == null) {
      return null;
    }
    return new DocumentRequirement(
        code,
        name,
        originals == null ? 1 : originals,
        copies == null ? 0 : copies,
        template,
        replaceable,
        documentType,
        dataElements);
  }

  private static @Nullable FormTemplate template(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    LocalizedText name = f.localized("name", REQUIRED);
    String url = f.text("url", OPTIONAL);
    f.rejectUnknown(TEMPLATE);
    return name == null ? null : new FormTemplate(name, url);
  }

  private static @Nullable ProcedureResult result(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    String code = f.text("code", OPTIONAL);
    LocalizedText name = f.localized("name", REQUIRED);
    FormTemplate template = f.read("template", OPTIONAL, ProcedureJson::template);
    f.rejectUnknown(RESULT);
    return name == null ? null : new ProcedureResult(code, name, template);
  }

  private static @Nullable LegalDocument legalDocument(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    String number = f.text("number", REQUIRED);
    LocalizedText title = f.localized("title", OPTIONAL);
    String issuer = f.text("issuer", OPTIONAL);
    LocalDate issuedOn = f.date("issuedOn", OPTIONAL);
    LocalDate effectiveFrom = f.date("effectiveFrom", OPTIONAL);
    String url = f.text("url", OPTIONAL);
    f.rejectUnknown(LEGAL);
    return number == null
        ? null
        : new LegalDocument(number, title, issuer, issuedOn, effectiveFrom, url);
  }

  private static @Nullable Requirement requirement(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    String id = f.text("id", REQUIRED);
    if (id != null && !Requirement.isWellFormedId(id)) {
      sink.add(
          JsonDiagnostics.INVALID_VALUE,
          f.pointerOf("id"),
          id,
          "lower case words joined by hyphens, such as groom-minimum-age");
      id = null;
    }
    RequirementKind kind = f.enumValue("kind", RequirementKind.class, REQUIRED);
    SubjectRole subject = f.enumValue("subject", SubjectRole.class, REQUIRED);
    String element = f.text("element", OPTIONAL);
    Map<String, String> parameters = f.read("parameters", OPTIONAL, ProcedureJson::textMap);
    List<String> values = f.textList("values", OPTIONAL);
    RequirementEffect effect = f.enumValue("effect", RequirementEffect.class, OPTIONAL);
    LocalizedText description = f.localized("description", OPTIONAL);
    LegalReference law = f.read("legalReference", OPTIONAL, CommonReaders::legalReference);
    f.rejectUnknown(REQUIREMENT);
    if (id == null || kind == null || subject == null) {
      return null;
    }
    return new Requirement(
        id,
        kind,
        subject,
        element,
        parameters == null ? Map.of() : parameters,
        values,
        effect == null ? RequirementEffect.CONDITION : effect,
        description,
        law);
  }

  /** An object whose members are all non-blank strings, in document order. */
  private static @Nullable Map<String, String> textMap(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      String value = JsonFields.textItem(member.getValue(), f.pointerOf(member.getKey()), sink);
      if (value != null) {
        map.put(member.getKey(), value);
      }
    }
    return map;
  }

  // ---------------------------------------------------------------- writing

  /** The procedure as a JSON tree in OpenDVC's format. Its import origin is not written. */
  public static ObjectNode toTree(Procedure p) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode o = f.objectNode();
    o.put("$schema", SCHEMA_ID);
    o.put("code", p.code().value());
    o.set("name", localized(p.name()));
    putIfPresent(o, "version", p.version());
    putIfPresent(o, "effectiveFrom", p.effectiveFrom());
    putIfPresent(o, "effectiveTo", p.effectiveTo());
    o.set("levels", array(p.levels(), l -> f.textNode(l.name())));
    putList(o, "sectors", p.sectors(), s -> codeName(s.code(), s.name()));
    if (!p.agencies().isEmpty()) {
      ObjectNode a = o.putObject("agencies");
      putList(a, "implementing", p.agencies().implementing(), ProcedureJson::agencyNode);
      putList(a, "competent", p.agencies().competent(), ProcedureJson::agencyNode);
      putList(a, "delegated", p.agencies().delegated(), ProcedureJson::agencyNode);
      putList(a, "coordinating", p.agencies().coordinating(), ProcedureJson::agencyNode);
    }
    if (p.publisher() != null) {
      o.set("publisher", agencyNode(p.publisher()));
    }
    putList(o, "targetGroups", p.targetGroups(), t -> codeName(t.code(), t.name()));
    if (p.onlineServiceLevel() != null) {
      o.put("onlineServiceLevel", p.onlineServiceLevel().name());
    }
    o.set("channels", array(p.channels(), ProcedureJson::channelNode));
    o.set("cases", array(p.cases(), ProcedureJson::caseNode));
    putList(o, "results", p.results(), ProcedureJson::resultNode);
    putList(o, "legalBasis", p.legalBasis(), ProcedureJson::legalNode);
    putList(o, "relatedProcedures", p.relatedProcedures(), c -> f.textNode(c.value()));
    putList(
        o, "interconnectedProcedures", p.interconnectedProcedures(), c -> f.textNode(c.value()));
    putList(o, "requirements", p.requirements(), ProcedureJson::requirementNode);
    return o;
  }

  /** The procedure as pretty-printed JSON in OpenDVC's format. */
  public static String write(Procedure procedure) {
    try {
      return OpenDvcJson.prettyWriter().writeValueAsString(toTree(procedure)) + "\n";
    } catch (JsonProcessingException e) {
      throw new OpenDvcException("Cannot write procedure " + procedure.code(), e);
    }
  }

  private static ObjectNode agencyNode(Agency a) {
    return codeName(a.code(), a.name());
  }

  private static ObjectNode channelNode(Channel c) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("kind", c.kind().name());
    ProcessingTime t = c.processingTime();
    if (t != null) {
      ObjectNode time = o.putObject("processingTime");
      time.put("value", t.value());
      time.put("unit", t.unit().name());
      putLocalized(time, "note", t.note());
    }
    putList(o, "fees", c.fees(), ProcedureJson::feeNode);
    putLocalized(o, "note", c.note());
    return o;
  }

  private static ObjectNode feeNode(Fee fee) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    putIfPresent(o, "code", fee.code());
    if (fee.kind() != null) {
      o.put("kind", fee.kind().name());
    }
    if (fee.amount() != null) {
      o.put("amount", fee.amount());
    }
    putLocalized(o, "description", fee.description());
    putIfPresent(o, "documentUrl", fee.documentUrl());
    return o;
  }

  private static ObjectNode caseNode(ProcedureCase c) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    putLocalized(o, "name", c.name());
    o.set("documents", array(c.documents(), ProcedureJson::documentNode));
    return o;
  }

  private static ObjectNode documentNode(DocumentRequirement d) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    putIfPresent(o, "code", d.code());
    o.set("name", localized(d.name()));
    o.put("originals", d.originals());
    o.put("copies", d.copies());
    if (d.template() != null) {
      o.set("template", templateNode(d.template()));
    }
    putIfPresent(o, "replaceableByResult", d.replaceableByResult());
    putIfPresent(o, "documentType", d.documentType());
    putList(o, "dataElements", d.dataElements(), JsonNodeFactory.instance::textNode);
    return o;
  }

  private static ObjectNode templateNode(FormTemplate t) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.set("name", localized(t.name()));
    putIfPresent(o, "url", t.url());
    return o;
  }

  private static ObjectNode resultNode(ProcedureResult r) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    putIfPresent(o, "code", r.code());
    o.set("name", localized(r.name()));
    if (r.template() != null) {
      o.set("template", templateNode(r.template()));
    }
    return o;
  }

  private static ObjectNode legalNode(LegalDocument l) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("number", l.number());
    putLocalized(o, "title", l.title());
    putIfPresent(o, "issuer", l.issuer());
    putIfPresent(o, "issuedOn", l.issuedOn());
    putIfPresent(o, "effectiveFrom", l.effectiveFrom());
    putIfPresent(o, "url", l.url());
    return o;
  }

  private static ObjectNode requirementNode(Requirement r) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", r.id());
    o.put("kind", r.kind().name());
    o.put("subject", r.subject().name());
    putIfPresent(o, "element", r.element());
    if (!r.parameters().isEmpty()) {
      ObjectNode parameters = o.putObject("parameters");
      r.parameters().forEach(parameters::put);
    }
    putList(o, "values", r.values(), JsonNodeFactory.instance::textNode);
    if (r.effect() != RequirementEffect.CONDITION) {
      o.put("effect", r.effect().name());
    }
    putLocalized(o, "description", r.description());
    if (r.legalReference() != null) {
      o.set("legalReference", legalReferenceNode(r.legalReference()));
    }
    return o;
  }

  private static ObjectNode legalReferenceNode(LegalReference law) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("number", law.number());
    o.set("title", localized(law.title()));
    if (law.article() != null) {
      o.put("article", law.article());
    }
    if (law.clause() != null) {
      o.put("clause", law.clause());
    }
    putIfPresent(o, "point", law.point());
    return o;
  }
}
