package org.opendvc.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.opendvc.core.Language;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.forms.internal.CompiledForm;
import org.opendvc.forms.internal.Internals;

/**
 * A loaded e-form definition (tờ khai điện tử): sections of fields bound to the data dictionary,
 * with every expression compiled and type-checked.
 *
 * <p>A definition is identified by its id and version, and by the SHA-256 of its content ({@link
 * #contentHash()}), so a submission can say exactly which definition it was made on. Get one from
 * {@link FormLoader}. Immutable and thread-safe: load it once, share it.
 */
public final class FormDefinition {
  static {
    Internals.registerCompiledFormAccess(form -> form.compiled);
  }

  private final String id;
  private final String version;
  private final String contentHash;
  private final ProcedureCode procedure;
  private final LocalizedText title;
  private final Set<Language> languages;
  private final List<FormSubject> subjects;
  private final Map<String, CodeList> codeLists;
  private final List<Section> sections;
  private final Map<String, Field> byPath;
  private final List<Field> topLevel;
  private final CompiledForm compiled;

  FormDefinition(FormModel model, CompiledForm compiled) {
    this.id = model.id();
    this.version = model.version();
    this.contentHash = model.contentHash();
    this.procedure = model.procedure();
    this.title = model.title();
    this.languages = Set.copyOf(model.languages());
    this.subjects = List.copyOf(model.subjects());
    Map<String, CodeList> lists = new LinkedHashMap<>();
    model.codeLists().forEach(list -> lists.put(list.id(), list));
    this.codeLists = java.util.Collections.unmodifiableMap(lists);
    this.sections = List.copyOf(model.sections());
    Map<String, Field> index = new LinkedHashMap<>();
    List<Field> top = new ArrayList<>();
    for (Section section : sections) {
      for (Field field : section.fields()) {
        top.add(field);
        index.put(field.path(), field);
        for (Field child : field.fields()) {
          index.put(child.path(), child);
        }
      }
    }
    this.byPath = java.util.Collections.unmodifiableMap(index);
    this.topLevel = List.copyOf(top);
    this.compiled = Objects.requireNonNull(compiled, "compiled");
  }

  /** The id, such as {@code tk-dang-ky-khai-sinh}. */
  public String id() {
    return id;
  }

  /** The version, such as {@code 2025.1}. */
  public String version() {
    return version;
  }

  /**
   * The SHA-256 of the definition's content, written {@code sha256:} and 64 hex digits. Computed
   * over the JSON with members sorted, so formatting does not change it and any edit does.
   */
  public String contentHash() {
    return contentHash;
  }

  /** The procedure the form serves, such as {@code 1.001193}. */
  public ProcedureCode procedure() {
    return procedure;
  }

  /** The title. */
  public LocalizedText title() {
    return title;
  }

  /** The languages the form is written in: Vietnamese always, English when declared. */
  public Set<Language> languages() {
    return languages;
  }

  /** The subjects the form is about and how each is identified. */
  public List<FormSubject> subjects() {
    return subjects;
  }

  /** How the subject in {@code role} is identified, if the form is about it. */
  public Optional<FormSubject> subject(SubjectRole role) {
    return subjects.stream().filter(s -> s.role() == role).findFirst();
  }

  /** The code lists, by id, in the order they are declared. */
  public Map<String, CodeList> codeLists() {
    return codeLists;
  }

  /** The code list with {@code id}. */
  public Optional<CodeList> codeList(String listId) {
    return Optional.ofNullable(codeLists.get(listId));
  }

  /** The sections, in order. */
  public List<Section> sections() {
    return sections;
  }

  /** The fields outside repeating groups (groups themselves included), in order. */
  public List<Field> fields() {
    return topLevel;
  }

  /** Every field, groups followed by their own fields, in order. */
  public List<Field> allFields() {
    return List.copyOf(byPath.values());
  }

  /** The field at {@code path}: an id, or {@code group.id} inside a repeating group. */
  public Optional<Field> field(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  /** The section holding the top-level field {@code fieldId}. */
  public Optional<Section> sectionOf(String fieldId) {
    for (Section section : sections) {
      for (Field field : section.fields()) {
        if (field.id().equals(fieldId)) {
          return Optional.of(section);
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "FormDefinition[" + id + "@" + version + ", " + byPath.size() + " fields]";
  }
}
