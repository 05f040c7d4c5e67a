package org.opendvc.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs each benchmark method once, so a broken benchmark fails the build. */
class IdentifierBenchmarkTest {
  @Test
  void benchmarkMethods_acceptEveryGeneratedValue() {
    IdentifierBenchmark benchmark = new IdentifierBenchmark();
    benchmark.generate();

    assertThat(benchmark.personalIdRegex()).isEqualTo(IdentifierBenchmark.BATCH);
    assertThat(benchmark.personalIdParse()).isEqualTo(IdentifierBenchmark.BATCH);
    assertThat(benchmark.taxCodeRegex()).isEqualTo(IdentifierBenchmark.BATCH);
    assertThat(benchmark.taxCodeParse()).isEqualTo(IdentifierBenchmark.BATCH);
    assertThat(benchmark.phoneRegex()).isEqualTo(IdentifierBenchmark.BATCH);
    assertThat(benchmark.phoneParse()).isEqualTo(IdentifierBenchmark.BATCH);
  }
}
