package org.opendvc.rules.scenario;

import static org.opendvc.core.internal.json.JsonFields.Need.OPTIONAL;
import static org.opendvc.core.internal.json.JsonFields.Need.REQUIRED;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.Language;
import org.opendvc.core.catalog.LoadedProcedure;
import org.opendvc.core.catalog.ProcedureLoader;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.data.Subject;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.dictionary.AssuranceLevel;
import org.opendvc.core.dictionary.DataDictionary;
import org.opendvc.core.dictionary.DataElement;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.internal.json.JsonFields;
import org.opendvc.core.json.JsonPointers;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.registry.HeldDocument;
import org.opendvc.core.registry.HeldValue;
import org.opendvc.core.registry.RegistryAnswer;
import org.opendvc.rules.Consent;
import org.opendvc.rules.DossierComponent;
import org.opendvc.rules.Fact;
import org.opendvc.rules.FindingStatus;
import org.opendvc.rules.Outcome;

/**
 * Reads scenario files ({@code scenario.schema.json}), YAML written by people:
 *
 * <pre>{@code
 * procedure: ../catalog/1.000894-dang-ky-ket-hon.json
 * scenarios:
 *   - name: "Cô dâu 17 tuổi / Bride aged 17"
 *     date: 2025-09-01
 *     facts:
 *       SPOUSE: {person.sex: FEMALE, person.dateOfBirth: 2008-03-01}
 *     expect:
 *       outcome: NOT_ELIGIBLE
 *       findings: {spouse-minimum-age: NOT_MET}
 *       messages: {vi: ["chưa đủ 18 tuổi"]}
 * }</pre>
 *
 * <p>Values are typed by their data element: dates as {@code YYYY-MM-DD}, yes/no as {@code
 * true}/{@code false}, addresses as {@code {province, commune, detail}}. Every problem is reported
 * at once. Immutable and thread-safe.
 */
public final class ScenarioReader {
  /** The schema identifier of scenario files. */
  public static final String SCHEMA_ID = "https://opendvc.org/schema/1/scenario.schema.json";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final List<String> CASE =
      List.of("name", "date", "consent", "facts", "registry", "submitted", "expect");

  private final ProcedureLoader loader;
  private final DataDictionary dictionary;

  /** A reader that loads procedures with {@code loader} and types values by {@code dictionary}. */
  public ScenarioReader(ProcedureLoader loader, DataDictionary dictionary) {
    this.loader = Objects.requireNonNull(loader, "loader");
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
  }

  /** A reader using the standard dictionary. */
  public static ScenarioReader standard() {
    return new ScenarioReader(ProcedureLoader.standard(), DataDictionary.standard());
  }

  /** Reads a scenario file; the procedure it names is resolved against the file's folder. */
  public Validated<ScenarioSuite> read(Path file) {
    String label = file.toString();
    DiagnosticCollector sink = new DiagnosticCollector();
    JsonNode root = parse(file, sink);
    JsonFields top = root == null ? null : JsonFields.of(root, "", sink);
    if (top == null) {
      return Validated.of(null, withFile(sink.toList(), label));
    }
    String procedurePath = top.text("procedure", REQUIRED);
    Procedure procedure = null;
    if (procedurePath != null) {
      procedure =
          procedure(file.toAbsolutePath().getParent().resolve(procedurePath), procedurePath, sink);
    }
    List<Scenario> scenarios =
        top.list("scenarios", REQUIRED, (n, p, s) -> scenario(n, p, s, null));
    top.rejectUnknown(List.of("$schema", "procedure", "scenarios"));
    if (procedure != null) {
      checkRequirementIds(procedure, root.get("scenarios"), scenarios, sink);
    }
    ScenarioSuite suite = procedure == null ? null : new ScenarioSuite(label, procedure, scenarios);
    return Validated.of(suite, withFile(sink.toList(), label));
  }

  /**
   * Reads one case from a file holding the members of a scenario ({@code facts}, {@code registry},
   * {@code submitted}, {@code consent}), for a decision on {@code date}.
   */
  public Validated<Scenario> readCase(Path file, LocalDate date) {
    DiagnosticCollector sink = new DiagnosticCollector();
    JsonNode root = parse(file, sink);
    Scenario scenario = root == null ? null : scenario(root, "", sink, date);
    return Validated.of(scenario, withFile(sink.toList(), file.toString()));
  }

  private static @Nullable JsonNode parse(Path file, DiagnosticCollector sink) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      JsonNode root = YAML.readTree(text);
      if (root == null || root.isMissingNode()) {
        sink.add(ScenarioDiagnostics.YAML_MALFORMED, "", "empty");
        return null;
      }
      return root;
    } catch (JsonProcessingException e) {
      sink.add(ScenarioDiagnostics.YAML_MALFORMED, "", e.getOriginalMessage());
      return null;
    } catch (IOException e) {
      sink.add(ScenarioDiagnostics.YAML_MALFORMED, "", e.getMessage());
      return null;
    }
  }

  private @Nullable Procedure procedure(Path path, String named, DiagnosticCollector sink) {
    if (!Files.isRegularFile(path)) {
      sink.add(ScenarioDiagnostics.PROCEDURE_UNUSABLE, "/procedure", named, "no such file");
      return null;
    }
    LoadedProcedure loaded = loader.load(path, named);
    if (!loaded.isValid()) {
      String first =
          loaded.diagnostics().stream()
              .filter(Diagnostic::isError)
              .map(d -> d.code() + " " + d.pointer())
              .findFirst()
              .orElse("unreadable");
      sink.add(ScenarioDiagnostics.PROCEDURE_UNUSABLE, "/procedure", named, first);
      return null;
    }
    return loaded.procedure();
  }

  private static void checkRequirementIds(
      Procedure procedure, JsonNode array, List<Scenario> scenarios, DiagnosticCollector sink) {
    for (int i = 0; i < scenarios.size(); i++) {
      for (String id : scenarios.get(i).expectation().findings().keySet()) {
        if (procedure.requirements().stream().noneMatch(r -> r.id().equals(id))) {
          sink.add(
              ScenarioDiagnostics.REQUIREMENT_UNKNOWN,
              JsonPointers.index("/scenarios", i) + "/expect/findings/" + id,
              id);
        }
      }
    }
  }

  private @Nullable Scenario scenario(
      JsonNode node, String pointer, DiagnosticCollector sink, @Nullable LocalDate date) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    String name = f.text("name", date == null ? REQUIRED : OPTIONAL);
    LocalDate on = date != null ? date : f.date("date", REQUIRED);
    Boolean consent = f.bool("consent", OPTIONAL);
    List<Fact> facts = facts(object(node, f, "facts", OPTIONAL), sink);
    List<RegistryAnswer> answers =
        f.list(
            "registry", OPTIONAL, (n, p, s) -> answer(n, p, s, on == null ? LocalDate.EPOCH : on));
    List<DossierComponent> components = f.list("submitted", OPTIONAL, ScenarioReader::component);
    Expectation expect = expectation(object(node, f, "expect", date == null ? REQUIRED : OPTIONAL));
    f.rejectUnknown(CASE);
    if ((name == null && date == null) || on == null || expect == null) {
      return null;
    }
    return new Scenario(
        name == null ? "-" : name,
        on,
        Boolean.TRUE.equals(consent) ? Consent.GIVEN : Consent.NOT_GIVEN,
        facts,
        answers,
        components,
        expect);
  }

  private List<Fact> facts(@Nullable Obj byRole, DiagnosticCollector sink) {
    List<Fact> facts = new ArrayList<>();
    if (byRole == null) {
      return facts;
    }
    for (Map.Entry<String, JsonNode> role : byRole.members()) {
      SubjectRole subject =
          JsonFields.enumOf(
              com.fasterxml.jackson.databind.node.TextNode.valueOf(role.getKey()),
              byRole.pointerOf(role.getKey()),
              SubjectRole.class,
              sink);
      JsonFields values = JsonFields.of(role.getValue(), byRole.pointerOf(role.getKey()), sink);
      if (subject == null || values == null) {
        continue;
      }
      values(new Obj(role.getValue(), values), sink)
          .forEach((element, value) -> facts.add(new Fact(subject, element, value)));
    }
    return facts;
  }

  private Map<String, DataValue> values(Obj object, DiagnosticCollector sink) {
    Map<String, DataValue> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> member : object.members()) {
      String at = object.pointerOf(member.getKey());
      DataElement element = dictionary.element(member.getKey()).orElse(null);
      if (element == null) {
        sink.add(ScenarioDiagnostics.ELEMENT_UNKNOWN, at, member.getKey());
        continue;
      }
      DataValue value = value(element, member.getValue(), at, sink);
      if (value != null) {
        out.put(element.id(), value);
      }
    }
    return out;
  }

  private static @Nullable DataValue value(
      DataElement element, JsonNode node, String at, DiagnosticCollector sink) {
    switch (element.type()) {
      case DATE -> {
        try {
          return DataValue.date(LocalDate.parse(node.asText()));
        } catch (DateTimeParseException e) {
          sink.add(ScenarioDiagnostics.VALUE_WRONG_TYPE, at, element.id(), "YYYY-MM-DD");
          return null;
        }
      }
      case BOOLEAN -> {
        if (!node.isBoolean()) {
          sink.add(ScenarioDiagnostics.VALUE_WRONG_TYPE, at, element.id(), "true | false");
          return null;
        }
        return DataValue.bool(node.booleanValue());
      }
      case INTEGER, DECIMAL, MONEY -> {
        if (!node.isNumber()) {
          sink.add(ScenarioDiagnostics.VALUE_WRONG_TYPE, at, element.id(), "a number");
          return null;
        }
        return DataValue.number(node.decimalValue());
      }
      case ADDRESS -> {
        if (node.isTextual()) {
          return new DataValue.Address(null, null, null, null, null, null, node.asText());
        }
        if (!node.isObject()) {
          sink.add(
              ScenarioDiagnostics.VALUE_WRONG_TYPE,
              at,
              element.id(),
              "{province, commune, detail}");
          return null;
        }
        return new DataValue.Address(
            text(node, "province"),
            null,
            text(node, "commune"),
            null,
            null,
            null,
            text(node, "detail"));
      }
      case CODE -> {
        return DataValue.code(node.asText());
      }
      default -> {
        return DataValue.text(node.asText());
      }
    }
  }

  private static @Nullable String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }

  private @Nullable RegistryAnswer answer(
      JsonNode node, String pointer, DiagnosticCollector sink, LocalDate date) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    Registry registry = f.enumValue("registry", Registry.class, REQUIRED);
    SubjectRole role = f.enumValue("subject", SubjectRole.class, REQUIRED);
    Boolean found = f.bool("found", OPTIONAL);
    Obj valuesNode = object(node, f, "values", OPTIONAL);
    Map<String, DataValue> values = valuesNode == null ? Map.of() : values(valuesNode, sink);
    List<HeldDocument> documents = f.list("documents", OPTIONAL, ScenarioReader::document);
    f.rejectUnknown(List.of("registry", "subject", "found", "values", "documents"));
    if (registry == null || role == null) {
      return null;
    }
    Map<String, HeldValue> held = new LinkedHashMap<>();
    values.forEach((k, v) -> held.put(k, new HeldValue(k, v, AssuranceLevel.AUTHORITATIVE, null)));
    Instant at = date.atStartOfDay(ZoneOffset.ofHours(7)).toInstant();
    return new RegistryAnswer(
        registry,
        new Subject(role, 0, null),
        !Boolean.FALSE.equals(found),
        held,
        java.util.Set.of(),
        documents,
        at);
  }

  private static @Nullable HeldDocument document(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    String code = f.text("resultCode", REQUIRED);
    String name = f.text("name", REQUIRED);
    f.rejectUnknown(List.of("resultCode", "name"));
    return code == null || name == null
        ? null
        : new HeldDocument(code, name, "scenario", null, null);
  }

  private static @Nullable DossierComponent component(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    String component = f.text("component", REQUIRED);
    String type = f.text("documentType", OPTIONAL);
    SubjectRole role = f.enumValue("subject", SubjectRole.class, OPTIONAL);
    DossierComponent.Provision provision =
        f.enumValue("provision", DossierComponent.Provision.class, OPTIONAL);
    String result = f.text("resultCode", OPTIONAL);
    f.rejectUnknown(List.of("component", "documentType", "subject", "provision", "resultCode"));
    return component == null
        ? null
        : new DossierComponent(
            component,
            type,
            role == null ? SubjectRole.APPLICANT : role,
            provision == null ? DossierComponent.Provision.SUBMITTED : provision,
            result);
  }

  private static @Nullable Expectation expectation(@Nullable Obj expect) {
    if (expect == null) {
      return new Expectation(null, Map.of(), List.of(), null, Map.of());
    }
    JsonFields f = expect.fields();
    DiagnosticCollector sink = f.sink();
    Outcome outcome = f.enumValue("outcome", Outcome.class, OPTIONAL);
    Map<String, FindingStatus> findings = new LinkedHashMap<>();
    Obj byId = object(expect.node(), f, "findings", OPTIONAL);
    if (byId != null) {
      for (Map.Entry<String, JsonNode> member : byId.members()) {
        FindingStatus status =
            JsonFields.enumOf(
                member.getValue(), byId.pointerOf(member.getKey()), FindingStatus.class, sink);
        if (status != null) {
          findings.put(member.getKey(), status);
        }
      }
    }
    List<String> rules = f.textList("rules", OPTIONAL);
    List<String> missing = f.has("missing") ? f.textList("missing", OPTIONAL) : null;
    Map<Language, List<String>> messages = new EnumMap<>(Language.class);
    JsonFields byLanguage = f.object("messages", OPTIONAL);
    if (byLanguage != null) {
      messages.put(Language.VI, byLanguage.textList("vi", OPTIONAL));
      messages.put(Language.EN, byLanguage.textList("en", OPTIONAL));
      byLanguage.rejectUnknown(List.of("vi", "en"));
    }
    f.rejectUnknown(List.of("outcome", "findings", "rules", "missing", "messages"));
    return new Expectation(outcome, findings, rules, missing, messages);
  }

  /** An object member: its node, to walk its members, and its fields, to report on them. */
  private record Obj(JsonNode node, JsonFields fields) {
    Iterable<Map.Entry<String, JsonNode>> members() {
      return node.properties();
    }

    String pointerOf(String name) {
      return fields.pointerOf(name);
    }
  }

  private static @Nullable Obj object(
      JsonNode parent, JsonFields parentFields, String name, JsonFields.Need need) {
    JsonFields fields = parentFields.object(name, need);
    return fields == null ? null : new Obj(parent.get(name), fields);
  }

  private static List<Diagnostic> withFile(List<Diagnostic> diagnostics, String file) {
    return diagnostics.stream().map(d -> d.withFile(file)).toList();
  }
}
