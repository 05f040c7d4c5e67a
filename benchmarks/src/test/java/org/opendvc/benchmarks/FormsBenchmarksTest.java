package org.opendvc.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs each forms benchmark method once on small inputs, so a broken benchmark fails the build. */
class FormsBenchmarksTest {
  @Test
  void formLoad_loadsTheGeneratedFormWithoutError() {
    FormLoadBenchmark benchmark = new FormLoadBenchmark();
    benchmark.fields = 40;
    benchmark.generate();

    assertThat(benchmark.parseOnly()).isPositive();
    assertThat(benchmark.loadAndCompile().allFields()).hasSize(40);
  }

  @Test
  void submissionValidation_acceptsTheGeneratedSubmission() throws Exception {
    SubmissionValidationBenchmark benchmark = new SubmissionValidationBenchmark();
    benchmark.fields = 50;
    benchmark.prepare();

    assertThat(benchmark.handWrittenChecks()).isZero();
    assertThat(benchmark.validate().errors()).isEmpty();
  }

  @Test
  void prefillPlan_asksThePopulationDatabaseAboutThreePeople() {
    PrefillPlanBenchmark benchmark = new PrefillPlanBenchmark();
    benchmark.formsDirectory = "../examples/forms";
    benchmark.prepare();

    assertThat(benchmark.boundElements()).isPositive();
    assertThat(benchmark.plan().lookups()).hasSizeGreaterThanOrEqualTo(3);
  }
}
