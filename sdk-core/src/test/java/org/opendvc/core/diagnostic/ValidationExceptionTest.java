package org.opendvc.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendvc.core.OpenDvcException;
import org.opendvc.core.json.JsonDiagnostics;

class ValidationExceptionTest {

  @Test
  void message_summarisesTheFirstThreeErrorsInEnglish() {
    List<Diagnostic> diagnostics =
        List.of(
            JsonDiagnostics.BLANK.at("/a"),
            JsonDiagnostics.REQUIRED_MISSING.at("/b", "b").withSeverity(Severity.WARNING),
            JsonDiagnostics.BLANK.at("/c"),
            JsonDiagnostics.BLANK.at("/d"),
            JsonDiagnostics.BLANK.at("/e"));

    ValidationException e = new ValidationException(diagnostics);

    assertThat(e).isInstanceOf(OpenDvcException.class);
    assertThat(e.getMessage())
        .startsWith("4 error(s): JSON_BLANK at '/a': The value must not be blank")
        .contains("'/c'", "'/d'")
        .doesNotContain("'/b'", "'/e'")
        .endsWith("; ...");
    assertThat(e.diagnostics()).isEqualTo(diagnostics);
  }
}
