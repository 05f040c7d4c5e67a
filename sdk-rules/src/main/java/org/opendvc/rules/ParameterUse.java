package org.opendvc.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.law.LegalReference;

/**
 * A dated parameter as it was used in a finding: its id, the value in force on the decision date,
 * the day that value took effect, and the law that set it.
 *
 * @param id the parameter id, such as {@code marriage.minimumAge.female}
 * @param value the value used
 * @param effectiveFrom the day the value took effect
 * @param legalReference the provision that sets it, when known
 */
public record ParameterUse(
    String id, BigDecimal value, LocalDate effectiveFrom, @Nullable LegalReference legalReference) {

  /** Checks the parts. */
  public ParameterUse {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
  }
}
