package org.opendvc.forms.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.opendvc.core.data.Subject;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.dictionary.Registry;

/**
 * What is known when prefill is planned: the subjects and their identifiers (the applicant from the
 * login, others the caller knows), the answers given so far, and the registries that can be asked.
 * Immutable; {@code toString()} masks identifiers and never shows answers.
 */
public final class PrefillRequest {
  private final List<Subject> subjects;
  private final ObjectNode answers;
  private final Set<Registry> registries;

  private PrefillRequest(Builder b) {
    this.subjects = List.copyOf(b.subjects);
    this.answers = b.answers.deepCopy();
    this.registries = Set.copyOf(b.registries);
  }

  /** A request with nothing known yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** A request for the applicant known by {@code personalIdNumber}, asking every registry. */
  public static PrefillRequest forApplicant(String personalIdNumber) {
    return builder().subject(Subject.applicant(personalIdNumber)).build();
  }

  /** The subjects known, with their identifiers. */
  public List<Subject> subjects() {
    return subjects;
  }

  /** The subject in {@code role} at {@code index}, if known. */
  public Optional<Subject> subject(SubjectRole role, int index) {
    return subjects.stream().filter(s -> s.role() == role && s.index() == index).findFirst();
  }

  /** The answers given so far. The caller gets a copy. */
  public ObjectNode answers() {
    return answers.deepCopy();
  }

  ObjectNode answersView() {
    return answers;
  }

  /** The registries that can be asked. */
  public Set<Registry> registries() {
    return registries;
  }

  @Override
  public String toString() {
    return "PrefillRequest[subjects="
        + subjects
        + ", answers="
        + answers.size()
        + " ***, registries="
        + registries
        + "]";
  }

  /** Builds a request. Not thread-safe. */
  public static final class Builder {
    private final List<Subject> subjects = new ArrayList<>();
    private ObjectNode answers = JsonNodeFactory.instance.objectNode();
    private Set<Registry> registries = EnumSet.allOf(Registry.class);

    private Builder() {}

    /** Adds a known subject; a later subject in the same role and index replaces an earlier one. */
    public Builder subject(Subject subject) {
      Objects.requireNonNull(subject, "subject");
      subjects.removeIf(s -> s.role() == subject.role() && s.index() == subject.index());
      subjects.add(subject);
      return this;
    }

    /** The answers given so far, shaped like a submission's data. Copied. */
    public Builder answers(JsonNode value) {
      Objects.requireNonNull(value, "answers");
      if (!value.isObject()) {
        throw new IllegalArgumentException("answers must be a JSON object");
      }
      this.answers = (ObjectNode) value.deepCopy();
      return this;
    }

    /** The registries that can be asked, such as {@code lookup.registries()}; default all. */
    public Builder registries(Set<Registry> value) {
      this.registries = EnumSet.noneOf(Registry.class);
      this.registries.addAll(Objects.requireNonNull(value, "registries"));
      return this;
    }

    /** The request. */
    public PrefillRequest build() {
      return new PrefillRequest(this);
    }
  }
}
