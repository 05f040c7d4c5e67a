package org.opendvc.core.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A weekly rest day worked (ngày làm bù) in exchange for a working day taken off, as an official
 * schedule decides: in 2025, Saturday 26 April was worked in exchange for Friday 2 May.
 *
 * @param date the rest day that becomes a working day
 * @param inExchangeFor the working day taken off instead (a {@link HolidayKind#SWAPPED} holiday)
 */
public record SwappedWorkingDay(LocalDate date, LocalDate inExchangeFor) {

  /** Checks that both dates are present and differ. */
  public SwappedWorkingDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(inExchangeFor, "inExchangeFor");
    if (date.equals(inExchangeFor)) {
      throw new IllegalArgumentException("a day cannot be worked in exchange for itself: " + date);
    }
  }
}
