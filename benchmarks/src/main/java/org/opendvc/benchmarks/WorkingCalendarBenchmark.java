package org.opendvc.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.opendvc.core.time.Holiday;
import org.opendvc.core.time.HolidaySchedule;
import org.opendvc.core.time.SwappedWorkingDay;
import org.opendvc.core.time.WorkingCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Due dates of dossiers received in December 2025, {@code workingDays} working days later, so that
 * every count crosses New Year's Day and its swapped Friday and the longer ones Tết 2026. {@link
 * WorkingCalendar#addWorkingDays(LocalDateTime, int)} beside the usual hand-written loop (one day
 * at a time against a {@code HashSet} of the same holidays, giving the same answers) and beside
 * {@code LocalDate.plusDays}, which ignores weekends and holidays (wrong, but the floor).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorkingCalendarBenchmark {
  @Param({"5", "30", "120"})
  int workingDays;

  int receipts = 1024;

  LocalDateTime[] receivedAt;
  WorkingCalendar calendar;
  Set<LocalDate> daysOff;
  Set<LocalDate> saturdaysWorked;
  LocalTime closing;
  int next;

  @Setup
  public void generate() {
    calendar = WorkingCalendar.standard();
    closing = calendar.officeHours().closing();
    daysOff = new HashSet<>();
    saturdaysWorked = new HashSet<>();
    for (int year = 2025; year <= 2027; year++) {
      HolidaySchedule schedule = calendar.schedule(year);
      schedule.holidays().stream().map(Holiday::date).forEach(daysOff::add);
      schedule.workingDays().stream().map(SwappedWorkingDay::date).forEach(saturdaysWorked::add);
    }
    Random random = new Random(42);
    receivedAt = new LocalDateTime[receipts];
    for (int i = 0; i < receipts; i++) {
      receivedAt[i] =
          LocalDateTime.of(2025, 12, 26 + random.nextInt(6), 0, 0)
              .plusMinutes(random.nextInt(24 * 60));
    }
  }

  private LocalDateTime nextReceipt() {
    LocalDateTime receipt = receivedAt[next];
    next = (next + 1) & (receipts - 1);
    return receipt;
  }

  /** OpenDVC: the working calendar. */
  @Benchmark
  public LocalDate workingCalendar() {
    return calendar.addWorkingDays(nextReceipt(), workingDays);
  }

  /** Baseline: one day at a time, checking a HashSet of days off; the same answers. */
  @Benchmark
  public LocalDate hashSetLoop() {
    LocalDateTime receipt = nextReceipt();
    LocalDate day = receipt.toLocalDate();
    if (!isWorkingDay(day) || receipt.toLocalTime().isAfter(closing)) {
      day = nextWorkingDay(day);
    }
    for (int i = 0; i < workingDays; i++) {
      day = nextWorkingDay(day);
    }
    return day;
  }

  /** Floor: calendar days, ignoring weekends and holidays (wrong answers, least work). */
  @Benchmark
  public LocalDate plusDaysIgnoringHolidays() {
    return nextReceipt().toLocalDate().plusDays(workingDays);
  }

  private LocalDate nextWorkingDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (!isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  private boolean isWorkingDay(LocalDate day) {
    DayOfWeek weekday = day.getDayOfWeek();
    boolean restDay = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    return (!restDay || saturdaysWorked.contains(day)) && !daysOff.contains(day);
  }

  /** Every receipt's due date by {@code method}, for checking the methods agree. */
  List<LocalDate> all(java.util.function.Supplier<LocalDate> method) {
    next = 0;
    List<LocalDate> dates = new ArrayList<>(receipts);
    for (int i = 0; i < receipts; i++) {
      dates.add(method.get());
    }
    return dates;
  }
}
