package org.opendvc.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.SourcePosition;
import org.opendvc.core.procedure.ProcedureDiagnostics;
import org.opendvc.core.testing.Fixtures;

class LoadedProcedureTest {

  @Test
  void locate_movesADiagnosticOnTheModelToThePackagesPointerAndLine() {
    LoadedProcedure loaded =
        ProcedureLoader.standard().load(Fixtures.document("/dvcqg/1.001193.envelope.json"));

    Diagnostic d = loaded.locate(ProcedureDiagnostics.NO_RESULTS.at("/results"));

    assertThat(d.pointer()).isEqualTo("/result/0/KETQUATHUCHIEN");
    assertThat(d.file()).isEqualTo("/dvcqg/1.001193.envelope.json");
    assertThat(d.position()).isEqualTo(loaded.document().position("/result/0/KETQUATHUCHIEN"));
    assertThat(d.position()).isNotEqualTo(new SourcePosition(1, 1));
  }

  @Test
  void isValidAndToValidated_reflectTheProcedureAndItsErrors() {
    LoadedProcedure good =
        ProcedureLoader.standard().load(Fixtures.document("/dvcqg/1.001193.package.json"));
    LoadedProcedure bad =
        ProcedureLoader.standard()
            .load(Fixtures.document("/dvcqg/1.001193.fee-without-amount.package.json"));

    assertThat(good.isValid()).isTrue();
    assertThat(good.toValidated().isValid()).isTrue();
    assertThat(bad.isValid()).isFalse();
    assertThat(bad.toValidated().value()).isPresent();
    assertThat(bad.toValidated().hasErrors()).isTrue();
  }
}
