package org.opendvc.forms.internal;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelUnknownSet;
import dev.cel.runtime.CelVariableResolver;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An expression compiled and type-checked once, when its form loaded, with the fields it reads.
 * Immutable and thread-safe: the CEL program keeps no state between evaluations.
 */
public final class CompiledExpression {
  private final String source;
  private final ExpressionProperty property;
  private final CelRuntime.@Nullable Program program;
  private final @Nullable Boolean constant;
  private final Set<String> references;
  private final boolean readsToday;

  CompiledExpression(
      String source,
      ExpressionProperty property,
      CelRuntime.Program program,
      Set<String> references,
      boolean readsToday) {
    this.source = source;
    this.property = property;
    this.program = program;
    this.constant = null;
    this.references = Set.copyOf(references);
    this.readsToday = readsToday;
  }

  private CompiledExpression(String source, ExpressionProperty property, boolean constant) {
    this.source = source;
    this.property = property;
    this.program = null;
    this.constant = constant;
    this.references = Set.of();
    this.readsToday = false;
  }

  /** The literal {@code true} or {@code false}, evaluated without CEL. */
  static CompiledExpression constant(ExpressionProperty property, boolean value) {
    return new CompiledExpression(Boolean.toString(value), property, value);
  }

  /** The text, as written. */
  public String source() {
    return source;
  }

  /** The property it gives. */
  public ExpressionProperty property() {
    return property;
  }

  /** The ids of the fields it reads (in its scope: the form, or a group item and the form). */
  public Set<String> references() {
    return references;
  }

  /** Whether it reads {@code today}. */
  public boolean readsToday() {
    return readsToday;
  }

  /** Whether the result cannot depend on answers or on the date. */
  public boolean isConstant() {
    return constant != null || (references.isEmpty() && !readsToday);
  }

  /** Evaluates against the variables {@code resolver} finds. Never throws for bad data. */
  public Outcome evaluate(CelVariableResolver resolver) {
    if (constant != null) {
      return constant ? Outcome.TRUE : Outcome.FALSE;
    }
    try {
      Object result = java.util.Objects.requireNonNull(program).eval(resolver);
      if (result instanceof CelUnknownSet) {
        return Outcome.UNDECIDED;
      }
      return Outcome.of(result);
    } catch (CelEvaluationException e) {
      return Outcome.failed(describe(e));
    } catch (RuntimeException | StackOverflowError e) {
      // CEL should not throw anything else; a definition must never take the server down.
      return Outcome.failed(e.getClass().getSimpleName());
    }
  }

  /**
   * Says what went wrong without CEL's own message, which may quote a value (such as the text that
   * {@code int()} could not read): only our limits' messages are passed through.
   */
  private static String describe(CelEvaluationException e) {
    String message = String.valueOf(e.getMessage());
    int marker = message.indexOf(FormFunctions.LIMIT_MARKER);
    if (marker >= 0) {
      return message.substring(marker + FormFunctions.LIMIT_MARKER.length()).strip();
    }
    return switch (e.getErrorCode()) {
      case ITERATION_BUDGET_EXCEEDED ->
          "more than " + org.opendvc.forms.FormLimits.MAX_ITERATIONS + " iterations";
      case DIVIDE_BY_ZERO -> "division by zero";
      case NUMERIC_OVERFLOW -> "numeric overflow";
      case INDEX_OUT_OF_BOUNDS -> "index out of bounds";
      case ATTRIBUTE_NOT_FOUND -> "a value or key is missing";
      case BAD_FORMAT, INVALID_ARGUMENT -> "invalid argument";
      default -> "evaluation error (" + e.getErrorCode() + ")";
    };
  }

  @Override
  public String toString() {
    return property.member() + ": " + source;
  }
}
