package org.opendvc.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendvc.core.id.Fixtures.JUNE_2025;
import static org.opendvc.core.id.Fixtures.MARCH_2026;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.opendvc.core.diagnostic.Diagnostic;

class TaxCodeTest {

  @Test
  void checkDigit_followsTheWorkedExample() {
    // 0·31 + 1·29 + 0·23 + 0·19 + 1·17 + 0·13 + 9·7 + 1·5 + 0·3 = 114; 114 mod 11 = 4; 10 − 4 = 6.
    assertThat(TaxCode.checkDigit("010010910")).hasValue(6);
  }

  @Test
  void checkDigit_whenWeightedSumIsDivisibleBy11_isEmpty() {
    assertThat(TaxCode.checkDigit("011000001")).isEmpty();
    assertThat(TaxCode.checkDigit("000000000")).isEmpty();
  }

  @Test
  void checkDigit_whenRemainderIsOneOrTen_isNineOrZero() {
    assertThat(TaxCode.checkDigit("011000005")).hasValue(9);
    assertThat(TaxCode.checkDigit("011000008")).hasValue(0);
  }

  @Test
  void checkDigit_rejectsAnythingButNineDigits() {
    assertThatThrownBy(() -> TaxCode.checkDigit("01001091"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TaxCode.checkDigit("01001091a"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_whenCheckDigitIsWrong_reportsTaxCodeCheckDigitWithBothDigits() {
    Diagnostic d = TaxCode.parse("0100109107", MARCH_2026).diagnostics().get(0);

    assertThat(d.code()).isEqualTo("ID_TAX_CODE_CHECK_DIGIT");
    assertThat(d.message().en()).contains("0100109107").contains("is 7").contains("require 6");
    assertThat(d.legalReference()).isNotNull();
  }

  @Test
  void parse_readsEachForm() {
    TaxCode enterprise = TaxCode.parse("0100109106", MARCH_2026).orElseThrow();
    TaxCode branch = TaxCode.parse("0314409058002", MARCH_2026).orElseThrow();
    TaxCode personal = TaxCode.parse("001087123456", MARCH_2026).orElseThrow();

    assertThat(enterprise.form()).isEqualTo(TaxCode.Form.ENTERPRISE_10);
    assertThat(enterprise.headOffice()).isEmpty();
    assertThat(enterprise.isPersonal()).isFalse();
    assertThat(enterprise.masked()).isEqualTo("0100109106");

    assertThat(branch.form()).isEqualTo(TaxCode.Form.BRANCH_13);
    assertThat(branch.value()).isEqualTo("0314409058-002");
    assertThat(branch.headOffice()).contains(new TaxCode("0314409058"));
    assertThat(branch.branchNumber()).contains("002");

    assertThat(personal.form()).isEqualTo(TaxCode.Form.PERSONAL_12);
    assertThat(personal.personalId()).contains(new PersonalIdNumber("001087123456"));
    assertThat(personal.isPersonal()).isTrue();
    assertThat(personal.masked()).isEqualTo("0010******56");
    assertThat(personal.toString()).isEqualTo("0010******56");
  }

  @Test
  void parse_whenPersonalNumberIsUsedBeforeJuly2025_reportsNotInForce() {
    Diagnostic d = TaxCode.parse("001087123456", JUNE_2025).diagnostics().get(0);

    assertThat(d.code()).isEqualTo("ID_TAX_CODE_PERSONAL_NOT_IN_FORCE");
    assertThat(d.message().en()).contains("2025-06-30").doesNotContain("001087123456");
  }

  @Test
  void parse_whenPersonalNumberIsInvalidBeforeJuly2025_reportsBoth() {
    assertThat(Fixtures.codes(TaxCode.parse("003087123456", JUNE_2025)))
        .containsExactly("ID_PERSONAL_ID_UNKNOWN_PROVINCE", "ID_TAX_CODE_PERSONAL_NOT_IN_FORCE");
  }

  @Test
  void parse_whenMalformed_showsTheValueMasked() {
    Diagnostic d = TaxCode.parse("00108712345", MARCH_2026).diagnostics().get(0);

    assertThat(d.code()).isEqualTo("ID_TAX_CODE_MALFORMED");
    assertThat(d.message().en()).contains("0010*****45").doesNotContain("00108712345");
  }

  @Test
  void constructor_rejectsCodesThatParseWouldReject() {
    assertThatThrownBy(() -> new TaxCode("0100109107"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TaxCode("0314409058-000"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TaxCode("0314409058002"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TaxCode("003087123456"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("003087123456");
  }

  @Property
  void parse_roundTripsEveryGeneratedCode(@ForAll("validCodes") String code) {
    TaxCode parsed = TaxCode.parse(code, MARCH_2026).orElseThrow();

    assertThat(parsed.value()).isEqualTo(code);
    assertThat(TaxCode.parse(code.replace("-", ""), MARCH_2026).orElseThrow()).isEqualTo(parsed);
  }

  @Property
  void parse_catchesEverySubstitutionOfOneDigitAmongTheFirstTen(
      @ForAll("validCodes") String code,
      @ForAll @IntRange(min = 0, max = 9) int position,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    // Every weight is prime to 11, so changing one digit always changes the remainder: either no
    // check digit remains, or it differs from the tenth digit.
    String changed = substitute(code, position, shift);

    assertThat(Fixtures.codes(TaxCode.parse(changed, MARCH_2026)))
        .containsAnyOf("ID_TAX_CODE_CHECK_DIGIT", "ID_TAX_CODE_NO_CHECK_DIGIT");
  }

  @Property
  void parse_catchesEveryTranspositionOfAdjacentDigitsAmongTheFirstNine(
      @ForAll("validCodes") String code, @ForAll @IntRange(min = 0, max = 7) int position) {
    Assume.that(code.charAt(position) != code.charAt(position + 1));
    String swapped =
        code.substring(0, position)
            + code.charAt(position + 1)
            + code.charAt(position)
            + code.substring(position + 2);

    assertThat(TaxCode.parse(swapped, MARCH_2026).isValid()).isFalse();
  }

  @Property
  void parse_cannotCatchChangesToTheBranchNumber(
      @ForAll("validCodes") String code,
      @ForAll @IntRange(min = 11, max = 13) int position,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    // The check digit covers the first nine digits only: a changed branch number is still a
    // well-formed code (unless it becomes 000), which is why branch numbers need a registry lookup.
    Assume.that(code.length() == 14);
    String changed = substitute(code, position, shift);
    Assume.that(!changed.endsWith("-000"));

    assertThat(TaxCode.parse(changed, MARCH_2026).isValid()).isTrue();
  }

  private static String substitute(String code, int position, int shift) {
    int digit = (code.charAt(position) - '0' + shift) % 10;
    return code.substring(0, position) + digit + code.substring(position + 1);
  }

  @Provide
  static Arbitrary<String> validCodes() {
    Arbitrary<String> tenDigits =
        Arbitraries.strings()
            .numeric()
            .ofLength(9)
            .filter(nine -> TaxCode.checkDigit(nine).isPresent())
            .map(nine -> nine + TaxCode.checkDigit(nine).getAsInt());
    Arbitrary<String> branches =
        Arbitraries.integers().between(1, 999).map(n -> String.format("-%03d", n));
    return Arbitraries.oneOf(
        tenDigits, tenDigits.flatMap(ten -> branches.map(branch -> ten + branch)));
  }
}
