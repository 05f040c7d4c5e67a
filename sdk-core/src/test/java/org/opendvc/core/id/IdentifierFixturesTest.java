package org.opendvc.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendvc.core.id.Fixtures.MARCH_2026;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;

/** Every identifier kind against the tables of valid and invalid values under test resources. */
class IdentifierFixturesTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvFileSource(resources = "valid-identifiers.csv")
  void parse_whenValueIsValid_normalisesIt(String kind, String input, String normalised) {
    Validated<Identifier> result = kind(kind).parse(input, MARCH_2026);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.isValid()).isTrue();
    Identifier id = result.orElseThrow();
    assertThat(id.value()).isEqualTo(normalised);
    assertThat(id.kind()).isEqualTo(kind(kind));
    assertThat(kind(kind).parse(id.value(), MARCH_2026).orElseThrow()).isEqualTo(id);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvFileSource(resources = "invalid-identifiers.csv")
  void parse_whenValueIsInvalid_reportsEveryProblemByCode(
      String kind, String input, String expectedCodes) {
    Validated<Identifier> result = kind(kind).parse(input, MARCH_2026);

    assertThat(result.isValid()).isFalse();
    assertThat(result.value()).isEmpty();
    assertThat(Fixtures.codes(result)).containsExactly(expectedCodes.split(" "));
    for (Diagnostic d : result.diagnostics()) {
      assertThat(d.isError()).isTrue();
      assertThat(d.pointer()).isEmpty();
      assertThat(d.message().vi()).doesNotContain("{");
      assertThat(d.message().en()).isNotBlank().doesNotContain("{");
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvFileSource(resources = "valid-identifiers.csv")
  void detect_whenValueIsValid_includesItsKind(String kind, String input, String normalised) {
    assertThat(IdentifierKind.detect(input)).contains(kind(kind));
    assertThat(IdentifierKind.detect(normalised)).contains(kind(kind));
  }

  private static IdentifierKind kind(String id) {
    return IdentifierKind.fromId(id).orElseThrow(() -> new AssertionError("kind " + id));
  }
}
