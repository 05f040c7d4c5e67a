package org.opendvc.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs each benchmark method once on a small catalogue, so a broken benchmark fails the build. */
class CatalogValidationBenchmarkTest {
  @Test
  void benchmarkMethods_runAndAgreeOnTheCatalogue() {
    CatalogValidationBenchmark benchmark = new CatalogValidationBenchmark();
    benchmark.procedures = 50;
    benchmark.generate();
    assertThat(benchmark.parseOnly()).isPositive();
    // A generated catalogue is valid: reading and validating find nothing to report but the
    // synthetic documents whose names match no document type (INFO) - none, since names come
    // from the catalogue of document types.
    assertThat(benchmark.parseAndRead()).isZero();
    assertThat(benchmark.validateCatalog()).isZero();
  }
}
