package org.opendvc.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendvc.core.Language;
import org.opendvc.core.LocalizedText;

/**
 * The checks delegate identifiers to the sdk-core types (whose own tests cover every rule); these
 * tests pin the delegation, that a refusal says why without the value, and the checks kept here.
 */
class ValueChecksTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

  @ParameterizedTest
  @ValueSource(strings = {"001194012345", "079301006789", "096000000001", "002075003300"})
  void personalId_whenTwelveDigitsWithAProvinceCode_isValid(String id) {
    assertThat(ValueChecks.personalId(id, CLOCK)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "00119401234",
        "0011940123456",
        "00119401234a",
        "103194012345",
        "003194012345",
        "099194012345"
      })
  void personalId_whenWrongLengthOrProvince_saysWhyWithoutTheValue(String id) {
    LocalizedText reason = ValueChecks.personalId(id, CLOCK);
    assertThat(reason).isNotNull();
    assertThat(reason.get(Language.EN)).doesNotContain(id);
    assertThat(reason.vi()).doesNotContain(id);
  }

  @Test
  void personalId_whenBornAfterTheClock_isInvalid() {
    // Century digit 2 (male, 21st century), year 27: born in 2027, after 1 March 2026.
    assertThat(ValueChecks.personalId("001227012345", CLOCK)).isNotNull();
  }

  @Test
  void taxCode_theReferenceExample_isValid() {
    // 0100109106: weighted sum 114, 114 mod 11 = 4, 10 - 4 = 6 (domain reference §3.3).
    assertThat(ValueChecks.taxCode("0100109106", CLOCK)).isNull();
    assertThat(ValueChecks.taxCode("0100109106-001", CLOCK)).isNull();
    assertThat(ValueChecks.taxCode("001194012345", CLOCK)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0100109107", "010010910", "0100109106-01", "999194012345", "abcdefghij"})
  void taxCode_whenCheckDigitOrShapeIsWrong_isInvalid(String code) {
    assertThat(ValueChecks.taxCode(code, CLOCK)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0912345678", "0381234567", "+84 912 345 678", "02438221234"})
  void phone_whenMobileOrLandline_isValid(String phone) {
    assertThat(ValueChecks.phone(phone)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"091234567", "09123456789", "1912345678", "0012345678"})
  void phone_whenNotAVietnameseNumber_isInvalid(String phone) {
    assertThat(ValueChecks.phone(phone)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"an@example.vn", "nguyen.van.an+dvc@mail.gov.vn", "a_b@x-y.com"})
  void email_whenWellFormed_isValid(String email) {
    assertThat(ValueChecks.email(email)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "an",
        "@example.vn",
        "an@",
        "an@@example.vn",
        "an@example",
        ".an@example.vn",
        "a..n@example.vn",
        "an@-x.vn",
        "an @example.vn"
      })
  void email_whenMalformed_isInvalid(String email) {
    assertThat(ValueChecks.email(email)).isFalse();
  }

  @Test
  void province_acceptsTheCodesOfThe34AndOfThe63() {
    for (String code :
        new String[] {
          "01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37",
          "38", "40", "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82",
          "86", "91", "92", "96"
        }) {
      assertThat(ValueChecks.province(code)).as(code).isTrue();
    }
    assertThat(ValueChecks.province("02")).isTrue(); // Hà Giang, merged into Tuyên Quang
    assertThat(ValueChecks.province("03")).isFalse();
    assertThat(ValueChecks.province("1")).isFalse();
  }

  @Test
  void commune_isFiveDigits() {
    assertThat(ValueChecks.commune("00070")).isTrue();
    assertThat(ValueChecks.commune("0070")).isFalse();
  }
}
