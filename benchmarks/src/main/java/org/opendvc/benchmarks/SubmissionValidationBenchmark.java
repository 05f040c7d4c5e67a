package org.opendvc.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.forms.Field;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.FormLoader;
import org.opendvc.forms.validation.Submission;
import org.opendvc.forms.validation.SubmissionResult;
import org.opendvc.forms.validation.SubmissionValidator;
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
 * Validating a 50-field submission on the server (the form's expressions evaluated, every value
 * checked, hidden values dropped, calculations recomputed), beside a hand-written check of the same
 * fields' presence and JSON types, the floor of any validator.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SubmissionValidationBenchmark {
  @Param({"50"})
  int fields;

  FormDefinition form;
  SubmissionValidator validator;
  Submission submission;
  JsonNode data;

  @Setup
  public void prepare() throws Exception {
    form = FormLoader.standard().load(GeneratedForms.form(fields, 42), "form.json").orElseThrow();
    Clock clock = Clock.fixed(Instant.parse("2025-07-01T03:00:00Z"), ZoneOffset.UTC);
    validator = SubmissionValidator.builder(form).clock(clock).build();
    data = OpenDvcJson.mapper().readTree(GeneratedForms.submission(fields));
    submission = Submission.on(form).data(data).build();
  }

  /** Baseline: each field present and of the right JSON type, written by hand. */
  @Benchmark
  public int handWrittenChecks() {
    int problems = 0;
    for (Field field : form.fields()) {
      JsonNode value = data.get(field.id());
      if (value == null) {
        problems++;
        continue;
      }
      boolean ok =
          switch (field.type()) {
            case NUMBER -> value.isNumber();
            case BOOLEAN -> value.isBoolean();
            default -> value.isTextual() && value.asText().length() <= field.maxLength();
          };
      if (!ok) {
        problems++;
      }
    }
    return problems;
  }

  /** The full server-side validation. */
  @Benchmark
  public SubmissionResult validate() {
    return validator.validate(submission);
  }
}
