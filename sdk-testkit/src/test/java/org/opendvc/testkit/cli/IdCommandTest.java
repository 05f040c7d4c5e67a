package org.opendvc.testkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IdCommandTest {
  /** Every run reads identifiers as of this date, so the tests never depend on today. */
  private static final String AS_OF = "--as-of=2026-03-15";

  private static DvcRun dvc(String... args) {
    String[] withDate = Arrays.copyOf(args, args.length + 1);
    withDate[args.length] = AS_OF;
    return DvcRun.dvc(withDate);
  }

  @Test
  void id_personalNumberAsJson_givesKindValidityProvinceSexAndBirthYear() throws Exception {
    DvcRun run = dvc("id", "038195000123", "--kind", "personal-id", "--format", "json");

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("kind").asText()).isEqualTo("personal-id");
    assertThat(json.get("valid").asBoolean()).isTrue();
    assertThat(json.get("provinceCode").asText()).isEqualTo("038");
    assertThat(json.get("province").asText()).isEqualTo("Thanh Hóa");
    assertThat(json.get("sex").asText()).isEqualTo("FEMALE");
    assertThat(json.get("birthYear").asInt()).isEqualTo(1995);
    assertThat(json.get("value").asText()).isEqualTo("0381******23");
    assertThat(json.has("candidates")).isFalse();
    assertThat(run.out()).doesNotContain("038195000123");
  }

  @Test
  void id_personalNumberAsText_explainsInVietnameseByDefault() {
    DvcRun run = dvc("id", "001087123456", "--kind", "personal-id");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("Số định danh cá nhân: hợp lệ")
        .contains("0010******56")
        .contains("001 Hà Nội")
        .contains("Giới tính")
        .contains("nam")
        .contains("1987")
        .doesNotContain("001087123456");
  }

  @Test
  void id_withoutKind_saysTheValueFitsSeveralKinds() throws Exception {
    DvcRun text = dvc("id", "001087123456", "--lang", "en");
    DvcRun json = dvc("id", "001087123456", "--format", "json");

    assertThat(text.out())
        .contains("fits 2 kinds: personal identification number, tax code")
        .contains("Personal identification number: valid")
        .contains("Tax code: valid")
        .contains("12 digits: personal identification number");
    assertThat(json.json().get("kind").asText()).isEqualTo("personal-id");
    assertThat(json.json().get("candidates").findValuesAsText("kind"))
        .containsExactly("personal-id", "tax-code");
  }

  @Test
  void id_whenOnlyOneReadingIsValid_exitsZeroAndLeadsWithIt() throws Exception {
    DvcRun run = dvc("id", "0912345678", "--format", "json");

    assertThat(run.status()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("kind").asText()).isEqualTo("phone");
    assertThat(json.get("lineType").asText()).isEqualTo("MOBILE");
    assertThat(json.get("candidates").findValuesAsText("kind"))
        .containsExactly("tax-code", "enterprise-code", "phone");
    assertThat(json.get("candidates").get(0).get("valid").asBoolean()).isFalse();
  }

  @Test
  void id_whenAPhoneNumberIsAlsoReadAsATaxCode_masksItInEveryMessage() {
    DvcRun run = dvc("id", "0912345678", "--lang", "en");

    assertThat(run.out())
        .contains("ID_TAX_CODE_CHECK_DIGIT")
        .contains("Tax code 0912****78: the check digit")
        .doesNotContain("0912345678")
        .doesNotContain("345");
  }

  @Test
  void id_validEnterpriseTaxCode_isShownInClearThoughItFailsAsAPhoneNumber() throws Exception {
    DvcRun run = dvc("id", "0100109106", "--format", "json");

    assertThat(run.status()).isZero();
    assertThat(run.json().get("value").asText()).isEqualTo("0100109106");
    assertThat(run.json().get("kind").asText()).isEqualTo("tax-code");
    assertThat(run.json().get("form").asText()).isEqualTo("ENTERPRISE_10");
    assertThat(run.json().get("candidates").findValuesAsText("valid"))
        .containsExactly("true", "true", "false");
  }

  @Test
  void id_invalidTaxCode_listsTheErrorWithItsCodeAndExitsOne() {
    DvcRun run = dvc("id", "0100109107", "--kind", "tax-code", "--lang", "en");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .contains("Tax code: invalid")
        .contains("ERROR ID_TAX_CODE_CHECK_DIGIT")
        .contains("is 7, but the first nine digits require 6")
        .contains("105/2020/TT-BTC");
  }

  @Test
  void id_birthYearAfterTheReferenceDate_isInvalid() throws Exception {
    DvcRun before = dvc("id", "001227000000", "--kind", "personal-id", "--format", "json");

    assertThat(before.status()).isEqualTo(1);
    assertThat(before.json().get("diagnostics").findValuesAsText("code"))
        .containsExactly("ID_PERSONAL_ID_BIRTH_YEAR_IN_FUTURE");
    assertThat(before.json().get("value").asText()).isEqualTo("0012******00");
  }

  @Test
  void id_dossierCode_explainsAgencyDateAndSequence() {
    DvcRun run = dvc("id", "000.00.00.H56-250701-0042");

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("Mã số hồ sơ: hợp lệ")
        .contains("000.00.00.H56")
        .contains("01/07/2025")
        .contains("42")
        .doesNotContain("có thể là");
  }

  @Test
  void id_valueOfNoKnownShape_isReportedMaskedAndExitsOne() throws Exception {
    DvcRun run = dvc("id", "hello 12345", "--format", "json");

    assertThat(run.status()).isEqualTo(1);
    JsonNode json = run.json();
    assertThat(json.get("kind").isNull()).isTrue();
    assertThat(json.get("valid").asBoolean()).isFalse();
    assertThat(json.get("diagnostics").findValuesAsText("code")).containsExactly("ID_UNRECOGNISED");
    assertThat(run.out()).doesNotContain("hello");
  }

  @Test
  void id_unknownKindOrMissingValue_isAUsageError() {
    DvcRun unknownKind = dvc("id", "001087123456", "--kind", "cccd");
    DvcRun badDate = DvcRun.dvc("id", "001087123456", "--as-of", "2026-02-30");

    assertThat(unknownKind.status()).isEqualTo(2);
    assertThat(unknownKind.err()).contains("personal-id").contains("'cccd'");
    assertThat(badDate.status()).isEqualTo(2);
    assertThat(badDate.err()).contains("--as-of").contains("2026-02-30");
    assertThat(dvc("id").status()).isEqualTo(2);
  }
}
