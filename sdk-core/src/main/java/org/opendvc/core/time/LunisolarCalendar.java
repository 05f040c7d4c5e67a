package org.opendvc.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically, and conversion between it
 * and the Gregorian calendar.
 *
 * <p>The rules are those of the modern Chinese calendar, applied on the meridian of the time zone
 * (as set out by Hồ Ngọc Đức, "Computing the Vietnamese lunar calendar",
 * informatik.uni-leipzig.de/~duc/amlich/calrules_en.html, after the <i>Explanatory Supplement to
 * the Astronomical Almanac</i>):
 *
 * <ol>
 *   <li>a month starts on the civil day of the new moon (ngày Sóc);
 *   <li>the month containing the December solstice (Đông chí) is the 11th month;
 *   <li>when 13 months separate two 11th months, the first month after the solstice that contains
 *       no principal term (trung khí, a multiple of 30° of the Sun's longitude) is the leap month
 *       and repeats the number of the month before it;
 *   <li>days are civil days of the time zone: UTC+7 for Vietnam, 105° East.
 * </ol>
 *
 * <p>The meridian matters: when a new moon falls between 23:00 and midnight in Hà Nội, it is
 * already the next day in Beijing (UTC+8), and the two calendars start the month a day apart. Tết
 * therefore differed from the Chinese New Year in 1985 (21 January in Vietnam, 20 February in
 * China, a whole month), 2007 (17 and 18 February) and will again in 2030 (2 and 3 February) and
 * 2053 (18 and 19 February). North Vietnam adopted UTC+7 for the calendar in 1967 and the South in
 * 1975; dates before then are computed proleptically with UTC+7 and may differ from the calendar
 * people used at the time (Tết 1968 fell on 30 January in the South).
 *
 * <p>Supported Gregorian dates: {@link #MIN_DATE} to {@link #MAX_DATE}. Every month of that range
 * agrees with an independent computation from the VSOP87 and ELP 2000-82 theories except one: the
 * new moon of 7 July 1967 fell within seconds of midnight in UTC+7, closer than either theory can
 * decide; this class starts that month on the 7th. Each lunar year is computed on first use and
 * kept. Immutable and thread-safe.
 */
public final class LunisolarCalendar {
  /** The first Gregorian date supported: 1 January 1900 (lunar 1 December 1899). */
  public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

  /** The last Gregorian date supported: 31 December 2100. */
  public static final LocalDate MAX_DATE = LocalDate.of(2100, 12, 31);

  /** Vietnam's time zone since 1967 (North) and 1975 (whole country), on the meridian 105° E. */
  public static final ZoneOffset VIETNAM_OFFSET = ZoneOffset.ofHours(7);

  private static final int FIRST_LUNAR_YEAR = 1899;
  private static final int LAST_LUNAR_YEAR = 2100;
  private static final int DECEMBER_SOLSTICE_SECTOR = 9;
  private static final LunisolarCalendar VIETNAM = new LunisolarCalendar(VIETNAM_OFFSET);

  private final ZoneOffset offset;
  private final double offsetDays;
  private final AtomicReferenceArray<LunarYear> years =
      new AtomicReferenceArray<>(LAST_LUNAR_YEAR - FIRST_LUNAR_YEAR + 1);

  private LunisolarCalendar(ZoneOffset offset) {
    this.offset = offset;
    this.offsetDays = offset.getTotalSeconds() / 86400.0;
  }

  /** The Vietnamese calendar, computed for UTC+7. */
  public static LunisolarCalendar vietnam() {
    return VIETNAM;
  }

  /**
   * The same rules computed for another offset; {@code UTC+8} gives the Chinese calendar as
   * published since 1929. Useful to compare; OpenDVC itself always uses {@link #vietnam()}.
   */
  public static LunisolarCalendar forOffset(ZoneOffset offset) {
    Objects.requireNonNull(offset, "offset");
    return offset.equals(VIETNAM_OFFSET) ? VIETNAM : new LunisolarCalendar(offset);
  }

  /** The offset whose civil days this calendar counts. */
  public ZoneOffset offset() {
    return offset;
  }

  /**
   * The lunar date of a Gregorian date.
   *
   * @throws DateTimeException if {@code date} is outside {@link #MIN_DATE}..{@link #MAX_DATE}
   */
  public LunarDate toLunar(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkSupported(date);
    int day = Math.toIntExact(date.toEpochDay());
    LunarYear year = year(date.getYear());
    if (day < year.firstDay()) {
      year = year(date.getYear() - 1);
    }
    return year.dateOf(day);
  }

  /**
   * The Gregorian date of a lunar date.
   *
   * @throws DateTimeException if the date does not exist (a leap month the year does not have, a
   *     30th day in a 29-day month) or falls outside {@link #MIN_DATE}..{@link #MAX_DATE}
   */
  public LocalDate toSolar(LunarDate date) {
    Objects.requireNonNull(date, "date");
    LocalDate solar = LocalDate.ofEpochDay(year(date.year()).epochDayOf(date));
    checkSupported(solar);
    return solar;
  }

  /** Whether {@code date} exists and is supported, so {@link #toSolar} would return a date. */
  public boolean isValid(LunarDate date) {
    try {
      toSolar(date);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /**
   * The first day of lunar year {@code lunarYear} (mùng 1 Tết).
   *
   * @throws DateTimeException if the year is outside 1900..2100
   */
  public LocalDate newYear(int lunarYear) {
    return LocalDate.ofEpochDay(year(checkYear(lunarYear)).firstDay());
  }

  /**
   * The number of the month that is repeated as a leap month in {@code lunarYear}, if any.
   *
   * @throws DateTimeException if the year is outside 1900..2100
   */
  public OptionalInt leapMonth(int lunarYear) {
    int month = year(checkYear(lunarYear)).leapMonth();
    return month == 0 ? OptionalInt.empty() : OptionalInt.of(month);
  }

  /**
   * The number of days (29 or 30) in a month.
   *
   * @throws DateTimeException if the year is outside 1899..2100 or has no such month
   */
  public int lengthOfMonth(int lunarYear, int month, boolean leap) {
    return year(lunarYear).lengthOf(month, leap);
  }

  private static int checkYear(int lunarYear) {
    if (lunarYear < MIN_DATE.getYear() || lunarYear > MAX_DATE.getYear()) {
      throw new DateTimeException(
          "Lunar year " + lunarYear + " is outside the supported years 1900..2100");
    }
    return lunarYear;
  }

  private static void checkSupported(LocalDate date) {
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      throw new DateTimeException(
          date + " is outside the supported range " + MIN_DATE + ".." + MAX_DATE);
    }
  }

  /** The months of lunar year {@code lunarYear}, computed once. */
  LunarYear year(int lunarYear) {
    if (lunarYear < FIRST_LUNAR_YEAR || lunarYear > LAST_LUNAR_YEAR) {
      throw new DateTimeException(
          "Lunar year " + lunarYear + " is outside " + FIRST_LUNAR_YEAR + ".." + LAST_LUNAR_YEAR);
    }
    int slot = lunarYear - FIRST_LUNAR_YEAR;
    LunarYear computed = years.get(slot);
    if (computed == null) {
      // Two threads may compute the same year at once; both get equal values.
      computed = compute(lunarYear);
      years.compareAndSet(slot, null, computed);
    }
    return computed;
  }

  /**
   * Lunar year Y runs from month 1 of the solar year between the solstices of December Y-1 and
   * December Y (a "sui") to the month before month 1 of the next sui, so it draws on two of them.
   */
  private LunarYear compute(int lunarYear) {
    Sui first = sui(lunarYear);
    Sui second = sui(lunarYear + 1);
    int[] starts = new int[14];
    int[] numbers = new int[13];
    int leapIndex = -1;
    int n = 0;
    int from = first.indexOfFirstMonth();
    for (int i = from; i < first.length(); i++) {
      if (i == first.leapIndex) {
        leapIndex = n;
      }
      starts[n] = first.starts[i];
      numbers[n++] = first.numbers[i];
    }
    int to = second.indexOfFirstMonth();
    for (int i = 0; i < to; i++) {
      if (i == second.leapIndex) {
        leapIndex = n;
      }
      starts[n] = second.starts[i];
      numbers[n++] = second.numbers[i];
    }
    starts[n] = second.starts[to];
    return new LunarYear(
        lunarYear, Arrays.copyOf(starts, n + 1), Arrays.copyOf(numbers, n), leapIndex);
  }

  /**
   * The months from the 11th month of lunar year {@code year - 1} (the one containing the December
   * solstice of Gregorian year {@code year - 1}) to the month before the next 11th month.
   */
  private Sui sui(int year) {
    int firstK = monthElevenIndex(year - 1);
    int lastK = monthElevenIndex(year);
    int count = lastK - firstK;
    int[] starts = new int[count + 1];
    int[] sectors = new int[count + 1];
    for (int i = 0; i <= count; i++) {
      starts[i] = newMoonDay(firstK + i);
      sectors[i] = sunSector(starts[i]);
    }
    int leapIndex = -1;
    if (count == 13) {
      for (int i = 1; i < count; i++) {
        if (sectors[i] == sectors[i + 1]) {
          leapIndex = i;
          break;
        }
      }
    } else if (count != 12) {
      throw new IllegalStateException(count + " months between solstices around " + year);
    }
    int[] numbers = new int[count];
    int number = 11;
    for (int i = 0; i < count; i++) {
      if (i == leapIndex) {
        numbers[i] = numbers[i - 1];
        continue;
      }
      numbers[i] = number;
      number = number % 12 + 1;
    }
    return new Sui(starts, numbers, leapIndex);
  }

  /** The index of the new moon that starts the month containing the December solstice. */
  private int monthElevenIndex(int gregorianYear) {
    int lastDayOfYear = Math.toIntExact(LocalDate.of(gregorianYear, 12, 31).toEpochDay());
    int k = Astronomy.meanNewMoonIndexBefore(lastDayOfYear + Astronomy.JD_UNIX_EPOCH) + 1;
    while (newMoonDay(k) > lastDayOfYear) {
      k--;
    }
    // The month started after the solstice when the Sun had passed 270° at its first midnight.
    if (sunSector(newMoonDay(k)) >= DECEMBER_SOLSTICE_SECTOR) {
      k--;
    }
    return k;
  }

  /** The civil day (epoch day in this offset) of new moon number {@code k}. */
  private int newMoonDay(int k) {
    return (int) Math.floor(Astronomy.newMoon(k) + offsetDays - Astronomy.JD_UNIX_EPOCH);
  }

  /** Which 30° sector of longitude the Sun is in at the first midnight of civil day {@code day}. */
  private int sunSector(int epochDay) {
    double midnight = epochDay + Astronomy.JD_UNIX_EPOCH - offsetDays;
    return (int) (Astronomy.sunLongitude(midnight) / 30.0);
  }

  /** The months of one solstice year, with the start of the next one at the end of starts. */
  private record Sui(int[] starts, int[] numbers, int leapIndex) {
    int length() {
      return numbers.length;
    }

    int indexOfFirstMonth() {
      for (int i = 0; i < numbers.length; i++) {
        if (numbers[i] == 1 && i != leapIndex) {
          return i;
        }
      }
      throw new IllegalStateException("no first month");
    }
  }
}
