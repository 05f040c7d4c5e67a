package org.opendvc.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs each benchmark method, so a broken benchmark fails the build, and checks the baseline. */
class WorkingCalendarBenchmarkTest {
  @Test
  void workingCalendarAndTheHashSetLoop_giveTheSameDueDates() {
    for (int workingDays : new int[] {0, 5, 30, 120}) {
      WorkingCalendarBenchmark benchmark = new WorkingCalendarBenchmark();
      benchmark.workingDays = workingDays;
      benchmark.receipts = 256;
      benchmark.generate();
      List<LocalDate> calendar = benchmark.all(benchmark::workingCalendar);
      assertThat(benchmark.all(benchmark::hashSetLoop)).isEqualTo(calendar);
      if (workingDays > 0) {
        // Every count crosses the year boundary.
        assertThat(calendar).allMatch(d -> d.getYear() == 2026);
        assertThat(benchmark.all(benchmark::plusDaysIgnoringHolidays)).isNotEqualTo(calendar);
      }
    }
  }
}
