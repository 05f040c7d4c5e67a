package org.opendvc.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.opendvc.core.dossier.DossierCodeGenerator;
import org.opendvc.core.dossier.FileSequenceStore;
import org.opendvc.core.dossier.InMemorySequenceStore;
import org.opendvc.core.id.AgencyCode;
import org.opendvc.core.id.DossierCode;
import org.opendvc.core.time.WorkingCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dossier codes for one agency issued by four threads at once: {@link DossierCodeGenerator} over
 * {@link InMemorySequenceStore} and over {@link FileSequenceStore}, beside the least a correct
 * generator can do, one {@link AtomicInteger} whose value encodes the day and the number.
 *
 * <p>A day allows 9,999 codes, far fewer than a benchmark issues, so the clock moves on one day
 * every {@value #PER_DAY} readings (itself an atomic counter, shared by the threads); the baseline
 * moves its day the same way. State is fresh for every iteration so the days stay within the years
 * a code can write. Simulated days pass every fraction of a millisecond, so a thread descheduled
 * for a few milliseconds comes back with a "day" older than the default week the in-memory store
 * keeps (which it rightly refuses); the benchmark's store keeps a century instead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Threads(4)
@Fork(1)
public class DossierCodeBenchmark {
  /** Codes per simulated day. */
  static final int PER_DAY = 9000;

  static final AgencyCode AGENCY = AgencyCode.of("000.00.00.H56");
  static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

  DossierCodeGenerator inMemory;
  DossierCodeGenerator file;
  Path folder;
  AtomicInteger counter;

  /** A clock that moves on one day every {@value #PER_DAY} readings. */
  static final class DayClock extends Clock {
    private final AtomicLong readings = new AtomicLong();
    private final Instant first =
        FIRST_DAY.atTime(9, 0).atZone(WorkingCalendar.VIETNAM).toInstant();

    @Override
    public ZoneId getZone() {
      return WorkingCalendar.VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
      return first.plusSeconds(86_400L * (readings.getAndIncrement() / PER_DAY));
    }
  }

  @Setup(Level.Iteration)
  public void fresh() throws IOException {
    inMemory = new DossierCodeGenerator(new InMemorySequenceStore(36_500), new DayClock());
    folder = Files.createTempDirectory("opendvc-codes");
    file =
        new DossierCodeGenerator(new FileSequenceStore(folder.resolve("seq.txt")), new DayClock());
    counter = new AtomicInteger();
  }

  @TearDown(Level.Iteration)
  public void clean() throws IOException {
    try (var files = Files.list(folder)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(folder);
  }

  /** OpenDVC, sequences in memory. */
  @Benchmark
  public DossierCode inMemoryStore() {
    return inMemory.next(AGENCY);
  }

  /** OpenDVC, sequences in a file forced to disk before each code is returned. */
  @Benchmark
  public DossierCode fileStore() {
    return file.next(AGENCY);
  }

  /** Baseline: one atomic counter encoding day and number. */
  @Benchmark
  public DossierCode atomicIntegerBaseline() {
    int n = counter.getAndIncrement();
    return DossierCode.of(AGENCY, FIRST_DAY.plusDays(n / PER_DAY), n % PER_DAY + 1);
  }
}
