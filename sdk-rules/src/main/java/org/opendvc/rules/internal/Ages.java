package org.opendvc.rules.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/** Date arithmetic the rules share. */
public final class Ages {
  private Ages() {}

  /**
   * Full years of age on {@code on} ("đủ ... tuổi"): the birthday must have come. Someone born on
   * 29 February turns a year older on 1 March in common years, as {@link Period} counts.
   */
  public static int fullYears(LocalDate birth, LocalDate on) {
    return on.isBefore(birth) ? -1 : Period.between(birth, on).getYears();
  }

  /** Days from {@code event} to {@code on}; the day of the event is day 0. */
  public static long daysSince(LocalDate event, LocalDate on) {
    return ChronoUnit.DAYS.between(event, on);
  }

  /** The day a person born on {@code birth} turns {@code years}. */
  public static LocalDate birthday(LocalDate birth, int years) {
    return birth.plusYears(years);
  }
}
