package org.opendvc.forms.internal;

import org.jspecify.annotations.Nullable;

/**
 * What evaluating an expression gave: a value, "undecided" (it reads a value nobody gave), or a
 * failure (it exceeded a bound, divided by zero...). Immutable.
 */
public final class Outcome {
  /** The expression read an unknown value. */
  public static final Outcome UNDECIDED = new Outcome(null, null);

  static final Outcome TRUE = new Outcome(Boolean.TRUE, null);
  static final Outcome FALSE = new Outcome(Boolean.FALSE, null);

  private final @Nullable Object value;
  private final @Nullable String failure;

  private Outcome(@Nullable Object value, @Nullable String failure) {
    this.value = value;
    this.failure = failure;
  }

  static Outcome of(Object value) {
    if (value instanceof Boolean b) {
      return b ? TRUE : FALSE;
    }
    return new Outcome(value, null);
  }

  static Outcome failed(String why) {
    return new Outcome(null, why);
  }

  /** The value; {@code null} when undecided or failed. */
  public @Nullable Object value() {
    return value;
  }

  /** Why evaluation failed; {@code null} when it did not. */
  public @Nullable String failure() {
    return failure;
  }

  /** Whether evaluation failed. */
  public boolean isFailure() {
    return failure != null;
  }

  /** Whether the expression read an unknown value. */
  public boolean isUndecided() {
    return value == null && failure == null;
  }

  /** Whether the value is {@code true}. */
  public boolean isTrue() {
    return Boolean.TRUE.equals(value);
  }

  /** Whether the value is {@code false}. */
  public boolean isFalse() {
    return Boolean.FALSE.equals(value);
  }
}
