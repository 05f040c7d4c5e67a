package org.opendvc.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opendvc.core.Language;
import org.opendvc.core.LocalizedText;

/**
 * The days off the Labour Code gives every year, computed: the default a {@link WorkingCalendar}
 * falls back on for a year with no official schedule.
 *
 * <p>From 2021, Labour Code 2019, Art. 112(1): New Year's Day (1 January); five days of Tết; Hùng
 * Kings' Day (10th day of the 3rd lunar month); Victory Day (30 April); International Labour Day (1
 * May); National Day (2 September) and one day next to it. From 2014 to 2020, Labour Code 2012,
 * Art. 115: the same but National Day alone. A holiday that falls on a weekly rest day gives a
 * compensatory day off on the next working day that is not itself a holiday (2019 Code, Art.
 * 111(3); 2012 Code, Art. 115(3)).
 *
 * <p>The law leaves two choices to the Prime Minister each year (Art. 112(3)); this class decides
 * them the way the government did every year from 2020 to 2026:
 *
 * <ul>
 *   <li><b>Tết</b>: either the last day of the lunar year and the first four days of the new one,
 *       or the last two days and the first three, whichever puts fewer of the five days on weekly
 *       rest days; on a tie, the last two days and the first three. (2022 and 2026 took the first;
 *       2020, 2021, 2023, 2024 and 2025 the second.)
 *   <li><b>The day next to National Day</b>: 1 or 3 September, whichever is a working day; when
 *       both are, the one that joins the holiday to a weekly rest day (3 September in 2021, 1
 *       September in 2025); when neither does, 1 September (2026).
 * </ul>
 *
 * <p>It does not invent swapped working days: only an official schedule has those. Covers 2014 to
 * 2100; earlier years have no computed default. Immutable and thread-safe.
 */
public final class StatutoryHolidays implements HolidaySource {
  /** The first year covered: the first whole year under the Labour Code 2012. */
  public static final int FIRST_YEAR = 2014;

  /** The last year covered, the last the lunisolar calendar supports. */
  public static final int LAST_YEAR = 2100;

  /** The first year of the Labour Code 2019, which added the day next to National Day. */
  static final int LABOUR_CODE_2019_FROM = 2021;

  private static final StatutoryHolidays INSTANCE =
      new StatutoryHolidays(LunisolarCalendar.vietnam());

  static final LocalizedText NEW_YEAR = LocalizedText.of("Tết Dương lịch", "New Year's Day");
  static final LocalizedText TET =
      LocalizedText.of("Tết Âm lịch (mùng 1 tháng Giêng)", "Lunar New Year (Tết)");
  static final LocalizedText HUNG_KINGS =
      LocalizedText.of(
          "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
          "Hùng Kings' Commemoration Day (10th day of the 3rd lunar month)");
  static final LocalizedText VICTORY_DAY =
      LocalizedText.of("Ngày Chiến thắng (30/4)", "Victory Day (30 April)");
  static final LocalizedText LABOUR_DAY =
      LocalizedText.of("Ngày Quốc tế lao động (1/5)", "International Labour Day (1 May)");
  static final LocalizedText NATIONAL_DAY =
      LocalizedText.of("Quốc khánh (2/9)", "National Day (2 September)");

  private final LunisolarCalendar lunar;

  private StatutoryHolidays(LunisolarCalendar lunar) {
    this.lunar = lunar;
  }

  /** The Labour Code's holidays, with the choices described above. */
  public static StatutoryHolidays standard() {
    return INSTANCE;
  }

  /** The computed schedule, or empty outside {@link #FIRST_YEAR}..{@link #LAST_YEAR}. */
  @Override
  public Optional<HolidaySchedule> schedule(int year, Set<DayOfWeek> weeklyRestDays) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      return Optional.empty();
    }
    List<Holiday> statutory = new ArrayList<>();
    statutory.add(statutory(LocalDate.of(year, 1, 1), NEW_YEAR));
    statutory.addAll(tet(year, weeklyRestDays));
    statutory.add(statutory(lunar.toSolar(LunarDate.of(year, 3, 10)), HUNG_KINGS));
    statutory.add(statutory(LocalDate.of(year, 4, 30), VICTORY_DAY));
    statutory.add(statutory(LocalDate.of(year, 5, 1), LABOUR_DAY));
    LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
    statutory.add(statutory(nationalDay, NATIONAL_DAY));
    if (year >= LABOUR_CODE_2019_FROM) {
      LocalDate adjacent = dayNextToNationalDay(nationalDay, weeklyRestDays);
      statutory.add(
          statutory(
              adjacent,
              LocalizedText.of(
                  "Quốc khánh (ngày liền kề " + adjacent.getDayOfMonth() + "/9)",
                  "National Day (adjacent day, " + adjacent.getDayOfMonth() + " September)")));
    }
    statutory.sort(null);
    List<Holiday> all = new ArrayList<>(statutory);
    all.addAll(compensatoryDays(statutory, weeklyRestDays));
    return Optional.of(new HolidaySchedule(year, all, List.of(), List.of(), null));
  }

  /**
   * The six days the Labour Code fixes by date whatever the government decides: New Year's Day, the
   * first day of Tết, Hùng Kings' Day, Victory Day, Labour Day and National Day.
   */
  static List<Holiday> fixedDays(int year) {
    LunisolarCalendar lunar = LunisolarCalendar.vietnam();
    return List.of(
        statutory(LocalDate.of(year, 1, 1), NEW_YEAR),
        statutory(lunar.newYear(year), TET),
        statutory(lunar.toSolar(LunarDate.of(year, 3, 10)), HUNG_KINGS),
        statutory(LocalDate.of(year, 4, 30), VICTORY_DAY),
        statutory(LocalDate.of(year, 5, 1), LABOUR_DAY),
        statutory(LocalDate.of(year, Month.SEPTEMBER, 2), NATIONAL_DAY));
  }

  private static Holiday statutory(LocalDate date, LocalizedText name) {
    return new Holiday(date, name, HolidayKind.STATUTORY);
  }

  /** The five Tết days: one or two at the end of the old lunar year, the rest in the new. */
  private List<Holiday> tet(int year, Set<DayOfWeek> restDays) {
    LocalDate newYear = lunar.newYear(year);
    int daysBefore =
        restDaysAmong(newYear.minusDays(1), restDays)
                < restDaysAmong(newYear.minusDays(2), restDays)
            ? 1
            : 2;
    List<Holiday> days = new ArrayList<>(5);
    for (LocalDate d = newYear.minusDays(daysBefore); days.size() < 5; d = d.plusDays(1)) {
      LunarDate lunarDate = lunar.toLunar(d);
      String monthVi = lunarDate.month() == 1 ? "tháng Giêng" : "tháng Chạp";
      String dayVi = lunarDate.month() == 1 ? "mùng " + lunarDate.day() : "" + lunarDate.day();
      days.add(
          statutory(
              d,
              LocalizedText.of(
                  "Tết Âm lịch (" + dayVi + " " + monthVi + ")",
                  "Lunar New Year (day "
                      + lunarDate.day()
                      + " of lunar month "
                      + lunarDate.month()
                      + ")")));
    }
    return days;
  }

  private static int restDaysAmong(LocalDate firstOfFive, Set<DayOfWeek> restDays) {
    int count = 0;
    for (int i = 0; i < 5; i++) {
      if (restDays.contains(firstOfFive.plusDays(i).getDayOfWeek())) {
        count++;
      }
    }
    return count;
  }

  private static LocalDate dayNextToNationalDay(LocalDate nationalDay, Set<DayOfWeek> restDays) {
    LocalDate before = nationalDay.minusDays(1);
    LocalDate after = nationalDay.plusDays(1);
    boolean beforeWorks = !restDays.contains(before.getDayOfWeek());
    boolean afterWorks = !restDays.contains(after.getDayOfWeek());
    if (beforeWorks && afterWorks) {
      boolean afterBridges = restDays.contains(after.plusDays(1).getDayOfWeek());
      boolean beforeBridges = restDays.contains(before.minusDays(1).getDayOfWeek());
      return afterBridges && !beforeBridges ? after : before;
    }
    return beforeWorks ? before : after;
  }

  /**
   * One compensatory day per holiday on a rest day: the first later day that is neither a rest day,
   * nor a holiday, nor already given as compensation.
   */
  private static List<Holiday> compensatoryDays(List<Holiday> statutory, Set<DayOfWeek> restDays) {
    Set<LocalDate> taken = new HashSet<>();
    statutory.forEach(h -> taken.add(h.date()));
    List<Holiday> compensatory = new ArrayList<>();
    for (Holiday holiday : statutory) {
      if (!restDays.contains(holiday.date().getDayOfWeek())) {
        continue;
      }
      LocalDate day = holiday.date().plusDays(1);
      while (restDays.contains(day.getDayOfWeek()) || taken.contains(day)) {
        day = day.plusDays(1);
      }
      taken.add(day);
      compensatory.add(
          new Holiday(
              day,
              LocalizedText.of(
                  "Nghỉ bù " + holiday.name().vi(),
                  "Compensatory day off for " + holiday.name().get(Language.EN)),
              HolidayKind.COMPENSATORY));
    }
    return compensatory;
  }
}
