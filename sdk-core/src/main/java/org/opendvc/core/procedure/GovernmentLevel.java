package org.opendvc.core.procedure;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The level of government that carries out a procedure (cấp thực hiện).
 *
 * <p>From 1 July 2025 local government has two levels, province and commune; the district level is
 * kept only so that data from before that date can still be read (Decision 19/2025/QĐ-TTg lists
 * units without districts from that day).
 */
public enum GovernmentLevel {
  /** A ministry or ministry-level agency (cấp bộ). */
  MINISTRY(null),
  /** A province or centrally-run city (cấp tỉnh). */
  PROVINCE(null),
  /** A district (cấp huyện), abolished on 1 July 2025. */
  DISTRICT(LocalDate.of(2025, 7, 1)),
  /** A commune, ward or special zone (cấp xã). */
  COMMUNE(null);

  private final @Nullable LocalDate abolishedOn;

  GovernmentLevel(@Nullable LocalDate abolishedOn) {
    this.abolishedOn = abolishedOn;
  }

  /** The first day on which the level no longer exists, if it was abolished. */
  public Optional<LocalDate> abolishedOn() {
    return Optional.ofNullable(abolishedOn);
  }

  /** Whether the level exists on {@code date}. */
  public boolean existsOn(LocalDate date) {
    return abolishedOn == null || date.isBefore(abolishedOn);
  }
}
