package org.opendvc.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * One year of a working calendar, laid out so that counting working days costs array look-ups:
 * which days are worked, how many working days precede each day, and where the k-th working day is.
 * Immutable.
 */
final class WorkingYear {
  private final HolidaySchedule schedule;
  private final int firstDay;
  private final boolean[] working;

  /** {@code before[i]}: working days among the first {@code i} days of the year. */
  private final int[] before;

  /** {@code offsets[k]}: the day of the year, from 0, of the k-th working day. */
  private final int[] offsets;

  WorkingYear(HolidaySchedule schedule, Set<DayOfWeek> weeklyRestDays) {
    this.schedule = schedule;
    LocalDate first = LocalDate.of(schedule.year(), 1, 1);
    this.firstDay = Math.toIntExact(first.toEpochDay());
    int length = first.lengthOfYear();
    this.working = new boolean[length];
    for (int i = 0; i < length; i++) {
      working[i] = !weeklyRestDays.contains(first.plusDays(i).getDayOfWeek());
    }
    for (SwappedWorkingDay worked : schedule.workingDays()) {
      working[offset(worked.date())] = true;
    }
    for (Holiday holiday : schedule.holidays()) {
      working[offset(holiday.date())] = false;
    }
    this.before = new int[length + 1];
    int count = 0;
    for (int i = 0; i < length; i++) {
      before[i] = count;
      if (working[i]) {
        count++;
      }
    }
    before[length] = count;
    this.offsets = new int[count];
    for (int i = 0, k = 0; i < length; i++) {
      if (working[i]) {
        offsets[k++] = i;
      }
    }
  }

  HolidaySchedule schedule() {
    return schedule;
  }

  int firstDay() {
    return firstDay;
  }

  /** The number of working days in the year. */
  int workingDays() {
    return offsets.length;
  }

  boolean isWorking(int epochDay) {
    return working[epochDay - firstDay];
  }

  /** The number of working days of this year up to and including {@code epochDay}. */
  int workingDaysThrough(int epochDay) {
    return before[epochDay - firstDay + 1];
  }

  /** The epoch day of the working day with ordinal {@code k} (from 0) in this year. */
  int workingDay(int k) {
    return firstDay + offsets[k];
  }

  private int offset(LocalDate date) {
    return Math.toIntExact(date.toEpochDay()) - firstDay;
  }
}
