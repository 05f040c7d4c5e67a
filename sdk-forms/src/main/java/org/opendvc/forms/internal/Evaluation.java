package org.opendvc.forms.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opendvc.forms.Field;
import org.opendvc.forms.validation.SubmissionDiagnostics;

/**
 * The outcome of running a form on some answers: the state of every field and item, the answers as
 * accepted (hidden values dropped, calculations recomputed), what could not be read, and the
 * expressions that failed.
 */
public final class Evaluation {
  private final List<FieldState> states;
  private final ObjectNode accepted;
  private final List<Problem> problems;
  private final List<Failure> failures;

  Evaluation(
      List<FieldState> states,
      ObjectNode accepted,
      List<Problem> problems,
      List<Failure> failures) {
    this.states = states;
    this.accepted = accepted;
    this.problems = problems;
    this.failures = failures;
  }

  /** Every field state (group items' fields after their group), in declaration order. */
  public List<FieldState> states() {
    return states;
  }

  /** The answers as accepted. The caller owns it. */
  public ObjectNode accepted() {
    return accepted;
  }

  /** What could not be read, in the order found. */
  public List<Problem> problems() {
    return problems;
  }

  /** The expressions that failed, in the order found. */
  public List<Failure> failures() {
    return failures;
  }

  /** The state at {@code path}, such as {@code children[0].fullName}. */
  public @Nullable FieldState state(String path) {
    for (FieldState state : states) {
      if (state.path().equals(path)) {
        return state;
      }
    }
    return null;
  }

  /** The states of shown fields that hold a value. */
  public List<FieldState> answered() {
    List<FieldState> answered = new ArrayList<>();
    for (FieldState state : states) {
      if (state.isShown() && state.value() != null) {
        answered.add(state);
      }
    }
    return answered;
  }

  /**
   * A value that could not be read.
   *
   * @param path where
   * @param pointer its JSON Pointer
   * @param field the field, or {@code null} when the form has none there
   * @param kind what is wrong
   * @param args the arguments after the field's label
   */
  public record Problem(
      String path,
      String pointer,
      @Nullable Field field,
      SubmissionDiagnostics kind,
      Object[] args) {}

  /**
   * An expression that failed.
   *
   * @param path the value (or section) it was evaluated for
   * @param pointer its JSON Pointer in the submission
   * @param field the field, or {@code null} for a section
   * @param property which expression
   * @param reason why, without any value
   */
  public record Failure(
      String path,
      String pointer,
      @Nullable Field field,
      ExpressionProperty property,
      String reason) {}
}
