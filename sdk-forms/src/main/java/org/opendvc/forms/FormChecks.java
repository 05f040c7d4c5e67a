package org.opendvc.forms;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.Language;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.dictionary.DataDictionary;
import org.opendvc.core.dictionary.DataElement;
import org.opendvc.core.dictionary.SubjectKind;
import org.opendvc.core.dictionary.ValueType;
import org.opendvc.core.internal.text.VietnameseText;
import org.opendvc.forms.internal.Messages;

/**
 * Checks what a definition means against the data dictionary: bindings, subjects, translations, and
 * the once-only principle (Decree 45/2020/NĐ-CP: do not ask people again for data the state already
 * holds).
 */
final class FormChecks {
  /** The element that identifies a person to registries. */
  static final String PERSON_ID = "person.personalIdNumber";

  /** The elements that identify an enterprise to registries. */
  static final Set<String> ENTERPRISE_IDS = Set.of("enterprise.code", "enterprise.taxCode");

  private final DataDictionary dictionary;
  private final Map<Set<String>, DataElement> byLabelWords;
  private final DiagnosticCollector sink;

  private FormChecks(
      DataDictionary dictionary,
      Map<Set<String>, DataElement> byLabelWords,
      DiagnosticCollector sink) {
    this.dictionary = dictionary;
    this.byLabelWords = byLabelWords;
    this.sink = sink;
  }

  static void check(
      FormModel form,
      DataDictionary dictionary,
      Map<Set<String>, DataElement> byLabelWords,
      DiagnosticCollector sink) {
    new FormChecks(dictionary, byLabelWords, sink).run(form);
  }

  /**
   * The registry-held elements of {@code dictionary} by the words of their Vietnamese label (the
   * first by id when two share them), for the once-only lint of unbound fields. Built once per
   * loader.
   */
  static Map<Set<String>, DataElement> labelIndex(DataDictionary dictionary) {
    Map<Set<String>, DataElement> index = new HashMap<>();
    for (DataElement element : dictionary.elements()) {
      if (!element.isHeldByRegistry()) {
        continue;
      }
      Set<String> words = words(element.label().vi());
      if (!words.isEmpty()) {
        index.merge(words, element, (a, b) -> a.id().compareTo(b.id()) <= 0 ? a : b);
      }
    }
    return Map.copyOf(index);
  }

  /** Whether {@code element} identifies a subject in {@code role} to registries. */
  static boolean identifies(String element, SubjectRole role) {
    return role == SubjectRole.REPRESENTED_ENTERPRISE
        ? ENTERPRISE_IDS.contains(element)
        : element.equals(PERSON_ID);
  }

  private void run(FormModel form) {
    Map<SubjectRole, FormSubject> subjects = checkSubjects(form);
    Map<String, Field> byId = new HashMap<>();
    List<Field> all = new ArrayList<>();
    Map<String, Field> groups = new HashMap<>();
    for (Section section : form.sections()) {
      for (Field field : section.fields()) {
        byId.put(field.id(), field);
        all.add(field);
        for (Field child : field.fields()) {
          byId.put(child.id(), child);
          all.add(child);
          groups.put(child.id(), field);
        }
      }
    }
    checkSubjectFields(form, subjects, byId, groups);
    Map<String, Field> bindings = new HashMap<>();
    for (Field field : all) {
      Field group = groups.get(field.id());
      SubjectRole role = effectiveRole(field, group);
      field.binding().ifPresent(binding -> checkBinding(field, binding, role, subjects, bindings));
      checkOnceOnly(field, role, subjects);
      checkBehaviour(field);
    }
    if (form.languages().contains(Language.EN)) {
      checkTranslations(form);
    }
  }

  private Map<SubjectRole, FormSubject> checkSubjects(FormModel form) {
    Map<SubjectRole, FormSubject> subjects = new HashMap<>();
    for (int i = 0; i < form.subjects().size(); i++) {
      FormSubject subject = form.subjects().get(i);
      if (subjects.putIfAbsent(subject.role(), subject) != null) {
        sink.add(FormDiagnostics.DUPLICATE_SUBJECT, "/subjects/" + i, subject.role());
      }
    }
    return subjects;
  }

  private void checkSubjectFields(
      FormModel form,
      Map<SubjectRole, FormSubject> subjects,
      Map<String, Field> byId,
      Map<String, Field> groups) {
    for (int i = 0; i < form.subjects().size(); i++) {
      FormSubject subject = form.subjects().get(i);
      if (subject.field() == null) {
        continue;
      }
      Field field = byId.get(subject.field());
      boolean ok =
          field != null
              && field
                  .binding()
                  .filter(b -> identifies(b.element(), subject.role()))
                  .filter(b -> effectiveRole(field, groups.get(field.id())) == subject.role())
                  .isPresent();
      if (!ok) {
        sink.add(
            FormDiagnostics.SUBJECT_FIELD_INVALID,
            "/subjects/" + i + "/field",
            subject.role(),
            subject.field());
      }
    }
  }

  /** The role a field's value is about: its binding's, or its group's for a group's field. */
  static @Nullable SubjectRole effectiveRole(Field field, @Nullable Field group) {
    SubjectRole own = field.binding().map(Binding::subject).orElse(null);
    if (own != null) {
      return own;
    }
    return group == null ? null : group.subject().orElse(null);
  }

  private void checkBinding(
      Field field,
      Binding binding,
      @Nullable SubjectRole role,
      Map<SubjectRole, FormSubject> subjects,
      Map<String, Field> seen) {
    String at = field.pointer() + "/binding";
    Optional<DataElement> found = dictionary.element(binding.element());
    if (found.isEmpty()) {
      sink.add(FormDiagnostics.BINDING_UNKNOWN_ELEMENT, at + "/element", binding.element());
      return;
    }
    DataElement element = found.get();
    if (!fits(field.type(), element.type())) {
      sink.add(
          FormDiagnostics.BINDING_TYPE_MISMATCH,
          at + "/element",
          field.type(),
          element.id(),
          element.type());
    }
    if (role == null) {
      sink.add(FormDiagnostics.BINDING_SUBJECT_MISSING, at, element.id());
      return;
    }
    if (!subjects.containsKey(role)) {
      sink.add(FormDiagnostics.SUBJECT_NOT_DECLARED, at + "/subject", role);
    }
    if (!describes(element.subject(), role)) {
      sink.add(
          FormDiagnostics.BINDING_SUBJECT_MISMATCH,
          at + "/subject",
          element.id(),
          element.subject(),
          role);
    }
    String key = element.id() + "@" + role + "@" + field.groupId().orElse("");
    Field other = seen.putIfAbsent(key, field);
    if (other != null) {
      sink.add(
          FormDiagnostics.DUPLICATE_BINDING, at, other.path(), field.path(), element.id(), role);
    }
    if (binding.prefill() && !element.isHeldByRegistry()) {
      sink.add(FormDiagnostics.BINDING_NO_REGISTRY, at + "/element", element.id());
    }
  }

  /** Whether a field of {@code type} can hold a value of an element of {@code value}. */
  static boolean fits(FieldType type, ValueType value) {
    return switch (type) {
      case TEXT ->
          EnumSet.of(
                  ValueType.TEXT,
                  ValueType.LEGACY_ID,
                  ValueType.ENTERPRISE_CODE,
                  ValueType.TAX_CODE,
                  ValueType.PERSONAL_ID,
                  ValueType.PHONE,
                  ValueType.EMAIL)
              .contains(value);
      case LONG_TEXT -> value == ValueType.TEXT;
      case NUMBER ->
          EnumSet.of(ValueType.INTEGER, ValueType.DECIMAL, ValueType.MONEY).contains(value);
      case MONEY -> value == ValueType.MONEY || value == ValueType.INTEGER;
      case DATE -> value == ValueType.DATE;
      case BOOLEAN -> value == ValueType.BOOLEAN;
      case SINGLE_CHOICE, MULTIPLE_CHOICE -> value == ValueType.CODE;
      case PERSONAL_ID -> value == ValueType.PERSONAL_ID;
      case TAX_CODE ->
          EnumSet.of(ValueType.TAX_CODE, ValueType.ENTERPRISE_CODE, ValueType.PERSONAL_ID)
              .contains(value);
      case PHONE -> value == ValueType.PHONE;
      case EMAIL -> value == ValueType.EMAIL;
      case ADDRESS -> value == ValueType.ADDRESS;
      case ATTACHMENT, GROUP -> false;
    };
  }

  private static boolean describes(SubjectKind kind, SubjectRole role) {
    return switch (kind) {
      case ENTERPRISE -> role == SubjectRole.REPRESENTED_ENTERPRISE;
      case PERSON -> role != SubjectRole.REPRESENTED_ENTERPRISE;
      case PROPERTY -> true;
    };
  }

  /**
   * Warns when a field makes people type what a registry holds: a bound field with prefill off, or
   * an unbound field whose label names an element a registry holds. Fields that identify their
   * subject, and subjects no registry knows yet (a newborn child), are exempt.
   */
  private void checkOnceOnly(
      Field field, @Nullable SubjectRole role, Map<SubjectRole, FormSubject> subjects) {
    if (field.isCalculated() || field.isGroup() || field.type() == FieldType.ATTACHMENT) {
      return;
    }
    FormSubject subject = role == null ? null : subjects.get(role);
    if (subject != null && subject.identifiedBy() == SubjectIdentification.NONE) {
      return;
    }
    Optional<Binding> binding = field.binding();
    if (binding.isPresent()) {
      Binding b = binding.get();
      if (b.prefill()
          || (role != null
              && identifies(b.element(), role)
              && subject != null
              && field.id().equals(subject.field()))) {
        return;
      }
      dictionary
          .element(b.element())
          .filter(DataElement::isHeldByRegistry)
          .ifPresent(
              element ->
                  sink.add(
                      Messages.at(
                          FormDiagnostics.ONCE_ONLY_TYPED_REGISTRY_DATA,
                          field.pointer() + "/binding/prefill",
                          lang ->
                              new Object[] {
                                field.path(),
                                element.label().get(lang),
                                element.heldBy().get(0).registry().displayName().get(lang)
                              })));
      return;
    }
    DataElement match = elementNamed(field.label());
    if (match != null) {
      sink.add(
          Messages.at(
              FormDiagnostics.ONCE_ONLY_UNBOUND_REGISTRY_DATA,
              field.pointer(),
              lang ->
                  new Object[] {
                    field.path(),
                    match.label().get(lang),
                    match.heldBy().get(0).registry().displayName().get(lang),
                    match.id()
                  }));
    }
  }

  /** The registry-held element whose Vietnamese label has the same words as {@code label}. */
  private @Nullable DataElement elementNamed(LocalizedText label) {
    return byLabelWords.get(words(label.vi()));
  }

  private static Set<String> words(String text) {
    return new HashSet<>(java.util.Arrays.asList(VietnameseText.tokens(text)));
  }

  private void checkBehaviour(Field field) {
    if (field.isCalculated() && field.defaultValue().isPresent()) {
      sink.add(FormDiagnostics.CALCULATE_AND_DEFAULT, field.pointer() + "/default", field.path());
    }
    boolean fillable =
        field.isCalculated()
            || field.defaultValue().isPresent()
            || field.binding().map(Binding::prefill).orElse(false);
    if (!field.readOnly().isFalse() && !fillable) {
      sink.add(
          FormDiagnostics.READ_ONLY_WITHOUT_VALUE, field.pointer() + "/readOnly", field.path());
    }
  }

  private void checkTranslations(FormModel form) {
    english(form.title(), "/title");
    for (int c = 0; c < form.codeLists().size(); c++) {
      CodeList list = form.codeLists().get(c);
      for (int i = 0; i < list.codes().size(); i++) {
        english(list.codes().get(i).label(), "/codeLists/" + c + "/codes/" + i + "/label");
      }
    }
    for (Section section : form.sections()) {
      english(section.title(), section.pointer() + "/title");
      for (Field field : section.fields()) {
        fieldTexts(field);
        field.fields().forEach(this::fieldTexts);
      }
    }
  }

  private void fieldTexts(Field field) {
    english(field.label(), field.pointer() + "/label");
    field.hint().ifPresent(h -> english(h, field.pointer() + "/hint"));
    field.requiredMessage().ifPresent(m -> english(m, field.pointer() + "/requiredMessage"));
    for (int i = 0; i < field.constraints().size(); i++) {
      english(
          field.constraints().get(i).message(), field.pointer() + "/constraints/" + i + "/message");
    }
  }

  private void english(LocalizedText text, String pointer) {
    if (!text.hasEnglish()) {
      sink.add(FormDiagnostics.TRANSLATION_MISSING, pointer);
    }
  }
}
