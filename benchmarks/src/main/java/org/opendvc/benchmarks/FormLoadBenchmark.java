package org.opendvc.benchmarks;

import java.util.concurrent.TimeUnit;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.FormLoader;
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
 * Loading a generated form of 200 fields (reading, checking against the dictionary, compiling and
 * type-checking every expression, ordering the fields), beside parsing its JSON, the floor any
 * loader pays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FormLoadBenchmark {
  @Param({"200"})
  int fields;

  String json;
  FormLoader loader;

  @Setup
  public void generate() {
    json = GeneratedForms.form(fields, 42);
    loader = FormLoader.standard();
  }

  /** Baseline: parse the definition into a JSON tree. */
  @Benchmark
  public int parseOnly() {
    return JsonDocument.parse(json, "form.json").value().orElseThrow().root().size();
  }

  /** Load the definition: read, check, compile every expression. */
  @Benchmark
  public FormDefinition loadAndCompile() {
    return loader.load(json, "form.json").orElseThrow();
  }
}
