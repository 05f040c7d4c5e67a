package org.opendvc.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opendvc.rules.Outcome;

/** Runs each benchmark method once, so a broken benchmark fails the build. */
class EligibilityBenchmarkTest {
  @Test
  void benchmarkMethods_runAndAgree() {
    EligibilityBenchmark benchmark = new EligibilityBenchmark();
    benchmark.procedures = 10;
    benchmark.setUp();
    try {
      for (int i = 0; i < 10; i++) {
        assertThat(benchmark.rulesEngine()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(benchmark.handWritten()).isEqualTo(Outcome.ELIGIBLE);
      }
      assertThat(benchmark.engineCreationToFirstDecision()).isEqualTo(Outcome.ELIGIBLE);
    } finally {
      benchmark.tearDown();
    }
  }
}
