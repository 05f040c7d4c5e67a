package org.opendvc.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.opendvc.core.id.Fixtures.JUNE_2025;
import static org.opendvc.core.id.Fixtures.MARCH_2026;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.opendvc.core.diagnostic.Diagnostic;

/** Personal numbers never appear in clear in a diagnostic, an exception or {@code toString()}. */
class PersonalDataTest {
  private static final List<IdentifierKind> PERSONAL =
      List.of(
          IdentifierKind.PERSONAL_ID,
          IdentifierKind.LEGACY_ID,
          IdentifierKind.TAX_CODE,
          IdentifierKind.PHONE);

  @Test
  void personalKinds_areTheOnesThatCanHoldPersonalData() {
    assertThat(IdentifierKind.values())
        .filteredOn(IdentifierKind::isPersonal)
        .containsExactlyElementsOf(PERSONAL);
  }

  @Property(tries = 300)
  void diagnostics_neverContainThePersonalNumberInClear(
      @ForAll("personalLookingNumbers") String number) {
    for (IdentifierKind kind : PERSONAL) {
      if (kind == IdentifierKind.TAX_CODE && number.length() != 12) {
        continue; // 10- and 13-digit tax codes are an organisation's, shown in clear on purpose
      }
      for (Clock clock : List.of(MARCH_2026, JUNE_2025)) {
        for (Diagnostic d : kind.parse(number, clock).diagnostics()) {
          assertHidden(d.message().vi(), number);
          assertHidden(d.message().en(), number);
        }
      }
    }
  }

  @Property(tries = 300)
  void toString_neverContainsThePersonalNumberInClear(
      @ForAll("personalLookingNumbers") String number) {
    for (IdentifierKind kind : PERSONAL) {
      Optional<Identifier> id = kind.parse(number, MARCH_2026).value();
      if (id.isPresent() && id.get().isPersonal()) {
        assertHidden(id.get().toString(), number);
        assertHidden(id.get().masked(), number);
      }
    }
  }

  @Test
  void orElseThrow_onAnInvalidPersonalNumber_keepsItOutOfTheExceptionMessage() {
    String number = "003087123456";
    Throwable thrown =
        catchThrowable(() -> PersonalIdNumber.parse(number, MARCH_2026).orElseThrow());

    assertThat(thrown).hasMessageContaining("0030******56").hasMessageNotContaining(number);
  }

  @Property
  void mask_revealsAtMostTheFirstFourAndLastTwoCharacters(@ForAll String text) {
    String masked = IdText.mask(text);

    assertThat(masked).hasSameSizeAs(text);
    int revealed = 0;
    for (int i = 0; i < text.length(); i++) {
      boolean shown = masked.charAt(i) == text.charAt(i) && text.charAt(i) != '*';
      if (shown) {
        revealed++;
        assertThat(i < 4 || i >= text.length() - 2).as("position %d of %s", i, masked).isTrue();
      }
    }
    assertThat(revealed).isLessThanOrEqualTo(6);
  }

  @Test
  void mask_hidesShortValuesMore() {
    assertThat(IdText.mask("001087123456")).isEqualTo("0010******56");
    assertThat(IdText.mask("123456789")).isEqualTo("12*****89");
    assertThat(IdText.mask("1234567")).isEqualTo("*******");
    assertThat(IdText.mask("")).isEmpty();
  }

  @Test
  void kindMask_showsEnterpriseTaxCodesButHidesPersonalForms() {
    assertThat(IdentifierKind.TAX_CODE.mask("0100109106")).isEqualTo("0100109106");
    assertThat(IdentifierKind.TAX_CODE.mask("0314409058-002")).isEqualTo("0314409058-002");
    assertThat(IdentifierKind.TAX_CODE.mask("001087123456")).isEqualTo("0010******56");
    assertThat(IdentifierKind.PHONE.mask("+84 912 345 678")).isEqualTo("0912****78");
    assertThat(IdentifierKind.AGENCY.mask(" 000.00.00.H56 ")).isEqualTo("000.00.00.H56");
  }

  /**
   * Fails if {@code shown} contains five consecutive characters of {@code number}: a masked form
   * shows at most four in a row, and messages carry no other runs of five digits.
   */
  private static void assertHidden(String shown, String number) {
    for (int i = 0; i + 5 <= number.length(); i++) {
      assertThat(shown).doesNotContain(number.substring(i, i + 5));
    }
  }

  /** 9- to 13-digit numbers, most of them invalid in some way, a few valid. */
  @Provide
  static Arbitrary<String> personalLookingNumbers() {
    Arbitrary<String> random = Arbitraries.strings().numeric().ofMinLength(9).ofMaxLength(13);
    Arbitrary<String> personal =
        PersonalIdNumberTest.validNumbers().map(PersonalIdNumberTest.Generated::text);
    Arbitrary<String> mobile = PhoneNumberTest.mobiles();
    return Arbitraries.oneOf(random, personal, mobile);
  }
}
