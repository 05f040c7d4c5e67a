package org.opendvc.core.procedure;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;

/**
 * A state agency (cơ quan) named in a procedure.
 *
 * @param code the agency's code ({@code MADONVI}), such as {@code 000.00.00.H56}, or {@code null}
 * @param name the agency's name
 */
public record Agency(@Nullable String code, LocalizedText name) {

  /** Checks the name is present. */
  public Agency {
    Objects.requireNonNull(name, "name");
  }
}
