package org.opendvc.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunisolarCalendarTest {
  private static final LunisolarCalendar VIETNAM = LunisolarCalendar.vietnam();
  private static final LunisolarCalendar CHINA = LunisolarCalendar.forOffset(ZoneOffset.ofHours(8));

  /**
   * Tết (mùng 1 tháng Giêng). Sources: 2020, Notice 4544/TB-LĐTBXH (the 1st day on 25 January,
   * lawnet.vn); 2021, sggpnews.org.vn (the 2nd and 3rd days on 13–14 February); 2022–2032, the
   * table of Vietnamese New Year dates at boxhoidap.com/tet2023 (which gives 2 February for 2030,
   * where China has the 3rd); 2025, Notice 6150/TB-BLĐTBXH (25 January = 26 Chạp Giáp Thìn); 2026,
   * Notice 9441/TB-BNV (16 February = 29 Chạp Ất Tỵ); 2027, ntdvn.net ("ngày 6 tháng 2 năm 2027");
   * 2033–2035, the Lunar New Year tables of topmarks.co.uk and weeksfromtoday.com, the Chinese
   * dates, which Vietnam shares in those years (the only 21st-century differences are 2007, 2030
   * and 2053, per Hồ Ngọc Đức).
   */
  @ParameterizedTest(name = "Tết {0} is {1}")
  @CsvSource({
    "2020, 2020-01-25",
    "2021, 2021-02-12",
    "2022, 2022-02-01",
    "2023, 2023-01-22",
    "2024, 2024-02-10",
    "2025, 2025-01-29",
    "2026, 2026-02-17",
    "2027, 2027-02-06",
    "2028, 2028-01-26",
    "2029, 2029-02-13",
    "2030, 2030-02-02",
    "2031, 2031-01-23",
    "2032, 2032-02-11",
    "2033, 2033-01-31",
    "2034, 2034-02-19",
    "2035, 2035-02-08"
  })
  void newYear_2020to2035_isTheKnownTetDate(int year, LocalDate tet) {
    assertThat(VIETNAM.newYear(year)).isEqualTo(tet);
    assertThat(VIETNAM.toLunar(tet)).isEqualTo(LunarDate.of(year, 1, 1));
    assertThat(VIETNAM.toLunar(tet.minusDays(1)).month()).isEqualTo(12);
  }

  /**
   * Hùng Kings' Day, the 10th day of the 3rd lunar month. Published dates: 2020, 2 April
   * (worldholidayhub.com/vn/2020); 2021, 21 April (lawnet.vn); 2022, 10 April, a Sunday observed on
   * Monday 11 April (boxhoidap.com/tet2023); 2024, 18 April (vietnam.vn); 2025, 7 April
   * (vietcetera.com); 2026, 26 April (thanhnien.vn, kenh14.vn). The other years are checked, as
   * every month is, against the independent reference table below.
   */
  @ParameterizedTest(name = "Hùng Kings'' Day {0} is {1}")
  @CsvSource({
    "2020, 2020-04-02",
    "2021, 2021-04-21",
    "2022, 2022-04-10",
    "2023, 2023-04-29",
    "2024, 2024-04-18",
    "2025, 2025-04-07",
    "2026, 2026-04-26",
    "2027, 2027-04-16",
    "2028, 2028-04-04",
    "2029, 2029-04-23",
    "2030, 2030-04-12",
    "2031, 2031-04-01",
    "2032, 2032-04-19",
    "2033, 2033-04-09",
    "2034, 2034-04-28",
    "2035, 2035-04-17"
  })
  void hungKingsDay_2020to2035_isTheTenthOfTheThirdMonth(int year, LocalDate day) {
    assertThat(VIETNAM.toSolar(LunarDate.of(year, 3, 10))).isEqualTo(day);
    assertThat(VIETNAM.toLunar(day)).isEqualTo(LunarDate.of(year, 3, 10));
  }

  @Test
  void hungKingsDay_2023_isInTheOrdinaryThirdMonthNotTheLeapSecond() {
    assertThat(VIETNAM.leapMonth(2023)).hasValue(2);
    assertThat(VIETNAM.toSolar(new LunarDate(2023, 2, 10, true))).isEqualTo("2023-03-31");
  }

  /**
   * The years Tết differs between Vietnam (UTC+7) and China (UTC+8) in 1900–2100: Hồ Ngọc Đức names
   * 1985 (a month apart), 2007, 2030 and 2053; kientruc2014.com quotes him for 2007 (17/02 vs
   * 18/02), 2030 (02/02 vs 03/02) and 2053 (18/02 vs 19/02); scienceinfo.net for 2030 and 2053.
   * 1968 is the Tết of the Tết Offensive: 29 January in the North, which had moved to UTC+7, 30
   * January in the South (Wikipedia, "Vietnamese calendar"). The others, 1903 to 1969, come from
   * the reference tables; Vietnam then still followed the UTC+8 calendar.
   */
  @ParameterizedTest(name = "{0}: Vietnam {1}, China {2}")
  @CsvSource({
    "1903, 1903-01-28, 1903-01-29",
    "1916, 1916-02-03, 1916-02-04",
    "1935, 1935-02-03, 1935-02-04",
    "1965, 1965-02-01, 1965-02-02",
    "1968, 1968-01-29, 1968-01-30",
    "1969, 1969-02-16, 1969-02-17",
    "1985, 1985-01-21, 1985-02-20",
    "2007, 2007-02-17, 2007-02-18",
    "2030, 2030-02-02, 2030-02-03",
    "2053, 2053-02-18, 2053-02-19"
  })
  void newYear_inTheYearsTheMeridianMatters_differsFromChina(
      int year, LocalDate vietnam, LocalDate china) {
    assertThat(VIETNAM.newYear(year)).isEqualTo(vietnam);
    assertThat(CHINA.newYear(year)).isEqualTo(china);
  }

  @Test
  void newYear_differsFromChinaOnlyInTheKnownYears() {
    List<Integer> differing = new ArrayList<>();
    for (int year = 1900; year <= 2100; year++) {
      if (!VIETNAM.newYear(year).equals(CHINA.newYear(year))) {
        differing.add(year);
      }
    }
    assertThat(differing)
        .containsExactly(1903, 1916, 1935, 1965, 1968, 1969, 1985, 2007, 2030, 2053);
  }

  @Test
  void year1985_startsAMonthEarlierInVietnam_becauseTheLeapMonthFallsOtherwise() {
    assertThat(VIETNAM.toLunar(LocalDate.of(1985, 1, 21))).isEqualTo(LunarDate.of(1985, 1, 1));
    assertThat(CHINA.toLunar(LocalDate.of(1985, 1, 21))).isEqualTo(LunarDate.of(1984, 12, 1));
  }

  @ParameterizedTest(name = "leap month of {0} is {1}")
  @CsvSource({"2020, 4", "2023, 2", "2025, 6", "2028, 5", "2031, 3", "2033, 11"})
  void leapMonth_ofKnownLeapYears_isTheRepeatedMonth(int year, int month) {
    assertThat(VIETNAM.leapMonth(year)).hasValue(month);
  }

  @Test
  void leapMonth_ofAnOrdinaryYear_isEmpty() {
    assertThat(VIETNAM.leapMonth(2024)).isEqualTo(OptionalInt.empty());
    assertThat(VIETNAM.leapMonth(2026)).isEmpty();
  }

  /**
   * One month in 201 years differs, and cannot be decided: the new moon of 7 July 1967 fell at
   * 16:59:58 UT by Meeus' series and 17:00:03 UT by ELP 2000-82, that is, within five seconds of
   * midnight in Hà Nội. (The calendar in force that month still used UTC+8, under which the month
   * began on 8 July.)
   */
  @Test
  void everyMonth1900to2100_matchesTheIndependentReferenceForVietnam() throws IOException {
    assertThat(differencesFromReference(VIETNAM, "/time/lunisolar-utc7.txt"))
        .containsExactly("1967-06-01 1967-07-07 1967-07-08");
  }

  @Test
  void everyMonth1900to2100_matchesTheIndependentReferenceForUtc8() throws IOException {
    assertThat(differencesFromReference(CHINA, "/time/lunisolar-utc8.txt")).isEmpty();
  }

  /**
   * Checks every month of 1900–2100 against a reference table, and returns the months whose first
   * day differs.
   */
  private static List<String> differencesFromReference(LunisolarCalendar calendar, String resource)
      throws IOException {
    List<String> differences = new ArrayList<>();
    int years = 0;
    try (InputStream in = LunisolarCalendarTest.class.getResourceAsStream(resource);
        BufferedReader reader =
            new BufferedReader(
                new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String[] parts = line.split(" ");
        int year = Integer.parseInt(parts[0]);
        if (year < 1900) {
          continue;
        }
        for (int i = 1; i < parts.length; i++) {
          String[] month = parts[i].split(":");
          boolean leap = month[1].endsWith("L");
          String number = leap ? month[1].substring(0, month[1].length() - 1) : month[1];
          LunarDate first = new LunarDate(year, Integer.parseInt(number), 1, leap);
          if (!calendar.isValid(first) || !calendar.toSolar(first).toString().equals(month[0])) {
            differences.add(
                first
                    + " "
                    + (calendar.isValid(first) ? calendar.toSolar(first) : "-")
                    + " "
                    + month[0]);
          }
        }
        assertThat(calendar.leapMonth(year).isPresent())
            .as("%d", year)
            .isEqualTo(parts.length == 14);
        years++;
      }
    }
    assertThat(years).isEqualTo(201);
    return differences;
  }

  @Property(tries = 2000)
  void toSolar_invertsToLunar_overTheSupportedRange(@ForAll("supportedDates") LocalDate date) {
    LunarDate lunar = VIETNAM.toLunar(date);
    assertThat(VIETNAM.toSolar(lunar)).isEqualTo(date);
    assertThat(VIETNAM.isValid(lunar)).isTrue();
  }

  @Property(tries = 500)
  void toLunar_ofTheNextDay_isTheNextLunarDate(@ForAll("supportedDates") LocalDate date) {
    if (date.equals(LunisolarCalendar.MAX_DATE)) {
      return;
    }
    LunarDate today = VIETNAM.toLunar(date);
    LunarDate tomorrow = VIETNAM.toLunar(date.plusDays(1));
    assertThat(tomorrow).isGreaterThan(today);
    if (tomorrow.day() != 1) {
      assertThat(tomorrow)
          .isEqualTo(new LunarDate(today.year(), today.month(), today.day() + 1, today.leap()));
    } else {
      assertThat(today.day()).isBetween(29, 30);
    }
  }

  @Provide
  Arbitrary<LocalDate> supportedDates() {
    return Arbitraries.longs()
        .between(LunisolarCalendar.MIN_DATE.toEpochDay(), LunisolarCalendar.MAX_DATE.toEpochDay())
        .edgeCases(
            c ->
                c.add(
                    LunisolarCalendar.MIN_DATE.toEpochDay(),
                    LunisolarCalendar.MAX_DATE.toEpochDay()))
        .map(LocalDate::ofEpochDay);
  }

  @Test
  void toLunar_atTheEdgesOfTheRange_works() {
    assertThat(VIETNAM.toLunar(LocalDate.of(1900, 1, 1))).isEqualTo(LunarDate.of(1899, 12, 1));
    assertThat(VIETNAM.toLunar(LocalDate.of(2100, 12, 31)).year()).isEqualTo(2100);
  }

  @Test
  void toLunar_outsideTheRange_throws() {
    assertThatThrownBy(() -> VIETNAM.toLunar(LocalDate.of(1899, 12, 31)))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("1900-01-01");
    assertThatThrownBy(() -> VIETNAM.toLunar(LocalDate.of(2101, 1, 1)))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void toSolar_ofALeapMonthTheYearDoesNotHave_throws() {
    LunarDate noSuchMonth = new LunarDate(2026, 6, 1, true);
    assertThatThrownBy(() -> VIETNAM.toSolar(noSuchMonth))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("no leap month 6");
    assertThat(VIETNAM.isValid(noSuchMonth)).isFalse();
  }

  @Test
  void toSolar_ofTheThirtiethOfAShortMonth_throws() {
    // The last month of Ất Tỵ has 29 days: 29 Chạp is 16 February 2026, Tết the 17th.
    assertThat(VIETNAM.lengthOfMonth(2025, 12, false)).isEqualTo(29);
    assertThatThrownBy(() -> VIETNAM.toSolar(LunarDate.of(2025, 12, 30)))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("29 days");
    assertThat(VIETNAM.toSolar(LunarDate.of(2025, 12, 29))).isEqualTo("2026-02-16");
  }

  @Test
  void newYear_outsideTheSupportedYears_throws() {
    assertThatThrownBy(() -> VIETNAM.newYear(1899)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> VIETNAM.leapMonth(2101)).isInstanceOf(DateTimeException.class);
  }

  @Test
  void lunarDate_outOfRangeParts_areRejected() {
    assertThatThrownBy(() -> LunarDate.of(2026, 13, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("month");
    assertThatThrownBy(() -> LunarDate.of(2026, 1, 31))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("day");
    assertThatThrownBy(() -> LunarDate.of(2026, 0, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"2026, Bính Ngọ", "2025, Ất Tỵ", "1985, Ất Sửu", "2023, Quý Mão", "1900, Canh Tý"})
  void yearName_isTheSexagenaryName(int year, String name) {
    assertThat(LunarDate.of(year, 1, 1).yearName()).isEqualTo(name);
  }

  @Test
  void lunarDate_printsLeapMonthsWithAnL() {
    assertThat(new LunarDate(2025, 6, 1, true)).hasToString("2025-06L-01");
    assertThat(LunarDate.of(2026, 3, 10)).hasToString("2026-03-10");
  }

  @Test
  void forOffset_ofVietnam_isTheSharedInstance() {
    assertThat(LunisolarCalendar.forOffset(ZoneOffset.ofHours(7))).isSameAs(VIETNAM);
    assertThat(CHINA.offset()).isEqualTo(ZoneOffset.ofHours(8));
  }
}
