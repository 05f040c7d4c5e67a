package org.opendvc.benchmarks;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.concurrent.TimeUnit;
import org.opendvc.core.dossier.Dossier;
import org.opendvc.core.scorecard.MetricCode;
import org.opendvc.core.scorecard.ScorePeriod;
import org.opendvc.core.scorecard.Scorecard;
import org.opendvc.core.scorecard.ScorecardAccumulator;
import org.opendvc.core.time.WorkingCalendar;
import org.opendvc.testkit.synthetic.SyntheticCatalog;
import org.opendvc.testkit.synthetic.SyntheticDossiers;
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
 * The Decision 766 scorecard of the first quarter of 2026 over {@code dossiers} generated dossiers
 * (one million by default): {@link ScorecardAccumulator}'s single pass beside {@link
 * NaiveScorecard}, one filter per numerator and denominator over a list.
 *
 * <p>Memory: a million dossiers of about 40 objects each would not fit the default heap of a small
 * machine, so the list is compact: {@code pool} distinct dossiers (10,000, generated once by {@link
 * SyntheticDossiers}, seed 42) repeated to the size asked for. Every pass reads every element, so
 * the work per dossier is real; what the repetition saves is memory, and some cache misses.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ScorecardBenchmark {
  static final ScorePeriod PERIOD = ScorePeriod.quarter(2026, 1);

  @Param({"1000000"})
  int dossiers;

  int pool = 10_000;

  List<Dossier> list;

  @Setup
  public void generate() {
    List<Dossier> distinct =
        SyntheticDossiers.builder(SyntheticCatalog.generate(20, 7))
            .seed(42)
            .window(LocalDate.of(2025, 12, 1), 121)
            .build()
            .generate(pool);
    Dossier[] array = distinct.toArray(Dossier[]::new);
    int size = dossiers;
    list = new Repeated(array, size);
  }

  /** {@code pool} dossiers repeated to {@code size}, without copies. */
  private static final class Repeated extends AbstractList<Dossier> implements RandomAccess {
    private final Dossier[] pool;
    private final int size;

    Repeated(Dossier[] pool, int size) {
      this.pool = pool;
      this.size = size;
    }

    @Override
    public Dossier get(int index) {
      return pool[index % pool.length];
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** OpenDVC: one pass, counters only. */
  @Benchmark
  public Scorecard singlePass() {
    ScorecardAccumulator accumulator = ScorecardAccumulator.builder(PERIOD).build();
    for (int i = 0; i < list.size(); i++) {
      accumulator.accept(list.get(i));
    }
    return accumulator.result();
  }

  /** Baseline: a filter per numerator and denominator, over lists. */
  @Benchmark
  public Map<MetricCode, long[]> naiveMultiPass() {
    return new NaiveScorecard(
            PERIOD.start(WorkingCalendar.VIETNAM), PERIOD.end(WorkingCalendar.VIETNAM))
        .compute(list);
  }
}
