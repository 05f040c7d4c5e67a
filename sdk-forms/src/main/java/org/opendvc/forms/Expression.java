package org.opendvc.forms;

import java.util.Objects;

/**
 * The text of an expression in the Common Expression Language (CEL), as written in a form
 * definition, such as {@code ageAt(brideDateOfBirth, today) >= 18}. Loading a form compiles and
 * type-checks every expression; see {@code docs/forms.md} for the variables and functions.
 *
 * @param source the expression
 */
public record Expression(String source) {
  /** The expression that is always true. */
  public static final Expression TRUE = new Expression("true");

  /** The expression that is always false. */
  public static final Expression FALSE = new Expression("false");

  /** Checks the text is present. */
  public Expression {
    Objects.requireNonNull(source, "source");
  }

  /** Whether this is the literal {@code true}. */
  public boolean isTrue() {
    return source.strip().equals("true");
  }

  /** Whether this is the literal {@code false}. */
  public boolean isFalse() {
    return source.strip().equals("false");
  }

  @Override
  public String toString() {
    return source;
  }
}
