package org.opendvc.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {
  private static final WorkingCalendar CALENDAR = WorkingCalendar.standard();

  private static LocalDateTime at(String localDateTime) {
    return LocalDateTime.parse(localDateTime);
  }

  /** An instant written in Vietnam's local time. */
  private static Instant vn(String localDateTime) {
    return OffsetDateTime.parse(localDateTime + "+07:00").toInstant();
  }

  @Test
  void isWorkingDay_followsTheOfficialSchedule() {
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 2, 17))).as("Tết").isFalse();
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 4, 27))).as("compensatory").isFalse();
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 1, 2))).as("swapped day off").isFalse();
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 1, 10))).as("Saturday worked").isTrue();
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 1, 17))).as("Saturday").isFalse();
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 1, 12))).as("Monday").isTrue();
  }

  @Test
  void holidays_ofAYearWithAnOfficialSchedule_areThatSchedules() {
    assertThat(CALENDAR.holidays(2026))
        .isEqualTo(OfficialSchedules.standard().schedule(2026).orElseThrow().holidays());
    assertThat(CALENDAR.schedule(2026).isOfficial()).isTrue();
    assertThat(CALENDAR.holidayOn(LocalDate.of(2026, 4, 27)).orElseThrow().kind())
        .isEqualTo(HolidayKind.COMPENSATORY);
    assertThat(CALENDAR.holidayOn(LocalDate.of(2026, 4, 28))).isEmpty();
  }

  @Test
  void holidays_ofALaterYear_areComputedFromTheLabourCode() {
    assertThat(CALENDAR.schedule(2027).isOfficial()).isFalse();
    assertThat(CALENDAR.holidays(2027))
        .extracting(Holiday::date)
        .contains(LocalDate.of(2027, 2, 6));
  }

  @Test
  void addWorkingDays_acrossTet_skipsTheWholeHoliday() {
    // Received Friday 13 February 2026; 14-22 February are off (Tết 16-20 and two weekends).
    assertThat(CALENDAR.addWorkingDays(at("2026-02-13T10:00"), 3)).isEqualTo("2026-02-25");
  }

  @Test
  void addWorkingDays_acrossTheYearBoundary_skipsNewYearAndItsSwap() {
    // 1 January 2026 is New Year's Day, Friday 2 January is swapped for Saturday 10 January.
    assertThat(CALENDAR.addWorkingDays(at("2025-12-31T09:00"), 2)).isEqualTo("2026-01-06");
    assertThat(CALENDAR.addWorkingDays(at("2025-12-29T09:00"), 10)).isEqualTo("2026-01-13");
  }

  @Test
  void addWorkingDays_countsASaturdayWorkedInExchange() {
    assertThat(CALENDAR.addWorkingDays(at("2026-01-09T10:00"), 1)).isEqualTo("2026-01-10");
  }

  @ParameterizedTest(name = "received {0}: receipt day {1}, one working day later {2}")
  @CsvSource({
    "2026-03-03T10:00, 2026-03-03, 2026-03-04", // during office hours
    "2026-03-03T06:00, 2026-03-03, 2026-03-04", // before opening
    "2026-03-03T12:30, 2026-03-03, 2026-03-04", // lunch break
    "2026-03-03T17:00, 2026-03-03, 2026-03-04", // at closing
    "2026-03-03T17:30, 2026-03-04, 2026-03-05", // after closing
    "2026-03-06T20:00, 2026-03-09, 2026-03-10", // Friday night
    "2026-03-07T10:00, 2026-03-09, 2026-03-10", // Saturday
    "2026-04-30T09:00, 2026-05-04, 2026-05-05", // Victory Day, then Labour Day and a weekend
    "2026-02-15T10:00, 2026-02-23, 2026-02-24" // during Tết
  })
  void receiptDay_andTheDueDateOfOneWorkingDay(
      LocalDateTime received, LocalDate receiptDay, LocalDate dueInOneDay) {
    assertThat(CALENDAR.receiptDay(received)).isEqualTo(receiptDay);
    assertThat(CALENDAR.addWorkingDays(received, 0)).isEqualTo(receiptDay);
    assertThat(CALENDAR.addWorkingDays(received, 1)).isEqualTo(dueInOneDay);
  }

  @Test
  void addWorkingDays_zero_isTheWorkingDayOfReceipt() {
    assertThat(CALENDAR.addWorkingDays(LocalDate.of(2026, 3, 3), 0)).isEqualTo("2026-03-03");
    assertThat(CALENDAR.addWorkingDays(LocalDate.of(2026, 3, 7), 0)).isEqualTo("2026-03-09");
  }

  @Test
  void addWorkingDays_ofAnInstant_readsItInVietnamTime() {
    // 10:30 UTC is 17:30 in Hà Nội: after closing, so the receipt day is the next one.
    Instant received = Instant.parse("2026-03-03T10:30:00Z");
    assertThat(CALENDAR.receiptDay(received)).isEqualTo("2026-03-04");
    assertThat(CALENDAR.addWorkingDays(received, 1)).isEqualTo("2026-03-05");
  }

  @Test
  void addWorkingDays_negative_isRefused() {
    assertThatThrownBy(() -> CALENDAR.addWorkingDays(LocalDate.of(2026, 3, 3), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
  }

  @Test
  void workingDaysBetween_countsTheDaysAfterTheFirstUpToTheLast() {
    assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 25)))
        .isEqualTo(3);
    assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 2, 25), LocalDate.of(2026, 2, 13)))
        .isEqualTo(-3);
    assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 6)))
        .isEqualTo(2);
    assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3)))
        .isZero();
    // 2026 has 365 - 104 weekend days - 13 weekday days off + 2 Saturdays worked = 250.
    assertThat(CALENDAR.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31)))
        .isEqualTo(250);
  }

  @Test
  void nextWorkingDay_skipsRestDaysAndHolidays() {
    assertThat(CALENDAR.nextWorkingDay(LocalDate.of(2026, 4, 24))).isEqualTo("2026-04-28");
    assertThat(CALENDAR.nextWorkingDay(LocalDate.of(2026, 12, 31))).isEqualTo("2027-01-04");
  }

  @ParameterizedTest(name = "{0} + {1} h = {2}")
  @CsvSource({
    "2026-03-06T16:00, 8, 2026-03-09T16:00", // Friday afternoon over the weekend
    "2026-03-09T10:00, 3, 2026-03-09T14:00", // across lunch
    "2026-03-09T12:30, 1, 2026-03-09T14:00", // starting in the lunch break
    "2026-03-10T16:30, 1, 2026-03-11T08:30", // across the night
    "2026-02-13T15:00, 8, 2026-02-23T15:00", // across Tết
    "2026-01-09T16:00, 2, 2026-01-10T09:00", // into a Saturday worked in exchange
    "2026-03-09T08:00, 80, 2026-03-20T17:00", // ten whole days
    "2026-03-09T10:00, 0, 2026-03-09T10:00", // nothing to add, within office hours
    "2026-03-09T12:30, 0, 2026-03-09T13:00", // nothing to add, outside office hours
    "2026-03-09T12:00, 1, 2026-03-09T14:00" // from the end of the morning session
  })
  void addWorkingHours_countsOnlyOfficeHoursOfWorkingDays(
      String start, long hours, String expected) {
    assertThat(CALENDAR.addWorkingHours(vn(start), hours)).isEqualTo(vn(expected));
  }

  @Test
  void receiptConfirmationDeadline_isEightWorkingHoursAfterSubmission() {
    // Submitted on Saturday: the eight hours are all of Monday.
    Instant submitted = vn("2026-03-07T10:00");
    assertThat(CALENDAR.receiptConfirmationDeadline(submitted)).isEqualTo(vn("2026-03-09T17:00"));
    Instant tuesday = vn("2026-03-10T09:15");
    assertThat(CALENDAR.receiptConfirmationDeadline(tuesday))
        .isEqualTo(CALENDAR.addWorkingHours(tuesday, 8))
        .isEqualTo(vn("2026-03-11T09:15"));
  }

  @ParameterizedTest(name = "{0} to {1}: {2}")
  @CsvSource({
    "2026-03-09T10:00, 2026-03-09T11:30, PT1H30M", // Monday morning
    "2026-03-09T11:00, 2026-03-09T14:00, PT2H", // across the lunch break
    "2026-03-09T16:00, 2026-03-10T09:00, PT2H", // across the night
    "2026-03-06T16:00, 2026-03-09T09:00, PT2H", // Friday to Monday
    "2026-03-09T10:00, 2026-03-13T10:00, PT32H", // four working days
    "2026-02-13T16:00, 2026-02-23T09:00, PT2H", // the eve of Tết to the day after
    "2026-03-07T08:00, 2026-03-08T18:00, PT0S", // a weekend
    "2026-03-09T10:00, 2026-03-09T10:00, PT0S",
    "2026-03-09T11:00, 2026-03-09T10:00, PT0S" // backwards
  })
  void workingTimeBetween_countsOnlyOfficeHoursOfWorkingDays(
      String from, String to, Duration expected) {
    assertThat(CALENDAR.workingTimeBetween(vn(from), vn(to))).isEqualTo(expected);
  }

  @Test
  void addWorkingTime_worksToTheMinute() {
    assertThat(CALENDAR.addWorkingTime(vn("2026-03-09T11:45"), Duration.ofMinutes(30)))
        .isEqualTo(vn("2026-03-09T13:15"));
  }

  @Test
  void addWorkingHours_negative_isRefused() {
    assertThatThrownBy(() -> CALENDAR.addWorkingHours(vn("2026-03-09T10:00"), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> CALENDAR.addWorkingTime(vn("2026-03-09T10:00"), Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "2026-03-09T08:00, true",
    "2026-03-09T12:00, true",
    "2026-03-09T12:30, false",
    "2026-03-09T17:00, true",
    "2026-03-09T17:00:01, false",
    "2026-03-09T07:59, false",
    "2026-03-07T10:00, false", // Saturday
    "2026-01-10T10:00, true", // Saturday worked in exchange
    "2026-02-17T10:00, false" // Tết
  })
  void isWithinOfficeHours(String instant, boolean within) {
    assertThat(CALENDAR.isWithinOfficeHours(vn(instant))).isEqualTo(within);
  }

  @Test
  void endOfOfficeHours_isTheClosingTimeInVietnam() {
    assertThat(CALENDAR.endOfOfficeHours(LocalDate.of(2026, 3, 9)))
        .isEqualTo(vn("2026-03-09T17:00"));
  }

  @Test
  void aSchedulePassedAtRunTime_overridesTheComputedDefault() {
    HolidaySchedule ministry =
        OfficialSchedulesTest.readFixture("2027-ministry.json").orElseThrow();
    WorkingCalendar calendar =
        WorkingCalendar.builder()
            .holidaySources(
                OfficialSchedules.standard().with(ministry), StatutoryHolidays.standard())
            .build();
    LocalDate swapped = LocalDate.of(2027, 2, 11);
    assertThat(CALENDAR.isWorkingDay(swapped)).isTrue();
    assertThat(calendar.isWorkingDay(swapped)).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
    assertThat(calendar.schedule(2027)).isSameAs(ministry);
    assertThat(calendar.schedule(2026)).isEqualTo(CALENDAR.schedule(2026));
  }

  @Test
  void anAgencyThatWorksSaturdays_getsTheLabourCodeDaysWithoutTheSwaps() {
    WorkingCalendar sundayOnly =
        WorkingCalendar.builder().weeklyRestDays(Set.of(DayOfWeek.SUNDAY)).build();
    assertThat(sundayOnly.isWorkingDay(LocalDate.of(2026, 3, 7))).as("Saturday").isTrue();
    assertThat(sundayOnly.isWorkingDay(LocalDate.of(2026, 1, 2))).as("no swap").isTrue();
    assertThat(sundayOnly.isWorkingDay(LocalDate.of(2026, 4, 27))).as("compensatory").isFalse();
    assertThat(sundayOnly.schedule(2026).isOfficial()).isFalse();
  }

  @Test
  void officeHours_areConfigurable() {
    WorkingCalendar early =
        WorkingCalendar.builder().officeHours(OfficeHours.parse("07:30-11:30,13:30-17:30")).build();
    assertThat(early.addWorkingHours(vn("2026-03-09T11:00"), 1)).isEqualTo(vn("2026-03-09T14:00"));
    assertThat(early.receiptDay(at("2026-03-09T17:15"))).isEqualTo("2026-03-09");
    assertThat(CALENDAR.receiptDay(at("2026-03-09T17:15"))).isEqualTo("2026-03-10");
  }

  @Test
  void zone_decidesHowInstantsAreRead() {
    WorkingCalendar utc = WorkingCalendar.builder().zone(ZoneId.of("UTC")).build();
    Instant instant = Instant.parse("2026-03-03T10:30:00Z");
    assertThat(utc.receiptDay(instant)).isEqualTo("2026-03-03");
    assertThat(CALENDAR.receiptDay(instant)).isEqualTo("2026-03-04");
  }

  @Test
  void aYearNoSourceCovers_isRefusedWithTheWayOut() {
    WorkingCalendar officialOnly =
        WorkingCalendar.builder().holidaySources(OfficialSchedules.standard()).build();
    assertThat(officialOnly.isWorkingDay(LocalDate.of(2026, 3, 9))).isTrue();
    assertThatThrownBy(() -> officialOnly.isWorkingDay(LocalDate.of(2027, 3, 9)))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("No holiday source covers 2027")
        .hasMessageContaining("HolidaySource");
    assertThatThrownBy(() -> CALENDAR.isWorkingDay(LocalDate.of(2013, 3, 9)))
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> CALENDAR.isWorkingDay(LocalDate.of(2101, 1, 3)))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("1900..2100");
  }

  @Test
  void builder_refusesSettingsThatLeaveNoWork() {
    assertThatThrownBy(
            () -> WorkingCalendar.builder().weeklyRestDays(Set.of(DayOfWeek.values())).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkingCalendar.builder().holidaySources(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toBuilder_keepsTheSettings() {
    WorkingCalendar custom =
        WorkingCalendar.builder()
            .weeklyRestDays(Set.of(DayOfWeek.SUNDAY))
            .officeHours(OfficeHours.parse("07:00-11:00"))
            .build();
    WorkingCalendar copy = custom.toBuilder().build();
    assertThat(copy.weeklyRestDays()).containsExactly(DayOfWeek.SUNDAY);
    assertThat(copy.officeHours()).isEqualTo(custom.officeHours());
    assertThat(copy.zone()).isEqualTo(WorkingCalendar.VIETNAM);
    assertThat(copy.holidaySources()).isEqualTo(custom.holidaySources());
    assertThat(custom.toString()).contains("SUNDAY").contains("07:00-11:00");
  }
}
