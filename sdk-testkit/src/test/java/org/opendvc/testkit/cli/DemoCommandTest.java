package org.opendvc.testkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendvc.testkit.cli.DvcRun.dvc;

import org.junit.jupiter.api.Test;
import org.opendvc.testkit.simulator.PortalSimulator;

class DemoCommandTest {
  @Test
  void demo_inEnglish_endsWithEveryDossierOnThePortal_andExitsZero() {
    DvcRun run = dvc("demo", "--examples", "../examples", "--lang", "en");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("Outcome: ELIGIBLE").contains("2 dossiers on the portal");
  }

  @Test
  void demo_whenThePortalRefusesTheDossiers_exitsOne() {
    try (PortalSimulator portal = PortalSimulator.builder().port(0).codePrefix("H22").start()) {
      DvcRun run =
          dvc(
              "demo",
              "--examples",
              "../examples",
              "--portal",
              portal.url().toString(),
              "--dossiers",
              "1");

      assertThat(run.status()).isEqualTo(1);
      assertThat(run.out()).contains("0/1");
    }
  }

  @Test
  void demo_withoutExamples_orWithNoDossiers_isAUsageError() {
    DvcRun missing = dvc("demo", "--examples", "nowhere");
    DvcRun none = dvc("demo", "--examples", "../examples", "--dossiers", "0");

    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("nowhere").contains("--examples");
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).contains("--dossiers");
  }

  @Test
  void demo_whenNoPortalAnswers_isAnErrorNotAHang() {
    DvcRun run =
        dvc(
            "demo",
            "--examples",
            "../examples",
            "--portal",
            "http://127.0.0.1:9",
            "--dossiers",
            "1");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("dvc demo:");
  }
}
