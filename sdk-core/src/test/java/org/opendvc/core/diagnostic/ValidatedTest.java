package org.opendvc.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendvc.core.json.JsonDiagnostics;

class ValidatedTest {
  private static final Diagnostic ERROR = JsonDiagnostics.BLANK.at("/name");
  private static final Diagnostic WARNING = ERROR.withSeverity(Severity.WARNING);

  @Test
  void valid_hasTheValueAndNoDiagnostics() {
    Validated<String> v = Validated.valid("x");

    assertThat(v.isValid()).isTrue();
    assertThat(v.hasErrors()).isFalse();
    assertThat(v.value()).contains("x");
    assertThat(v.diagnostics()).isEmpty();
    assertThat(v.orElseThrow()).isEqualTo("x");
  }

  @Test
  void of_withAValueAndOnlyWarnings_isValid() {
    Validated<String> v = Validated.of("x", List.of(WARNING));

    assertThat(v.isValid()).isTrue();
    assertThat(v.errors()).isEmpty();
    assertThat(v.orElseThrow()).isEqualTo("x");
  }

  @Test
  void of_withAValueAndAnError_keepsTheValueButIsNotValid() {
    Validated<String> v = Validated.of("x", List.of(WARNING, ERROR));

    assertThat(v.isValid()).isFalse();
    assertThat(v.value()).contains("x");
    assertThat(v.errors()).containsExactly(ERROR);
    assertThatThrownBy(v::orElseThrow)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.diagnostics()).containsExactly(WARNING, ERROR));
  }

  @Test
  void of_withoutAValue_isNotValidEvenWithoutErrors() {
    Validated<String> v = Validated.of(null, List.of());

    assertThat(v.isValid()).isFalse();
    assertThat(v.value()).isEmpty();
    assertThatThrownBy(v::orElseThrow).isInstanceOf(ValidationException.class);
  }

  @Test
  void invalid_needsAtLeastOneError() {
    assertThatIllegalArgumentException().isThrownBy(() -> Validated.invalid(List.of(WARNING)));
    assertThat(Validated.invalid(ERROR).errors()).containsExactly(ERROR);
  }

  @Test
  void map_transformsTheValueAndKeepsTheDiagnostics() {
    Validated<Integer> mapped = Validated.of("abc", List.of(WARNING)).map(String::length);

    assertThat(mapped.value()).contains(3);
    assertThat(mapped.diagnostics()).containsExactly(WARNING);
    assertThat(Validated.<String>invalid(ERROR).map(String::length).value()).isEmpty();
  }

  @Test
  void withMore_appendsAfterTheExistingDiagnostics() {
    Validated<String> v = Validated.of("x", List.of(WARNING)).withMore(List.of(ERROR));

    assertThat(v.diagnostics()).containsExactly(WARNING, ERROR);
    Validated<String> same = Validated.valid("x");
    assertThat(same.withMore(List.of())).isSameAs(same);
  }

  @Test
  void diagnostics_cannotBeModified() {
    Validated<String> v = Validated.of("x", new java.util.ArrayList<>(List.of(WARNING)));

    assertThatThrownBy(() -> v.diagnostics().add(ERROR))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equality_isByValueAndDiagnostics() {
    assertThat(Validated.of("x", List.of(ERROR))).isEqualTo(Validated.of("x", List.of(ERROR)));
    assertThat(Validated.of("x", List.of(ERROR)).hashCode())
        .isEqualTo(Validated.of("x", List.of(ERROR)).hashCode());
    assertThat(Validated.of("x", List.of(ERROR))).isNotEqualTo(Validated.valid("x"));
  }

  @Test
  void toString_showsNeitherTheValueNorTheMessages() {
    assertThat(Validated.of("012345678901", List.of(ERROR)).toString())
        .doesNotContain("012345678901")
        .contains("valid=false")
        .contains("diagnostics=1");
  }
}
