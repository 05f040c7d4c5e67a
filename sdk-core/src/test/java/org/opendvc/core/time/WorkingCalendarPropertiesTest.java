package org.opendvc.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The algebra of working-day and working-hour arithmetic, over 2015–2095. */
class WorkingCalendarPropertiesTest {
  private static final WorkingCalendar CALENDAR = WorkingCalendar.standard();

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(2015, 1, 1).toEpochDay(), LocalDate.of(2095, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<LocalDateTime> receipts() {
    return Arbitraries.longs()
        .between(
            LocalDateTime.of(2015, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC),
            LocalDateTime.of(2095, 12, 31, 23, 59).toEpochSecond(ZoneOffset.UTC))
        .map(s -> LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC));
  }

  @Provide
  Arbitrary<Instant> instants() {
    return receipts().map(t -> t.atZone(WorkingCalendar.VIETNAM).toInstant());
  }

  @Property(tries = 300)
  void addWorkingDays_isAWorkingDayNotBeforeTheReceipt(
      @ForAll("receipts") LocalDateTime receivedAt, @ForAll @IntRange(max = 400) int n) {
    LocalDate due = CALENDAR.addWorkingDays(receivedAt, n);
    assertThat(CALENDAR.isWorkingDay(due)).isTrue();
    assertThat(due).isAfterOrEqualTo(receivedAt.toLocalDate());
    assertThat(due).isAfterOrEqualTo(CALENDAR.receiptDay(receivedAt));
  }

  @Property(tries = 300)
  void addWorkingDays_isStrictlyIncreasingInN(
      @ForAll("dates") LocalDate receivedOn, @ForAll @IntRange(max = 400) int n) {
    assertThat(CALENDAR.addWorkingDays(receivedOn, n + 1))
        .isAfter(CALENDAR.addWorkingDays(receivedOn, n));
  }

  @Property(tries = 300)
  void workingDaysBetween_invertsAddWorkingDays(
      @ForAll("receipts") LocalDateTime receivedAt, @ForAll @IntRange(max = 400) int n) {
    LocalDate receiptDay = CALENDAR.receiptDay(receivedAt);
    assertThat(CALENDAR.workingDaysBetween(receiptDay, CALENDAR.addWorkingDays(receivedAt, n)))
        .isEqualTo(n);
  }

  @Property(tries = 300)
  void workingDaysBetween_addsUpAndIsAntisymmetric(
      @ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b, @ForAll("dates") LocalDate c) {
    assertThat(CALENDAR.workingDaysBetween(a, b) + CALENDAR.workingDaysBetween(b, c))
        .isEqualTo(CALENDAR.workingDaysBetween(a, c));
    assertThat(CALENDAR.workingDaysBetween(a, b)).isEqualTo(-CALENDAR.workingDaysBetween(b, a));
  }

  @Property(tries = 300)
  void nextWorkingDay_isOneWorkingDayLater(@ForAll("dates") LocalDate date) {
    LocalDate next = CALENDAR.nextWorkingDay(date);
    assertThat(CALENDAR.isWorkingDay(next)).isTrue();
    assertThat(CALENDAR.workingDaysBetween(date, next)).isEqualTo(1);
  }

  @Property(tries = 300)
  void addWorkingHours_endsWithinOfficeHoursNotBeforeTheStart(
      @ForAll("instants") Instant start, @ForAll @IntRange(max = 200) int hours) {
    Instant end = CALENDAR.addWorkingHours(start, hours);
    assertThat(CALENDAR.isWithinOfficeHours(end)).isTrue();
    assertThat(end).isAfterOrEqualTo(start);
  }

  @Property(tries = 300)
  void addWorkingTime_isAdditive(
      @ForAll("instants") Instant start,
      @ForAll @IntRange(max = 3000) int firstMinutes,
      @ForAll @IntRange(max = 3000) int secondMinutes) {
    Duration first = Duration.ofMinutes(firstMinutes);
    Duration second = Duration.ofMinutes(secondMinutes);
    assertThat(CALENDAR.addWorkingTime(CALENDAR.addWorkingTime(start, first), second))
        .isEqualTo(CALENDAR.addWorkingTime(start, first.plus(second)));
  }

  @Property(tries = 200)
  void addWorkingHours_ofWholeDays_landsAtTheSameTimeOnTheMatchingWorkingDay(
      @ForAll("dates") LocalDate date, @ForAll @IntRange(min = 1, max = 60) int days) {
    LocalDate day = CALENDAR.receiptDay(date);
    Instant tenAm = day.atTime(10, 0).atZone(WorkingCalendar.VIETNAM).toInstant();
    Instant end = CALENDAR.addWorkingHours(tenAm, 8L * days);
    assertThat(end)
        .isEqualTo(
            CALENDAR
                .addWorkingDays(day, days)
                .atTime(10, 0)
                .atZone(WorkingCalendar.VIETNAM)
                .toInstant());
  }

  @Property(tries = 300)
  void workingTimeBetween_invertsAddWorkingTime(
      @ForAll("instants") Instant start, @ForAll @IntRange(max = 20_000) int minutes) {
    Duration amount = Duration.ofMinutes(minutes);
    assertThat(CALENDAR.workingTimeBetween(start, CALENDAR.addWorkingTime(start, amount)))
        .isEqualTo(amount);
  }

  @Property(tries = 300)
  void workingTimeBetween_addsUpAcrossAMiddleInstant(
      @ForAll("instants") Instant a, @ForAll("instants") Instant b, @ForAll("instants") Instant c) {
    Instant[] sorted = java.util.stream.Stream.of(a, b, c).sorted().toArray(Instant[]::new);
    assertThat(
            CALENDAR
                .workingTimeBetween(sorted[0], sorted[1])
                .plus(CALENDAR.workingTimeBetween(sorted[1], sorted[2])))
        .isEqualTo(CALENDAR.workingTimeBetween(sorted[0], sorted[2]));
    assertThat(CALENDAR.workingTimeBetween(sorted[2], sorted[0])).isZero();
  }
}
