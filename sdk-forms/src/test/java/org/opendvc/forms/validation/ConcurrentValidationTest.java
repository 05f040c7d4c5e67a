package org.opendvc.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.TestForms;

/** A loaded form and its validator are shared between threads. */
class ConcurrentValidationTest {
  @Test
  void validate_fromManyThreadsAtOnce_givesEachSubmissionItsOwnResult() throws Exception {
    FormDefinition form = TestForms.valid("all-types.json");
    SubmissionValidator validator =
        SubmissionValidator.builder(form)
            .clock(Clock.fixed(Instant.parse("2025-07-01T03:00:00Z"), ZoneOffset.UTC))
            .build();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int year = 1950 + i % 60;
        Submission submission =
            Submission.on(form)
                .data(
                    TestForms.json(
                        "{\"fullName\": \"A\", \"dateOfBirth\": \"" + year + "-01-02\"}"))
                .build();
        results.add(
            pool.submit(
                () -> year + ":" + validator.validate(submission).data().get("age").asInt()));
      }
      for (Future<String> result : results) {
        String[] parts = result.get().split(":");
        assertThat(Integer.parseInt(parts[1])).isEqualTo(2025 - Integer.parseInt(parts[0]));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
