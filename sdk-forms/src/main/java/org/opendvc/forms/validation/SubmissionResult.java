package org.opendvc.forms.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of validating a submission: every problem found, keyed by field path, and the
 * submission as accepted. Immutable; {@code toString()} shows counts only.
 */
public final class SubmissionResult {
  private final List<FieldError> problems;
  private final ObjectNode data;
  private final List<BoundValue> boundValues;
  private final List<AnswerProvenance> provenance;
  private final List<CorrectionRequest> corrections;
  private final List<FieldStatus> fields;

  SubmissionResult(
      List<FieldError> problems,
      ObjectNode data,
      List<BoundValue> boundValues,
      List<AnswerProvenance> provenance,
      List<CorrectionRequest> corrections,
      List<FieldStatus> fields) {
    this.problems = List.copyOf(problems);
    this.data = Objects.requireNonNull(data, "data");
    this.boundValues = List.copyOf(boundValues);
    this.provenance = List.copyOf(provenance);
    this.corrections = List.copyOf(corrections);
    this.fields = List.copyOf(fields);
  }

  /** Whether there is no error: the submission can be accepted. */
  public boolean isAccepted() {
    return problems.stream().noneMatch(FieldError::isError);
  }

  /** Every problem, errors and warnings, in the order of the form's fields. */
  public List<FieldError> problems() {
    return problems;
  }

  /** The errors only. */
  public List<FieldError> errors() {
    return problems.stream().filter(FieldError::isError).toList();
  }

  /** The problems at {@code path}. */
  public List<FieldError> problemsAt(String path) {
    return problems.stream().filter(p -> p.path().equals(path)).toList();
  }

  /**
   * The answers as accepted: values of hidden fields dropped, calculated fields recomputed, text
   * trimmed and normalised, unknown codes mapped where the code list says so. The caller gets a
   * copy.
   */
  public ObjectNode data() {
    return data.deepCopy();
  }

  /** The accepted values bound to data elements, with their subjects. */
  public List<BoundValue> boundValues() {
    return boundValues;
  }

  /** Where prefilled answers came from and whether the person changed them. */
  public List<AnswerProvenance> provenance() {
    return provenance;
  }

  /** The person's flags that registry values are wrong, recorded whatever the outcome. */
  public List<CorrectionRequest> corrections() {
    return corrections;
  }

  /** Whether each field (each item's field in groups) was shown, required and read-only. */
  public List<FieldStatus> fields() {
    return fields;
  }

  /** The status of the value at {@code path}, if the form has it. */
  public Optional<FieldStatus> status(String path) {
    return fields.stream().filter(f -> f.path().equals(path)).findFirst();
  }

  @Override
  public String toString() {
    return "SubmissionResult[accepted="
        + isAccepted()
        + ", "
        + errors().size()
        + " errors, "
        + (problems.size() - errors().size())
        + " other problems, "
        + boundValues.size()
        + " bound values, "
        + corrections.size()
        + " corrections]";
  }
}
