package org.opendvc.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendvc.core.id.Fixtures.MARCH_2026;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.place.LegacyProvince;

class PersonalIdNumberTest {

  @Test
  void parse_decodesProvinceSexAndBirthYear() {
    PersonalIdNumber id = PersonalIdNumber.parse("001087123456", MARCH_2026).orElseThrow();

    assertThat(id.provinceCode()).isEqualTo("001");
    assertThat(id.province()).contains(LegacyProvince.HA_NOI);
    assertThat(id.sex()).isEqualTo(Sex.MALE);
    assertThat(id.birthYear()).isEqualTo(1987);
  }

  @Test
  void parse_readsEachCenturyAndSexDigit() {
    assertThat(PersonalIdNumber.parse("038195000123", MARCH_2026).orElseThrow())
        .returns(LegacyProvince.THANH_HOA, id -> id.province().orElseThrow())
        .returns(Sex.FEMALE, PersonalIdNumber::sex)
        .returns(1995, PersonalIdNumber::birthYear);
    assertThat(PersonalIdNumber.parse("079203004567", MARCH_2026).orElseThrow())
        .returns(Sex.MALE, PersonalIdNumber::sex)
        .returns(2003, PersonalIdNumber::birthYear);
    assertThat(PersonalIdNumber.parse("096325000001", MARCH_2026).orElseThrow())
        .returns(LegacyProvince.CA_MAU, id -> id.province().orElseThrow())
        .returns(Sex.FEMALE, PersonalIdNumber::sex)
        .returns(2025, PersonalIdNumber::birthYear);
  }

  @Test
  void parse_whenBornInTheReferenceYear_isValid() {
    assertThat(PersonalIdNumber.parse("001226000000", MARCH_2026).isValid()).isTrue();
    assertThat(PersonalIdNumber.parse("001227000000", MARCH_2026).isValid()).isFalse();
  }

  @Test
  void parse_whenBirthYearIsInTheFuture_reportsItWithoutTheYear() {
    Validated<PersonalIdNumber> result = PersonalIdNumber.parse("001330123456", MARCH_2026);

    Diagnostic d = result.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("ID_PERSONAL_ID_BIRTH_YEAR_IN_FUTURE");
    assertThat(d.message().en()).contains("2026").doesNotContain("2030");
  }

  @Test
  void parse_whenCenturyHasNotBegun_reportsTheCenturyOnly() {
    Validated<PersonalIdNumber> result = PersonalIdNumber.parse("001587123456", MARCH_2026);

    assertThat(Fixtures.codes(result)).containsExactly("ID_PERSONAL_ID_FUTURE_CENTURY");
    assertThat(result.diagnostics().get(0).message().en())
        .contains("fourth digit 5")
        .contains("2100")
        .contains("2026-03-15");
  }

  @Test
  void parse_takesTheReferenceDateFromTheClock() {
    Clock in2100 = Clock.fixed(Instant.parse("2100-01-01T00:00:00Z"), ZoneId.of("UTC"));
    Clock in1999 = Clock.fixed(Instant.parse("1999-06-01T00:00:00Z"), ZoneId.of("UTC"));

    assertThat(PersonalIdNumber.parse("001400123456", in2100).isValid()).isTrue();
    assertThat(Fixtures.codes(PersonalIdNumber.parse("001203123456", in1999)))
        .containsExactly("ID_PERSONAL_ID_FUTURE_CENTURY");
    assertThat(PersonalIdNumber.parse("001099123456", in1999).isValid()).isTrue();
  }

  @Test
  void parse_usesTheDateInTheClocksZone() {
    // 31 Dec 2026 20:00 UTC is already 1 Jan 2027 in Vietnam.
    Clock newYearInHanoi =
        Clock.fixed(Instant.parse("2026-12-31T20:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    assertThat(PersonalIdNumber.parse("001227000000", newYearInHanoi).isValid()).isTrue();
  }

  @Test
  void parse_whenMalformed_saysHowManyCharactersCame() {
    Diagnostic d = PersonalIdNumber.parse("00108712345", MARCH_2026).diagnostics().get(0);

    assertThat(d.code()).isEqualTo("ID_PERSONAL_ID_MALFORMED");
    assertThat(d.message().en()).contains("got 11 characters");
    assertThat(d.legalReference()).isNotNull();
  }

  @Test
  void constructor_rejectsUnknownProvinceWithAMaskedMessage() {
    assertThatThrownBy(() -> new PersonalIdNumber("003087123456"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0030******56")
        .hasMessageNotContaining("003087123456");
  }

  @Test
  void of_whenInvalid_throwsWithMaskedMessage() {
    assertThatThrownBy(() -> PersonalIdNumber.of("00308712345"))
        .hasMessageContaining("ID_PERSONAL_ID_MALFORMED")
        .hasMessageNotContaining("00308712345");
  }

  @Test
  void maskedAndToString_showOnlyFirstFourAndLastTwoDigits() {
    PersonalIdNumber id = PersonalIdNumber.parse("001087123456", MARCH_2026).orElseThrow();

    assertThat(id.masked()).isEqualTo("0010******56");
    assertThat(id.toString()).isEqualTo("0010******56");
    assertThat(id.isPersonal()).isTrue();
  }

  @Property
  void parse_roundTripsEveryGeneratedNumber(@ForAll("validNumbers") Generated generated) {
    PersonalIdNumber id = PersonalIdNumber.parse(generated.text(), MARCH_2026).orElseThrow();

    assertThat(id.value()).isEqualTo(generated.text());
    assertThat(id.province()).contains(generated.province());
    assertThat(id.sex()).isEqualTo(generated.sex());
    assertThat(id.birthYear()).isEqualTo(generated.birthYear());
    assertThat(PersonalIdNumber.parse(id.value(), MARCH_2026).orElseThrow()).isEqualTo(id);
  }

  @Property
  void masked_revealsOnlyTheFirstFourAndLastTwoDigits(@ForAll("validNumbers") Generated generated) {
    String masked = PersonalIdNumber.parse(generated.text(), MARCH_2026).orElseThrow().masked();
    String text = generated.text();

    assertThat(masked).isEqualTo(text.substring(0, 4) + "******" + text.substring(10));
  }

  /** A valid number with what it encodes. */
  record Generated(String text, LegacyProvince province, Sex sex, int birthYear) {}

  @Provide
  static Arbitrary<Generated> validNumbers() {
    Arbitrary<LegacyProvince> provinces = Arbitraries.of(LegacyProvince.class);
    Arbitrary<Integer> years = Arbitraries.integers().between(1900, 2026);
    Arbitrary<Sex> sexes = Arbitraries.of(Sex.class);
    Arbitrary<Integer> random = Arbitraries.integers().between(0, 999_999);
    return Combinators.combine(provinces, years, sexes, random)
        .as(
            (province, year, sex, rest) -> {
              int centuryDigit = 2 * ((year - 1900) / 100) + (sex == Sex.FEMALE ? 1 : 0);
              String text =
                  "0"
                      + province.code()
                      + centuryDigit
                      + String.format("%02d%06d", year % 100, rest);
              return new Generated(text, province, sex, year);
            });
  }
}
