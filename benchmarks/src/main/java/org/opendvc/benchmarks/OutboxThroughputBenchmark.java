package org.opendvc.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.opendvc.client.DvcqgClient;
import org.opendvc.client.outbox.Outbox;
import org.opendvc.client.wire.ProgressRecord;
import org.opendvc.client.wire.WireFormat;
import org.opendvc.core.dossier.DossierStatus;
import org.opendvc.testkit.simulator.PortalSimulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Accepting a batch of ten progress steps into the outbox (dedup checks, framing, CRC, one fsync)
 * beside appending the same JSON to a file and forcing it to disk, which is the floor any durable
 * outbox pays. Nothing is delivered: the outbox is not started.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class OutboxThroughputBenchmark {
  static final int BATCH = 10;
  Path dir;
  PortalSimulator portal;
  DvcqgClient client;
  Outbox outbox;
  FileChannel raw;
  long counter;

  @Setup(Level.Trial)
  public void open() throws IOException {
    dir = Files.createTempDirectory("outbox-bench");
    portal = PortalSimulator.builder().procedures(1).population(1).start();
    client = DvcqgClient.create(portal.clientConfig().build());
    outbox = Outbox.builder(dir.resolve("outbox"), client).build();
    raw =
        FileChannel.open(
            dir.resolve("raw"),
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.APPEND);
  }

  @TearDown(Level.Trial)
  public void close() throws IOException {
    outbox.close();
    client.close();
    portal.close();
    raw.close();
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private ProgressRecord step(long n) {
    return ProgressRecord.of(
        String.format("H56.14-260312-%04d", n % 10_000),
        Instant.ofEpochSecond(1_700_000_000L + n),
        DossierStatus.PROCESSING,
        "Bước " + n);
  }

  /** Baseline: the steps' JSON appended and forced, one fsync per batch. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public long rawAppendAndForce() throws IOException {
    StringBuilder batch = new StringBuilder();
    for (int i = 0; i < BATCH; i++) {
      batch.append(WireFormat.toJson(step(counter++))).append('\n');
    }
    raw.write(ByteBuffer.wrap(batch.toString().getBytes(StandardCharsets.UTF_8)));
    raw.force(false);
    return counter;
  }

  /** The outbox: ten steps accepted in one batch. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int outboxEnqueue() {
    Outbox.Batch batch = outbox.batch();
    for (int i = 0; i < BATCH; i++) {
      batch.progress(step(counter++));
    }
    return batch.commit();
  }
}
