package org.opendvc.benchmarks;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.opendvc.core.data.Subject;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.forms.Field;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.FormLoader;
import org.opendvc.forms.prefill.PrefillPlan;
import org.opendvc.forms.prefill.PrefillPlanner;
import org.opendvc.forms.prefill.PrefillRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Planning the prefill of the birth registration declaration (relevance evaluated on the answers
 * known, subjects identified, one question per registry and subject), beside collecting the bound
 * elements without looking at relevance or subjects.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PrefillPlanBenchmark {
  /** Where the example forms are, relative to the working directory. */
  String formsDirectory = "examples/forms";

  FormDefinition form;
  PrefillPlanner planner;
  PrefillRequest request;

  @Setup
  public void prepare() {
    form =
        FormLoader.standard()
            .load(Path.of(formsDirectory, "1.001193-to-khai-dang-ky-khai-sinh.json"))
            .orElseThrow();
    planner =
        PrefillPlanner.standard(Clock.fixed(Instant.parse("2025-07-01T03:00:00Z"), ZoneOffset.UTC));
    request =
        PrefillRequest.builder()
            .subject(Subject.applicant("001194012345"))
            .answers(
                OpenDvcJson.mapper()
                    .createObjectNode()
                    .put("motherPersonalIdNumber", "001194012345")
                    .put("fatherPersonalIdNumber", "036090054321")
                    .put("fatherDeclared", true))
            .build();
  }

  /** Baseline: the set of bound data elements, ignoring relevance and subjects. */
  @Benchmark
  public int boundElements() {
    Set<String> elements = new HashSet<>();
    for (Field field : form.allFields()) {
      field.binding().ifPresent(b -> elements.add(b.element()));
    }
    return elements.size();
  }

  /** The prefill plan. */
  @Benchmark
  public PrefillPlan plan() {
    return planner.plan(form, request);
  }
}
