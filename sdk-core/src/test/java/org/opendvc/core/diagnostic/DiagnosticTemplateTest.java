package org.opendvc.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendvc.core.law.Laws;

class DiagnosticTemplateTest {

  @ParameterizedTest
  @ValueSource(strings = {"proc_lower", "PROC-DASH", "_PROC", "PROC_", "PROC__DOUBLE", "1PROC", ""})
  void create_whenTheCodeIsNotUpperSnakeCase_isRejected(String code) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DiagnosticTemplate.error(code, "vi", "en"));
  }

  @Test
  void factories_setTheSeverityAndCitingAddsTheLaw() {
    assertThat(DiagnosticTemplate.error("A_B", "v", "e").severity()).isEqualTo(Severity.ERROR);
    assertThat(DiagnosticTemplate.warning("A_B", "v", "e").severity()).isEqualTo(Severity.WARNING);
    assertThat(DiagnosticTemplate.info("A_B2", "v", "e").severity()).isEqualTo(Severity.INFO);
    assertThat(
            DiagnosticTemplate.info("A", "v", "e").citing(Laws.CIVIL_STATUS_LAW).legalReference())
        .isEqualTo(Laws.CIVIL_STATUS_LAW);
  }

  @Test
  void kindAt_buildsADiagnosticFromTheTemplateInBothLanguages() {
    DiagnosticKind kind =
        () ->
            DiagnosticTemplate.warning("TEST_KIND", "Cấp {0} từ {1}", "The {0} level from {1}")
                .citing(Laws.DECISION_19_2025);

    Diagnostic d = kind.at("/levels/0", "DISTRICT", "2025-07-01");

    assertThat(d.code()).isEqualTo("TEST_KIND");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.pointer()).isEqualTo("/levels/0");
    assertThat(d.message().vi()).isEqualTo("Cấp DISTRICT từ 2025-07-01");
    assertThat(d.message().en()).isEqualTo("The DISTRICT level from 2025-07-01");
    assertThat(d.legalReference()).isEqualTo(Laws.DECISION_19_2025);
    assertThat(d.file()).isNull();
    assertThat(d.position()).isNull();
  }

  @Test
  void diagnosticWithers_changeOnePartEach() {
    DiagnosticKind kind = () -> DiagnosticTemplate.error("X", "v", "e");
    Diagnostic d = kind.at("/a");

    Diagnostic moved =
        d.withFile("f.json").withPointer("/b").withPosition(new SourcePosition(3, 4));

    assertThat(moved.file()).isEqualTo("f.json");
    assertThat(moved.pointer()).isEqualTo("/b");
    assertThat(moved.position()).hasToString("3:4");
    assertThat(moved.isError()).isTrue();
    assertThat(moved.withSeverity(Severity.INFO).isError()).isFalse();
    assertThat(moved.code()).isEqualTo("X");
    assertThat(d.pointer()).isEqualTo("/a");
  }

  @Test
  void sourcePosition_startsAtOne() {
    assertThatIllegalArgumentException().isThrownBy(() -> new SourcePosition(0, 1));
    assertThatIllegalArgumentException().isThrownBy(() -> new SourcePosition(1, 0));
    assertThat(new SourcePosition(1, 1)).hasToString("1:1");
  }
}
