package org.opendvc.core.procedure;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;

/**
 * The time the law allows to settle a dossier (thời hạn giải quyết).
 *
 * <p>A value of zero working days means the dossier is settled within the working day it is
 * received, as for birth registration at commune level.
 *
 * @param value the amount of time, not negative
 * @param unit its unit
 * @param note the published explanation, such as the conditions under which it applies
 */
public record ProcessingTime(
    BigDecimal value, ProcessingTimeUnit unit, @Nullable LocalizedText note) {

  /**
   * Creates a processing time.
   *
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public ProcessingTime {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    if (value.signum() < 0) {
      throw new IllegalArgumentException("A processing time cannot be negative");
    }
  }

  /** A whole number of {@code unit}s, without a note. */
  public static ProcessingTime of(long value, ProcessingTimeUnit unit) {
    return new ProcessingTime(BigDecimal.valueOf(value), unit, null);
  }
}
