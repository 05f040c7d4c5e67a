package org.opendvc.forms;

import java.util.Objects;
import org.opendvc.core.LocalizedText;

/**
 * A rule an answer must satisfy, with the message shown when it does not. A constraint is checked
 * only when the field is shown and answered: whether an answer is needed at all is the business of
 * {@code required}.
 *
 * @param expression a boolean expression; the field's own value is its id
 * @param message what to tell the person, in Vietnamese and English; it must not repeat the value
 */
public record Constraint(Expression expression, LocalizedText message) {
  /** Checks the parts are present. */
  public Constraint {
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(message, "message");
  }
}
