package org.opendvc.rules.parameter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.law.LegalReference;

/**
 * One value of a dated parameter, in force from a date until the next value.
 *
 * @param from the first day it applies
 * @param value the value, or {@code null} when the parameter ends on {@code from}
 * @param legalReference the provision that sets it
 */
public record DatedValue(
    LocalDate from, @Nullable BigDecimal value, @Nullable LegalReference legalReference) {

  /** Checks the date is present. */
  public DatedValue {
    Objects.requireNonNull(from, "from");
  }
}
