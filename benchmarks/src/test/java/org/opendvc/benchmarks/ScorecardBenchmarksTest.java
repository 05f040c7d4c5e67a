package org.opendvc.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendvc.core.scorecard.MetricCode;
import org.opendvc.core.scorecard.MetricScore;
import org.opendvc.core.scorecard.Scorecard;

/** Runs each scorecard benchmark method once, small, and checks the baseline counts the same. */
class ScorecardBenchmarksTest {
  @Test
  void singlePassAndTheNaiveBaseline_countTheSame() {
    ScorecardBenchmark benchmark = new ScorecardBenchmark();
    benchmark.pool = 400;
    benchmark.dossiers = 1000;
    benchmark.generate();

    Scorecard card = benchmark.singlePass();
    Map<MetricCode, long[]> naive = benchmark.naiveMultiPass();

    assertThat(naive).hasSize(10);
    naive.forEach(
        (code, counts) -> {
          MetricScore metric = card.metric(code);
          assertThat(counts[0]).as("numerator of %s", code).isEqualTo(metric.numerator());
          assertThat(counts[1]).as("denominator of %s", code).isEqualTo(metric.denominator());
        });
    assertThat(card.metric(MetricCode.DVC_PROGRESS).denominator()).isPositive();
    assertThat(card.dossiersRead()).isEqualTo(1000);
  }

  @Test
  void fileBenchmark_readsEveryLine() throws Exception {
    ScorecardFileBenchmark benchmark = new ScorecardFileBenchmark();
    benchmark.dossiers = 200;
    benchmark.write();
    try {
      assertThat(benchmark.scorecardFromFile().dossiersRead()).isEqualTo(200);
      assertThat(benchmark.parseJsonOnly()).isGreaterThan(200 * 5);
      assertThat(benchmark.readLinesOnly()).isGreaterThan(200 * 500);
    } finally {
      benchmark.delete();
    }
  }

  @Test
  void codeBenchmarks_issueCodesOfTheAgency() throws Exception {
    DossierCodeBenchmark benchmark = new DossierCodeBenchmark();
    benchmark.fresh();
    try {
      assertThat(benchmark.inMemoryStore().value()).isEqualTo("000.00.00.H56-260101-0001");
      assertThat(benchmark.fileStore().value()).isEqualTo("000.00.00.H56-260101-0001");
      assertThat(benchmark.atomicIntegerBaseline().value()).isEqualTo("000.00.00.H56-260101-0001");
      for (int i = 1; i < DossierCodeBenchmark.PER_DAY; i++) {
        benchmark.inMemoryStore();
        benchmark.atomicIntegerBaseline();
      }
      assertThat(benchmark.inMemoryStore().value()).isEqualTo("000.00.00.H56-260102-0001");
      assertThat(benchmark.atomicIntegerBaseline().value()).isEqualTo("000.00.00.H56-260102-0001");
    } finally {
      benchmark.clean();
    }
  }
}
