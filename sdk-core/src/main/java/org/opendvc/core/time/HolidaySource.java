package org.opendvc.core.time;

import java.time.DayOfWeek;
import java.util.Optional;
import java.util.Set;

/**
 * Where a {@link WorkingCalendar} gets each year's days off: the Labour Code's rules ({@link
 * StatutoryHolidays}), the official schedules ({@link OfficialSchedules}), or the caller's own.
 *
 * <p>A calendar asks its sources in order and uses the first schedule it gets. Implementations must
 * be immutable and thread-safe.
 */
@FunctionalInterface
public interface HolidaySource {

  /**
   * The schedule of {@code year} for an agency whose weekly rest days are {@code weeklyRestDays},
   * or empty when this source has none for that year or those rest days.
   *
   * @param year the calendar year
   * @param weeklyRestDays the days of the week the agency does not work; compensatory days depend
   *     on them
   */
  Optional<HolidaySchedule> schedule(int year, Set<DayOfWeek> weeklyRestDays);
}
