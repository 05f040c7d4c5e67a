package org.opendvc.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.opendvc.core.dossier.Dossier;
import org.opendvc.core.dossier.DossierJson;
import org.opendvc.core.dossier.DossierJsonLines;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.core.scorecard.Scorecard;
import org.opendvc.core.scorecard.ScorecardAccumulator;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code dvc scorecard}'s work: the scorecard streamed from a JSON Lines file of {@code dossiers}
 * generated dossiers (100,000 by default, about 200 MB), beside reading the lines only and parsing
 * each into a JSON tree only, the floors any reader pays. The heap holds one dossier at a time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class ScorecardFileBenchmark {
  @Param({"100000"})
  int dossiers;

  Path file;

  @Setup
  public void write() throws IOException {
    file = Files.createTempFile("opendvc-dossiers", ".jsonl");
    Iterator<Dossier> generated =
        SyntheticDossiers.builder(SyntheticCatalog.generate(20, 7))
            .seed(42)
            .window(LocalDate.of(2025, 12, 1), 121)
            .build()
            .iterator(dossiers);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      while (generated.hasNext()) {
        out.write(DossierJson.write(generated.next()));
        out.write('\n');
      }
    }
  }

  @TearDown
  public void delete() throws IOException {
    Files.deleteIfExists(file);
  }

  /** OpenDVC: read, check and score every line. */
  @Benchmark
  public Scorecard scorecardFromFile() {
    ScorecardAccumulator accumulator =
        ScorecardAccumulator.builder(ScorecardBenchmark.PERIOD).build();
    DossierJsonLines.read(file, file.toString(), accumulator::accept, d -> {});
    return accumulator.result();
  }

  /** Floor: parse each line into a JSON tree, nothing more. */
  @Benchmark
  public long parseJsonOnly() throws IOException {
    long members = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        JsonNode tree = OpenDvcJson.mapper().readTree(line);
        members += tree.size();
      }
    }
    return members;
  }

  /** Floor: read the lines. */
  @Benchmark
  public long readLinesOnly() throws IOException {
    long chars = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        chars += line.length();
      }
    }
    return chars;
  }
}
