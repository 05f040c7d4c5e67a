package org.opendvc.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;

class ProcedureCodeTest {

  @Test
  void parse_acceptsANationalCodeAndTrimsSpaces() {
    assertThat(ProcedureCode.parse("1.001193").orElseThrow().value()).isEqualTo("1.001193");
    assertThat(ProcedureCode.parse("  2.000815\n").orElseThrow())
        .isEqualTo(ProcedureCode.of("2.000815"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.0011",
        "1001193",
        "1,001193",
        "10.001193",
        "1.0011933",
        "a.001193",
        "",
        " ",
        "1.001193.000.00.00.H56",
        "1.00119３"
      })
  void parse_whenNotOfTheFormNDotSixDigits_reportsProcedureCodeMalformed(String text) {
    Validated<ProcedureCode> parsed = ProcedureCode.parse(text);

    assertThat(parsed.value()).isEmpty();
    assertThat(parsed.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("ID_PROCEDURE_CODE_MALFORMED");
              assertThat(d.isError()).isTrue();
              assertThat(d.pointer()).isEmpty();
              assertThat(d.message().en()).contains("\"" + text.strip() + "\"");
            });
  }

  @ParameterizedTest
  @CsvSource({
    "1.001193.000.00.00.H56, 1.001193",
    "2.002621.H56, 2.002621",
    "1.003560, 1.003560",
    "' 2.000477.000.00.00.H56 ', 2.000477"
  })
  void parseLenient_keepsTheNationalPartOfTheAgencyForm(String text, String expected) {
    assertThat(ProcedureCode.parseLenient(text).orElseThrow().value()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0011.H56", "H56.1.001193", "1.001193-H56", "1.001193.", "x"})
  void parseLenient_stillRejectsWhatIsNotACodeWithASuffix(String text) {
    assertThat(ProcedureCode.parseLenient(text).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("ID_PROCEDURE_CODE_MALFORMED");
  }

  @Test
  void constructor_rejectsAMalformedCodeWithAHelpfulMessage() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ProcedureCode.of("1.0011"))
        .withMessageContaining("N.NNNNNN")
        .withMessageContaining("1.0011");
  }

  @Test
  void isValid_isExact() {
    assertThat(ProcedureCode.isValid("1.001193")).isTrue();
    assertThat(ProcedureCode.isValid(" 1.001193")).isFalse();
  }

  @Test
  void compareTo_ordersByCode() {
    assertThat(ProcedureCode.of("1.000894")).isLessThan(ProcedureCode.of("1.001193"));
    assertThat(ProcedureCode.of("2.000001")).isGreaterThan(ProcedureCode.of("1.999999"));
    assertThat(ProcedureCode.of("1.001193")).hasToString("1.001193");
  }

  @Property
  void everyNationalCode_roundTripsThroughParse(
      @ForAll @IntRange(min = 0, max = 9) int group,
      @ForAll @IntRange(min = 0, max = 999_999) int number) {
    String text = group + "." + String.format("%06d", number);

    ProcedureCode code = ProcedureCode.parse(text).orElseThrow();

    assertThat(code.value()).isEqualTo(text);
    assertThat(code.toString()).isEqualTo(text);
    assertThat(ProcedureCode.parseLenient(text).orElseThrow()).isEqualTo(code);
    assertThat(ProcedureCode.parseLenient(text + ".000.00.00.H56").orElseThrow()).isEqualTo(code);
  }
}
