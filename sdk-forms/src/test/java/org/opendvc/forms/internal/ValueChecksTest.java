package org.opendvc.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendvc.forms.validation.SubmissionDiagnostics;

class ValueChecksTest {

  @ParameterizedTest
  @ValueSource(strings = {"001194012345", "079301006789", "096000000001", "002075003300"})
  void personalId_whenTwelveDigitsWithAProvinceCode_isValid(String id) {
    assertThat(ValueChecks.personalId(id)).isNull();
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
  void personalId_whenWrongLengthOrProvince_isInvalid(String id) {
    assertThat(ValueChecks.personalId(id)).isEqualTo(SubmissionDiagnostics.PERSONAL_ID_INVALID);
  }

  @Test
  void taxCode_theReferenceExample_isValid() {
    // 0100109106: weighted sum 114, 114 mod 11 = 4, 10 - 4 = 6 (domain reference §3.3).
    assertThat(ValueChecks.taxCode("0100109106")).isNull();
    assertThat(ValueChecks.taxCode("0100109106-001")).isNull();
    assertThat(ValueChecks.taxCode("001194012345")).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0100109107",
        "010010910",
        "0100109106-01",
        "0100109106001",
        "999194012345",
        "abcdefghij"
      })
  void taxCode_whenCheckDigitOrShapeIsWrong_isInvalid(String code) {
    assertThat(ValueChecks.taxCode(code)).isEqualTo(SubmissionDiagnostics.TAX_CODE_INVALID);
  }

  @Property(tries = 200)
  void taxCode_withItsComputedCheckDigit_isValid_andWithAnyOtherIsNot(
      @ForAll @IntRange(min = 0, max = 999_999_999) int body,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    String nine = String.format("%09d", body);
    int check = ValueChecks.checkDigit(nine + "0");
    assertThat(ValueChecks.taxCode(nine + check)).isNull();
    assertThat(ValueChecks.taxCode(nine + (check + shift) % 10)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0912345678", "0381234567", "0561234567", "0771234567", "0861234567"})
  void phone_whenMobileOfTenDigits_isValid(String phone) {
    assertThat(ValueChecks.phone(phone)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0212345678", "091234567", "09123456789", "1912345678", "0912-345678"})
  void phone_whenNotAMobileNumber_isInvalid(String phone) {
    assertThat(ValueChecks.phone(phone)).isEqualTo(SubmissionDiagnostics.PHONE_INVALID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"an@example.vn", "nguyen.van.an+dvc@mail.gov.vn", "a_b@x-y.com"})
  void email_whenWellFormed_isValid(String email) {
    assertThat(ValueChecks.email(email)).isNull();
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
    assertThat(ValueChecks.email(email)).isEqualTo(SubmissionDiagnostics.EMAIL_INVALID);
  }

  @Test
  void province_acceptsTheCodesOfThe34AndOfThe63() {
    for (String code :
        new String[] {
          "01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37",
          "38", "40", "42", "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82",
          "86", "91", "92", "96"
        }) {
      assertThat(ValueChecks.province(code)).as(code).isNull();
    }
    assertThat(ValueChecks.province("02")).isNull(); // Hà Giang, merged into Tuyên Quang
    assertThat(ValueChecks.province("03")).isEqualTo(SubmissionDiagnostics.PROVINCE_UNKNOWN);
    assertThat(ValueChecks.province("1")).isEqualTo(SubmissionDiagnostics.PROVINCE_UNKNOWN);
  }

  @Test
  void commune_isFiveDigits() {
    assertThat(ValueChecks.commune("00070")).isNull();
    assertThat(ValueChecks.commune("0070")).isEqualTo(SubmissionDiagnostics.COMMUNE_MALFORMED);
  }
}
