package org.opendvc.core.registry;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.dictionary.AssuranceLevel;

/**
 * A value a registry holds for a data element, with what is known of where it came from.
 *
 * @param element the data element, such as {@code person.dateOfBirth}
 * @param value the value; {@code toString()} does not show it
 * @param assurance how far the registry vouches for it
 * @param sourceUpdatedAt when the registry last changed it, if it says
 */
public record HeldValue(
    String element, DataValue value, AssuranceLevel assurance, @Nullable Instant sourceUpdatedAt) {

  /** Checks the parts are present. */
  public HeldValue {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(assurance, "assurance");
  }
}
