package org.opendvc.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;

/**
 * The days off and the swapped working days of one calendar year.
 *
 * <p>A schedule is either computed from the Labour Code ({@link StatutoryHolidays}, no decisions)
 * or official: read from a file that transcribes the year's announcement ({@link
 * OfficialSchedules}, at least one decision). Weekly rest days are not listed; they belong to the
 * {@link WorkingCalendar}. A statutory holiday is listed even when it falls on a rest day, with its
 * compensatory day beside it.
 *
 * @param year the calendar year every date belongs to
 * @param holidays the days off, in date order
 * @param workingDays the rest days worked in exchange for days off, in date order
 * @param decisions the documents that set the schedule; empty for a computed one
 * @param note anything a reader should know, or {@code null}
 */
public record HolidaySchedule(
    int year,
    List<Holiday> holidays,
    List<SwappedWorkingDay> workingDays,
    List<ScheduleDecision> decisions,
    @Nullable LocalizedText note) {

  /**
   * Copies and sorts the lists and checks that the dates fit together.
   *
   * @throws IllegalArgumentException if a day off or a worked day is outside {@code year}, or a
   *     date appears twice
   */
  public HolidaySchedule {
    List<Holiday> sortedHolidays = new ArrayList<>(holidays);
    sortedHolidays.sort(Comparator.naturalOrder());
    holidays = List.copyOf(sortedHolidays);
    List<SwappedWorkingDay> sortedWorkingDays = new ArrayList<>(workingDays);
    sortedWorkingDays.sort(Comparator.comparing(SwappedWorkingDay::date));
    workingDays = List.copyOf(sortedWorkingDays);
    decisions = List.copyOf(decisions);
    Set<LocalDate> seen = new HashSet<>();
    for (Holiday holiday : holidays) {
      checkDate(year, holiday.date(), seen);
    }
    for (SwappedWorkingDay worked : workingDays) {
      checkDate(year, worked.date(), seen);
    }
  }

  private static void checkDate(int year, LocalDate date, Set<LocalDate> seen) {
    if (date.getYear() != year) {
      throw new IllegalArgumentException(date + " is not in the schedule's year " + year);
    }
    if (!seen.add(date)) {
      throw new IllegalArgumentException(date + " appears twice in the schedule");
    }
  }

  /** Whether an official document set this schedule (it lists at least one decision). */
  public boolean isOfficial() {
    return !decisions.isEmpty();
  }

  /** The day off on {@code date}, if it is one. */
  public Optional<Holiday> holidayOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (Holiday holiday : holidays) {
      if (holiday.date().equals(date)) {
        return Optional.of(holiday);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code date} is a rest day worked in exchange for a day off. */
  public boolean isSwappedWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return workingDays.stream().anyMatch(w -> w.date().equals(date));
  }
}
