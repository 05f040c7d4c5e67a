package org.opendvc.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.opendvc.core.catalog.CatalogChecks;
import org.opendvc.core.catalog.LoadedProcedure;
import org.opendvc.core.catalog.ProcedureLoader;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureJson;
import org.opendvc.testkit.synthetic.SyntheticCatalog;
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
 * Validating a generated catalogue (every file parsed, read into the model, validated, then checked
 * across files), beside the cost of merely parsing the same JSON, which is the floor any validator
 * pays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CatalogValidationBenchmark {
  @Param({"2000"})
  int procedures;

  List<String> files;
  ProcedureLoader loader;

  @Setup
  public void generate() {
    files = new ArrayList<>(procedures);
    for (Procedure p : SyntheticCatalog.generate(procedures, 42)) {
      files.add(ProcedureJson.write(p));
    }
    loader = ProcedureLoader.standard();
  }

  /** Baseline: parse every file into a JSON tree and nothing else. */
  @Benchmark
  public int parseOnly() {
    int n = 0;
    for (int i = 0; i < files.size(); i++) {
      Validated<JsonDocument> doc = JsonDocument.parse(files.get(i), "p" + i);
      n += doc.value().get().root().size();
    }
    return n;
  }

  /** Parse every file and read it into the model, with structural checks. */
  @Benchmark
  public int parseAndRead() {
    int n = 0;
    for (int i = 0; i < files.size(); i++) {
      JsonDocument doc = JsonDocument.parse(files.get(i), "p" + i).value().get();
      n += ProcedureJson.read(doc).diagnostics().size();
    }
    return n;
  }

  /** Everything {@code dvc validate} does: parse, read, validate, check across the catalogue. */
  @Benchmark
  public int validateCatalog() {
    List<LoadedProcedure> loaded = new ArrayList<>(files.size());
    int n = 0;
    for (int i = 0; i < files.size(); i++) {
      JsonDocument doc = JsonDocument.parse(files.get(i), "p" + i).value().get();
      LoadedProcedure file = loader.load(doc);
      n += file.diagnostics().size();
      loaded.add(file);
    }
    return n + CatalogChecks.check(loaded).size();
  }
}
