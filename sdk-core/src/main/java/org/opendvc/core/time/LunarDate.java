package org.opendvc.core.time;

/**
 * A date of the Vietnamese lunisolar calendar (âm lịch): lunar year, month, day, and whether the
 * month is a leap month (tháng nhuận).
 *
 * <p>The lunar year is numbered by the Gregorian year in which it mostly falls: lunar year 2026
 * (Bính Ngọ) starts on 17 February 2026. A leap month repeats the number of the month before it.
 * This record checks only the ranges; whether the date exists in a given year (a 30th day, a leap
 * month) is for {@link LunisolarCalendar#toSolar(LunarDate)} to say.
 *
 * @param year the lunar year
 * @param month the month, 1 (tháng Giêng) to 12 (tháng Chạp)
 * @param day the day of the month, 1 to 30
 * @param leap whether the month is the leap month of the year
 */
public record LunarDate(int year, int month, int day, boolean leap)
    implements Comparable<LunarDate> {
  private static final String[] STEMS = {
    "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"
  };
  private static final String[] BRANCHES = {
    "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"
  };

  /**
   * Creates a lunar date.
   *
   * @throws IllegalArgumentException if the month is not 1–12 or the day not 1–30
   */
  public LunarDate {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month must be 1..12, not " + month);
    }
    if (day < 1 || day > 30) {
      throw new IllegalArgumentException("day must be 1..30, not " + day);
    }
  }

  /** A date in an ordinary (not leap) month. */
  public static LunarDate of(int year, int month, int day) {
    return new LunarDate(year, month, day, false);
  }

  /**
   * The year's name in the sexagenary cycle (can chi), such as {@code "Bính Ngọ"} for 2026.
   * Vietnamese names; the branch Mão is the Cat in Vietnam, not the Rabbit.
   */
  public String yearName() {
    return STEMS[Math.floorMod(year + 6, 10)] + " " + BRANCHES[Math.floorMod(year + 8, 12)];
  }

  /** Orders by year, then month, the leap month after the ordinary month of the same number. */
  @Override
  public int compareTo(LunarDate other) {
    int c = Integer.compare(year, other.year);
    if (c == 0) {
      c = Integer.compare(month, other.month);
    }
    if (c == 0) {
      c = Boolean.compare(leap, other.leap);
    }
    return c != 0 ? c : Integer.compare(day, other.day);
  }

  /** The date as {@code 2026-03-10}, with {@code L} after a leap month: {@code 2025-06L-01}. */
  @Override
  public String toString() {
    return String.format("%04d-%02d%s-%02d", year, month, leap ? "L" : "", day);
  }
}
