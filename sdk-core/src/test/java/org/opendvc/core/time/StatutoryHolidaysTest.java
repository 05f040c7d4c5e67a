package org.opendvc.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatutoryHolidaysTest {
  private static final Set<DayOfWeek> WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  private static final StatutoryHolidays LAW = StatutoryHolidays.standard();

  private static HolidaySchedule computed(int year) {
    return LAW.schedule(year, WEEKEND).orElseThrow();
  }

  private static List<LocalDate> daysOffIn(int year, Month month) {
    return computed(year).holidays().stream()
        .map(Holiday::date)
        .filter(d -> d.getMonth() == month)
        .toList();
  }

  private static List<LocalDate> range(String first, String last) {
    return Stream.iterate(
            LocalDate.parse(first), d -> !d.isAfter(LocalDate.parse(last)), d -> d.plusDays(1))
        .toList();
  }

  /**
   * The Tết days off the government announced, each a run of five Tết days plus compensation for
   * those on a weekend. 2020: 23–29 January (Notice 4544/TB-LĐTBXH); 2021: 10–16 February; 2022: 31
   * January–4 February (publicholidays.vn); 2023: 20–26 January (Deputy PM Vũ Đức Đam's approval,
   * pld.net.vn); 2024: 8–14 February (8662/VPCP-KGVX, kkt-kontum.com); 2025: 27–31 January
   * (8726/VPCP-KGVX); 2026: 16–20 February (9441/TB-BNV).
   */
  @ParameterizedTest(name = "Tết {0}: {1} to {2}")
  @CsvSource({
    "2020, 2020-01-23, 2020-01-29",
    "2021, 2021-02-10, 2021-02-16",
    "2022, 2022-01-31, 2022-02-04",
    "2023, 2023-01-20, 2023-01-26",
    "2024, 2024-02-08, 2024-02-14",
    "2025, 2025-01-27, 2025-01-31",
    "2026, 2026-02-16, 2026-02-20"
  })
  void tet_2020to2026_givesTheDaysTheGovernmentChose(int year, String first, String last) {
    List<LocalDate> tet =
        computed(year).holidays().stream()
            .map(Holiday::date)
            .filter(d -> d.getMonthValue() <= 2 && d.isAfter(LocalDate.of(year, 1, 15)))
            .toList();
    assertThat(tet).containsExactlyElementsOf(range(first, last));
  }

  @Test
  void tet_onAWeekend_givesCompensatoryDaysAfterTheRun() {
    // Tết 2020 fell on Saturday 25 January: the 1st and 2nd days were made up on 28 and 29.
    HolidaySchedule year2020 = computed(2020);
    assertThat(year2020.holidayOn(LocalDate.of(2020, 1, 25)).orElseThrow().kind())
        .isEqualTo(HolidayKind.STATUTORY);
    assertThat(year2020.holidays())
        .filteredOn(h -> h.kind() == HolidayKind.COMPENSATORY)
        .extracting(Holiday::date)
        .containsExactly(LocalDate.of(2020, 1, 28), LocalDate.of(2020, 1, 29));
  }

  @Test
  void tetDays_areNamedByTheirLunarDate() {
    assertThat(computed(2026).holidayOn(LocalDate.of(2026, 2, 16)).orElseThrow().name().vi())
        .isEqualTo("Tết Âm lịch (29 tháng Chạp)");
    assertThat(computed(2026).holidayOn(LocalDate.of(2026, 2, 17)).orElseThrow().name().vi())
        .isEqualTo("Tết Âm lịch (mùng 1 tháng Giêng)");
  }

  /**
   * The day next to National Day: 2021 3 Sep; 2022 1 Sep; 2023 1 Sep and Monday 4 Sep for the 2nd
   * on a Saturday (vietnaminsider.vn); 2024 3 Sep (kkt-kontum.com); 2025 1 Sep (6150/TB-BLĐTBXH);
   * 2026 1 Sep (9441/TB-BNV).
   */
  @ParameterizedTest(name = "National Day {0}: {1}")
  @CsvSource({
    "2021, 2021-09-02;2021-09-03",
    "2022, 2022-09-01;2022-09-02",
    "2023, 2023-09-01;2023-09-02;2023-09-04",
    "2024, 2024-09-02;2024-09-03",
    "2025, 2025-09-01;2025-09-02",
    "2026, 2026-09-01;2026-09-02"
  })
  void nationalDay_fromTheLabourCode2019_hasAnAdjacentDay(int year, String days) {
    assertThat(daysOffIn(year, Month.SEPTEMBER))
        .containsExactlyElementsOf(Stream.of(days.split(";")).map(LocalDate::parse).toList());
  }

  @Test
  void nationalDay_underTheLabourCode2012_isOneDay() {
    assertThat(daysOffIn(2020, Month.SEPTEMBER)).containsExactly(LocalDate.of(2020, 9, 2));
  }

  @Test
  void holidaysOnAWeekend_giveTheNextWorkingDays() {
    // 2022: Hùng Kings' Day on Sunday 10 April; 30 April and 1 May on Saturday and Sunday.
    assertThat(daysOffIn(2022, Month.APRIL))
        .containsExactly(
            LocalDate.of(2022, 4, 10), LocalDate.of(2022, 4, 11), LocalDate.of(2022, 4, 30));
    assertThat(daysOffIn(2022, Month.MAY))
        .containsExactly(
            LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 2), LocalDate.of(2022, 5, 3));
    // 2023: New Year's Day on a Sunday.
    assertThat(daysOffIn(2023, Month.JANUARY))
        .startsWith(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 2));
    assertThat(computed(2023).holidayOn(LocalDate.of(2023, 1, 2)).orElseThrow().name().en())
        .isEqualTo("Compensatory day off for New Year's Day");
  }

  @Test
  void compensatoryDays_dependOnTheAgencysRestDays() {
    // An agency that rests on Sunday only works Saturday 30 April 2022: no day back for it.
    HolidaySchedule sundayOnly = LAW.schedule(2022, Set.of(DayOfWeek.SUNDAY)).orElseThrow();
    assertThat(sundayOnly.holidays())
        .filteredOn(h -> h.date().getMonth() == Month.MAY)
        .extracting(Holiday::date)
        .containsExactly(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 2));
  }

  @Test
  void computedDefault_of2025and2026_isTheOfficialScheduleWithoutItsSwaps() {
    for (int year : new int[] {2025, 2026}) {
      HolidaySchedule official = OfficialSchedules.standard().schedule(year).orElseThrow();
      assertThat(computed(year).holidays())
          .as("%d", year)
          .usingRecursiveFieldByFieldElementComparatorIgnoringFields("name")
          .containsExactlyElementsOf(
              official.holidays().stream().filter(h -> h.kind() != HolidayKind.SWAPPED).toList());
      assertThat(computed(year).workingDays()).isEmpty();
    }
  }

  @Test
  void computedDefault_namesEachDayAsTheOfficialFilesDo() {
    HolidaySchedule official = OfficialSchedules.standard().schedule(2026).orElseThrow();
    for (Holiday holiday : computed(2026).holidays()) {
      assertThat(official.holidayOn(holiday.date()).orElseThrow().name()).isEqualTo(holiday.name());
    }
  }

  @Test
  void everyCoveredYear_hasTheLawsNumberOfHolidays() {
    for (int year = StatutoryHolidays.FIRST_YEAR; year <= StatutoryHolidays.LAST_YEAR; year++) {
      long statutory =
          computed(year).holidays().stream().filter(h -> h.kind() == HolidayKind.STATUTORY).count();
      assertThat(statutory).as("%d", year).isEqualTo(year >= 2021 ? 11 : 10);
      assertThat(computed(year).isOfficial()).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1999, 2013, 2101})
  void schedule_outsideTheCoveredYears_isEmpty(int year) {
    assertThat(LAW.schedule(year, WEEKEND)).isEmpty();
  }

  @Test
  void fixedDays_areTheSixDaysTheLawDates() {
    assertThat(StatutoryHolidays.fixedDays(2026))
        .extracting(Holiday::date)
        .containsExactly(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 2, 17),
            LocalDate.of(2026, 4, 26),
            LocalDate.of(2026, 4, 30),
            LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 9, 2));
  }
}
