package org.opendvc.forms;

import static org.opendvc.core.internal.json.JsonFields.Need.OPTIONAL;
import static org.opendvc.core.internal.json.JsonFields.Need.REQUIRED;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.Language;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.internal.json.CommonReaders;
import org.opendvc.core.internal.json.JsonFields;
import org.opendvc.core.json.JsonDiagnostics;
import org.opendvc.core.json.JsonPointers;
import org.opendvc.forms.internal.CanonicalJson;
import org.opendvc.forms.internal.FormFunctions;

/**
 * Reads OpenDVC's form format ({@code form.schema.json}), reporting every structural problem at
 * once: missing, mistyped and unknown members, malformed ids, duplicate ids, options that do not
 * fit a field's type, and contradictory limits. What the content means (bindings, expressions) is
 * checked afterwards.
 */
final class FormReader {
  private static final Pattern FORM_ID = Pattern.compile("[a-z0-9][a-z0-9.\\-]{0,99}");
  private static final Pattern FIELD_ID = Pattern.compile("[a-z][a-zA-Z0-9]{0,63}");
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[a-z0-9][a-z0-9.+\\-]*/([a-z0-9][a-z0-9.+\\-]*|\\*)");
  private static final Set<String> RESERVED = Set.copyOf(FormFunctions.RESERVED_NAMES);

  private static final List<String> TOP =
      List.of(
          "$schema",
          "id",
          "version",
          "procedure",
          "title",
          "languages",
          "subjects",
          "codeLists",
          "sections");
  private static final List<String> SUBJECT = List.of("role", "identifiedBy", "field");
  private static final List<String> CODE_LIST =
      List.of("id", "version", "source", "unknownCodes", "otherCode", "codes");
  private static final List<String> CODE = List.of("code", "label", "registryCodes");
  private static final List<String> SECTION = List.of("id", "title", "relevant", "fields");

  /** The field members whose meaning depends on the field's type. */
  private static final List<String> TYPED_OPTIONS =
      List.of(
          "codeList",
          "minLength",
          "maxLength",
          "min",
          "max",
          "precision",
          "attachment",
          "fields",
          "minItems",
          "maxItems",
          "subject",
          "calculate");

  private static final List<String> FIELD =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of(
                  "id",
                  "type",
                  "label",
                  "hint",
                  "binding",
                  "relevant",
                  "required",
                  "requiredMessage",
                  "readOnly",
                  "constraints",
                  "default",
                  "expectedLength"),
              TYPED_OPTIONS.stream())
          .toList();
  private static final List<String> BINDING = List.of("element", "subject", "prefill", "lock");
  private static final List<String> CONSTRAINT = List.of("expression", "message");
  private static final List<String> ATTACHMENT = List.of("mediaTypes", "maxBytes", "maxFiles");

  private final DiagnosticCollector sink;
  private final Set<String> fieldIds = new HashSet<>();
  private int fieldCount;

  private FormReader(DiagnosticCollector sink) {
    this.sink = sink;
  }

  /** Reads a definition; returns {@code null} when too little could be read to go on. */
  static @Nullable FormModel read(JsonNode root, DiagnosticCollector sink) {
    return new FormReader(sink).readForm(root);
  }

  private @Nullable FormModel readForm(JsonNode root) {
    JsonFields top = JsonFields.of(root, "", sink);
    if (top == null) {
      return null;
    }
    top.rejectUnknown(TOP);
    String id = top.text("id", REQUIRED);
    if (id != null && !FORM_ID.matcher(id).matches()) {
      sink.add(FormDiagnostics.ID_MALFORMED, top.pointerOf("id"), id);
    }
    String version = top.text("version", REQUIRED);
    ProcedureCode procedure = top.read("procedure", REQUIRED, CommonReaders::procedureCode);
    LocalizedText title = top.localized("title", REQUIRED);
    Set<Language> languages = readLanguages(top);
    List<FormSubject> subjects = top.list("subjects", OPTIONAL, this::subject);
    List<CodeList> codeLists = readCodeLists(top);
    Set<String> listIds = new HashSet<>();
    codeLists.forEach(list -> listIds.add(list.id()));
    List<Section> sections = readSections(top);
    if (fieldCount == 0 && top.has("sections")) {
      sink.add(FormDiagnostics.NO_FIELDS, top.pointerOf("sections"));
    }
    if (fieldCount > FormLimits.MAX_FIELDS) {
      sink.add(
          FormDiagnostics.TOO_MANY_FIELDS,
          top.pointerOf("sections"),
          fieldCount,
          FormLimits.MAX_FIELDS);
    }
    checkCodeListReferences(sections, listIds);
    if (id == null || version == null || procedure == null || title == null) {
      return null;
    }
    return new FormModel(
        id,
        version,
        CanonicalJson.sha256(root),
        procedure,
        title,
        languages,
        subjects,
        codeLists,
        sections);
  }

  private Set<Language> readLanguages(JsonFields top) {
    Set<Language> languages = EnumSet.noneOf(Language.class);
    List<String> tags = top.textList("languages", REQUIRED);
    for (int i = 0; i < tags.size(); i++) {
      try {
        languages.add(Language.fromTag(tags.get(i)));
      } catch (IllegalArgumentException e) {
        sink.add(
            JsonDiagnostics.INVALID_VALUE,
            JsonPointers.index(top.pointerOf("languages"), i),
            tags.get(i),
            "vi, en");
      }
    }
    if (top.has("languages") && !languages.contains(Language.VI)) {
      sink.add(FormDiagnostics.LANGUAGES_WITHOUT_VI, top.pointerOf("languages"));
    }
    languages.add(Language.VI);
    return languages;
  }

  private @Nullable FormSubject subject(JsonNode node, String pointer, DiagnosticCollector s) {
    JsonFields f = JsonFields.of(node, pointer, s);
    if (f == null) {
      return null;
    }
    f.rejectUnknown(SUBJECT);
    SubjectRole role = f.enumValue("role", SubjectRole.class, REQUIRED);
    SubjectIdentification how = f.enumValue("identifiedBy", SubjectIdentification.class, REQUIRED);
    String field = f.text("field", OPTIONAL);
    if (role == null || how == null) {
      return null;
    }
    if ((how == SubjectIdentification.FIELD) != (field != null)) {
      s.add(
          FormDiagnostics.SUBJECT_FIELD_INVALID,
          f.pointerOf("field"),
          role,
          field == null ? "-" : field);
      return null;
    }
    return new FormSubject(role, how, field);
  }

  private List<CodeList> readCodeLists(JsonFields top) {
    Set<String> seen = new HashSet<>();
    return top.list(
        "codeLists",
        OPTIONAL,
        (node, pointer, s) -> {
          CodeList list = codeList(node, pointer);
          if (list != null && !seen.add(list.id())) {
            s.add(FormDiagnostics.DUPLICATE_CODE_LIST, pointer, list.id());
            return null;
          }
          return list;
        });
  }

  private @Nullable CodeList codeList(JsonNode node, String pointer) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    f.rejectUnknown(CODE_LIST);
    String id = f.text("id", REQUIRED);
    String version = f.text("version", REQUIRED);
    String source = f.text("source", OPTIONAL);
    UnknownCodeRule rule = f.enumValue("unknownCodes", UnknownCodeRule.class, OPTIONAL);
    String other = f.text("otherCode", OPTIONAL);
    List<Code> codes = f.list("codes", REQUIRED, this::code);
    if (id == null || version == null) {
      return null;
    }
    if (codes.isEmpty()) {
      sink.add(FormDiagnostics.CODE_LIST_EMPTY, f.pointerOf("codes"), id);
      return null;
    }
    if (codes.size() > FormLimits.MAX_CODES) {
      sink.add(FormDiagnostics.TOO_MANY_CODES, f.pointerOf("codes"), id, FormLimits.MAX_CODES);
      return null;
    }
    boolean ok = true;
    Set<String> seen = new HashSet<>();
    Map<Registry, Map<String, String>> translations = new EnumMap<>(Registry.class);
    for (int i = 0; i < codes.size(); i++) {
      Code code = codes.get(i);
      String at = JsonPointers.index(f.pointerOf("codes"), i);
      if (!seen.add(code.code())) {
        sink.add(FormDiagnostics.DUPLICATE_CODE, at, code.code(), id);
        ok = false;
      }
      for (var entry : code.registryCodes().entrySet()) {
        for (String theirs : entry.getValue()) {
          String previous =
              translations
                  .computeIfAbsent(entry.getKey(), r -> new HashMap<>())
                  .putIfAbsent(theirs, code.code());
          if (previous != null && !previous.equals(code.code())) {
            sink.add(FormDiagnostics.REGISTRY_CODE_AMBIGUOUS, at, theirs, entry.getKey(), id);
            ok = false;
          }
        }
      }
    }
    UnknownCodeRule effective = rule == null ? UnknownCodeRule.REJECT : rule;
    if (effective == UnknownCodeRule.MAP_TO_OTHER && (other == null || !seen.contains(other))) {
      sink.add(FormDiagnostics.OTHER_CODE_MISSING, f.pointerOf("otherCode"), id);
      ok = false;
    }
    if (other != null && effective != UnknownCodeRule.MAP_TO_OTHER) {
      sink.add(
          FormDiagnostics.OPTION_NOT_FOR_TYPE, f.pointerOf("otherCode"), "otherCode", effective);
      other = null;
    }
    return ok ? new CodeList(id, version, source, codes, effective, other) : null;
  }

  private @Nullable Code code(JsonNode node, String pointer, DiagnosticCollector s) {
    JsonFields f = JsonFields.of(node, pointer, s);
    if (f == null) {
      return null;
    }
    f.rejectUnknown(CODE);
    String code = f.text("code", REQUIRED);
    LocalizedText label = f.localized("label", REQUIRED);
    Map<Registry, List<String>> registryCodes = new EnumMap<>(Registry.class);
    JsonFields mapping = f.object("registryCodes", OPTIONAL);
    if (mapping != null) {
      for (Registry registry : Registry.values()) {
        List<String> theirs = mapping.textList(registry.name(), OPTIONAL);
        if (!theirs.isEmpty()) {
          registryCodes.put(registry, theirs);
        }
      }
      mapping.rejectUnknown(java.util.Arrays.stream(Registry.values()).map(Enum::name).toList());
    }
    if (code == null || label == null) {
      return null;
    }
    return new Code(code, label, registryCodes);
  }

  private List<Section> readSections(JsonFields top) {
    Set<String> ids = new HashSet<>();
    return top.list(
        "sections",
        REQUIRED,
        (node, pointer, s) -> {
          JsonFields f = JsonFields.of(node, pointer, s);
          if (f == null) {
            return null;
          }
          f.rejectUnknown(SECTION);
          String id = f.text("id", REQUIRED);
          LocalizedText title = f.localized("title", REQUIRED);
          Expression relevant = expression(f, "relevant");
          List<Field> fields = f.list("fields", REQUIRED, (n, p, c) -> field(n, p, null));
          if (id != null && !ids.add(id)) {
            s.add(FormDiagnostics.DUPLICATE_SECTION_ID, f.pointerOf("id"), id);
          }
          if (id == null || title == null) {
            return null;
          }
          return new Section(id, title, relevant, fields, pointer);
        });
  }

  private @Nullable Field field(JsonNode node, String pointer, @Nullable String groupId) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    fieldCount++;
    f.rejectUnknown(FIELD);
    String id = f.text("id", REQUIRED);
    FieldType type = f.enumValue("type", FieldType.class, REQUIRED);
    LocalizedText label = f.localized("label", REQUIRED);
    if (id != null) {
      if (!FIELD_ID.matcher(id).matches()) {
        sink.add(FormDiagnostics.FIELD_ID_MALFORMED, f.pointerOf("id"), id);
      } else if (RESERVED.contains(id)) {
        sink.add(FormDiagnostics.FIELD_ID_RESERVED, f.pointerOf("id"), id);
      } else if (!fieldIds.add(id)) {
        sink.add(FormDiagnostics.DUPLICATE_FIELD_ID, f.pointerOf("id"), id);
      }
    }
    Binding binding = f.read("binding", OPTIONAL, this::binding);
    Field.Builder b =
        Field.builder(
                id == null ? "?" : id,
                type == null ? FieldType.TEXT : type,
                label == null ? LocalizedText.of("?") : label,
                pointer)
            .groupId(groupId)
            .hint(f.localized("hint", OPTIONAL))
            .binding(binding)
            .relevant(expression(f, "relevant"))
            .required(expression(f, "required"))
            .requiredMessage(f.localized("requiredMessage", OPTIONAL))
            .readOnly(expression(f, "readOnly"))
            .constraints(f.list("constraints", OPTIONAL, this::constraint))
            .defaultValue(expression(f, "default"))
            .expectedLength(f.integer("expectedLength", OPTIONAL, 0, FormLimits.MAX_STRING_LENGTH));
    if (type != null) {
      options(f, type, b, groupId != null);
    }
    if (id == null || type == null || label == null) {
      return null;
    }
    return b.build();
  }

  /** Reads the options that depend on the type, and warns about the ones that do not fit. */
  private void options(JsonFields f, FieldType type, Field.Builder b, boolean inGroup) {
    Set<String> allowed = allowedOptions(type);
    for (String option : TYPED_OPTIONS) {
      if (f.has(option) && !allowed.contains(option)) {
        sink.add(FormDiagnostics.OPTION_NOT_FOR_TYPE, f.pointerOf(option), option, type);
      }
    }
    if (allowed.contains("calculate")) {
      b.calculate(expression(f, "calculate"));
    }
    if (allowed.contains("codeList")) {
      String list = f.text("codeList", OPTIONAL);
      b.codeList(list);
      if (list == null) {
        sink.add(FormDiagnostics.CODE_LIST_MISSING, f.pointer(), f.text("id", OPTIONAL));
      }
    }
    if (allowed.contains("minLength")) {
      Integer min = f.integer("minLength", OPTIONAL, 0, FormLimits.MAX_STRING_LENGTH);
      Integer max = f.integer("maxLength", OPTIONAL, 1, FormLimits.MAX_STRING_LENGTH);
      if (min != null && max != null && min > max) {
        sink.add(FormDiagnostics.RANGE_INVALID, f.pointerOf("minLength"), "minLength > maxLength");
      }
      b.minLength(min).maxLength(max);
    }
    if (allowed.contains("min")) {
      BigDecimal floor = BigDecimal.valueOf(Long.MIN_VALUE);
      BigDecimal min = f.decimal("min", OPTIONAL, floor);
      BigDecimal max = f.decimal("max", OPTIONAL, floor);
      if (min != null && max != null && min.compareTo(max) > 0) {
        sink.add(FormDiagnostics.RANGE_INVALID, f.pointerOf("min"), "min > max");
      }
      b.min(min).max(max);
    }
    if (allowed.contains("precision")) {
      b.datePrecision(f.enumValue("precision", DatePrecision.class, OPTIONAL));
    }
    if (allowed.contains("attachment")) {
      b.attachment(f.read("attachment", OPTIONAL, this::attachment));
    }
    if (type == FieldType.GROUP) {
      if (inGroup) {
        sink.add(FormDiagnostics.NESTED_GROUP, f.pointer(), f.text("id", OPTIONAL));
      }
      Integer minItems = f.integer("minItems", OPTIONAL, 0, FormLimits.MAX_GROUP_ITEMS);
      Integer maxItems = f.integer("maxItems", OPTIONAL, 1, FormLimits.MAX_GROUP_ITEMS);
      if (minItems != null && minItems > (maxItems == null ? Field.DEFAULT_MAX_ITEMS : maxItems)) {
        sink.add(FormDiagnostics.RANGE_INVALID, f.pointerOf("minItems"), "minItems > maxItems");
      }
      b.minItems(minItems).maxItems(maxItems);
      b.subject(f.enumValue("subject", SubjectRole.class, OPTIONAL));
      String id = f.text("id", OPTIONAL);
      String groupId = id == null ? "?" : id;
      List<Field> children =
          f.list("fields", REQUIRED, (node, pointer, s) -> field(node, pointer, groupId));
      if (children.isEmpty() && f.has("fields")) {
        sink.add(FormDiagnostics.GROUP_WITHOUT_FIELDS, f.pointerOf("fields"), id);
      }
      b.fields(children);
    }
  }

  private static Set<String> allowedOptions(FieldType type) {
    return switch (type) {
      case TEXT, LONG_TEXT, PERSONAL_ID, TAX_CODE, PHONE, EMAIL ->
          Set.of("minLength", "maxLength", "calculate");
      case NUMBER, MONEY -> Set.of("min", "max", "calculate");
      case DATE -> Set.of("precision", "calculate");
      case BOOLEAN -> Set.of("calculate");
      case SINGLE_CHOICE -> Set.of("codeList", "calculate");
      case MULTIPLE_CHOICE -> Set.of("codeList");
      case ADDRESS -> Set.of();
      case ATTACHMENT -> Set.of("attachment");
      case GROUP -> Set.of("fields", "minItems", "maxItems", "subject");
    };
  }

  private @Nullable Binding binding(JsonNode node, String pointer, DiagnosticCollector s) {
    JsonFields f = JsonFields.of(node, pointer, s);
    if (f == null) {
      return null;
    }
    f.rejectUnknown(BINDING);
    String element = f.text("element", REQUIRED);
    SubjectRole subject = f.enumValue("subject", SubjectRole.class, OPTIONAL);
    Boolean prefill = f.bool("prefill", OPTIONAL);
    LockMode lock = f.enumValue("lock", LockMode.class, OPTIONAL);
    if (element == null) {
      return null;
    }
    return new Binding(
        element, subject, prefill == null || prefill, lock == null ? LockMode.POLICY : lock);
  }

  private @Nullable Constraint constraint(JsonNode node, String pointer, DiagnosticCollector s) {
    JsonFields f = JsonFields.of(node, pointer, s);
    if (f == null) {
      return null;
    }
    f.rejectUnknown(CONSTRAINT);
    String expression = f.text("expression", REQUIRED);
    LocalizedText message = f.localized("message", REQUIRED);
    if (expression == null || message == null) {
      return null;
    }
    return new Constraint(new Expression(expression), message);
  }

  private @Nullable AttachmentRule attachment(
      JsonNode node, String pointer, DiagnosticCollector s) {
    JsonFields f = JsonFields.of(node, pointer, s);
    if (f == null) {
      return null;
    }
    f.rejectUnknown(ATTACHMENT);
    List<String> types = f.textList("mediaTypes", OPTIONAL);
    for (int i = 0; i < types.size(); i++) {
      if (!MEDIA_TYPE.matcher(types.get(i).toLowerCase(java.util.Locale.ROOT)).matches()) {
        s.add(
            FormDiagnostics.MEDIA_TYPE_MALFORMED,
            JsonPointers.index(f.pointerOf("mediaTypes"), i),
            types.get(i));
      }
    }
    BigDecimal maxBytes = f.decimal("maxBytes", OPTIONAL, BigDecimal.ONE);
    Integer maxFiles = f.integer("maxFiles", OPTIONAL, 1, 100);
    long bytes =
        maxBytes == null
            ? AttachmentRule.DEFAULT.maxBytes()
            : maxBytes.min(BigDecimal.valueOf(Long.MAX_VALUE)).longValue();
    return new AttachmentRule(
        f.has("mediaTypes") ? types : AttachmentRule.DEFAULT.mediaTypes(),
        bytes,
        maxFiles == null ? 1 : maxFiles);
  }

  /**
   * Reads an expression member, which may also be written {@code true} or {@code false} (and a
   * default, as a number).
   */
  private @Nullable Expression expression(JsonFields f, String name) {
    JsonNode node = f.read(name, OPTIONAL, (n, p, s) -> n);
    if (node == null) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue() ? Expression.TRUE : Expression.FALSE;
    }
    if (node.isNumber() && name.equals("default")) {
      // A number literal is a CEL literal as it stands: 1, 2.5.
      return new Expression(node.toString());
    }
    String text = f.text(name, OPTIONAL);
    return text == null ? null : new Expression(text);
  }

  private void checkCodeListReferences(List<Section> sections, Set<String> listIds) {
    for (Section section : sections) {
      for (Field field : section.fields()) {
        checkCodeList(field, listIds);
        field.fields().forEach(child -> checkCodeList(child, listIds));
      }
    }
  }

  private void checkCodeList(Field field, Set<String> listIds) {
    field
        .codeList()
        .filter(list -> !listIds.contains(list))
        .ifPresent(
            list ->
                sink.add(FormDiagnostics.CODE_LIST_UNKNOWN, field.pointer() + "/codeList", list));
  }
}
