package org.opendvc.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The months of one lunar year: where each starts (as an epoch day), its number, and which one, if
 * any, is the leap month. Immutable.
 */
final class LunarYear {
  private final int year;

  /** Start of each month, plus the start of the next year's first month at the end. */
  private final int[] starts;

  private final int[] numbers;
  private final int leapIndex;

  LunarYear(int year, int[] starts, int[] numbers, int leapIndex) {
    this.year = year;
    this.starts = starts;
    this.numbers = numbers;
    this.leapIndex = leapIndex;
  }

  int year() {
    return year;
  }

  int firstDay() {
    return starts[0];
  }

  /** The first day of the next lunar year. */
  int endDay() {
    return starts[starts.length - 1];
  }

  /** The leap month's number, or 0 when the year has none. */
  int leapMonth() {
    return leapIndex < 0 ? 0 : numbers[leapIndex];
  }

  /** The lunar date of {@code epochDay}, which must lie in this year. */
  LunarDate dateOf(int epochDay) {
    int i = Arrays.binarySearch(starts, epochDay);
    int index = i >= 0 ? i : -i - 2;
    return new LunarDate(year, numbers[index], epochDay - starts[index] + 1, index == leapIndex);
  }

  /** The epoch day of {@code date}, which must be of this year. */
  int epochDayOf(LunarDate date) {
    int index = indexOf(date.month(), date.leap());
    if (date.day() > length(index)) {
      throw new DateTimeException(
          "Lunar month "
              + date.month()
              + (date.leap() ? " (leap)" : "")
              + " of "
              + year
              + " has "
              + length(index)
              + " days, not "
              + date.day());
    }
    return starts[index] + date.day() - 1;
  }

  /** The number of days in a month of this year. */
  int lengthOf(int month, boolean leap) {
    return length(indexOf(month, leap));
  }

  private int length(int index) {
    return starts[index + 1] - starts[index];
  }

  private int indexOf(int month, boolean leap) {
    for (int i = 0; i < numbers.length; i++) {
      if (numbers[i] == month && (i == leapIndex) == leap) {
        return i;
      }
    }
    throw new DateTimeException(
        "Lunar year "
            + year
            + " has no leap month "
            + month
            + " (its leap month: "
            + (leapIndex < 0 ? "none" : numbers[leapIndex])
            + ")");
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("LunarYear[").append(year);
    for (int i = 0; i < numbers.length; i++) {
      out.append(' ')
          .append(LocalDate.ofEpochDay(starts[i]))
          .append(':')
          .append(numbers[i])
          .append(i == leapIndex ? "L" : "");
    }
    return out.append(']').toString();
  }
}
