package org.opendvc.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendvc.core.id.Fixtures.MARCH_2026;
import static org.opendvc.core.id.IdentifierKind.AGENCY;
import static org.opendvc.core.id.IdentifierKind.DOSSIER;
import static org.opendvc.core.id.IdentifierKind.ENTERPRISE_CODE;
import static org.opendvc.core.id.IdentifierKind.LEGACY_ID;
import static org.opendvc.core.id.IdentifierKind.PERSONAL_ID;
import static org.opendvc.core.id.IdentifierKind.PHONE;
import static org.opendvc.core.id.IdentifierKind.PROCEDURE;
import static org.opendvc.core.id.IdentifierKind.TAX_CODE;

import org.junit.jupiter.api.Test;

class IdentifierKindTest {

  @Test
  void detect_whenTwelveDigits_isPersonalIdAndTaxCode() {
    assertThat(IdentifierKind.detect("001087123456")).containsExactly(PERSONAL_ID, TAX_CODE);
  }

  @Test
  void detect_whenTenDigitsStartingWithZero_isTaxCodeEnterpriseCodeAndPhone() {
    assertThat(IdentifierKind.detect("0912345678"))
        .containsExactly(TAX_CODE, ENTERPRISE_CODE, PHONE);
    assertThat(IdentifierKind.detect("3500123453")).containsExactly(TAX_CODE, ENTERPRISE_CODE);
  }

  @Test
  void detect_findsEveryOtherShape() {
    assertThat(IdentifierKind.detect("123456789")).containsExactly(LEGACY_ID);
    assertThat(IdentifierKind.detect("0314409058-002")).containsExactly(TAX_CODE);
    assertThat(IdentifierKind.detect("+84 912 345 678")).containsExactly(PHONE);
    assertThat(IdentifierKind.detect("02438251234")).containsExactly(PHONE);
    assertThat(IdentifierKind.detect("000.00.00.H56")).containsExactly(AGENCY);
    assertThat(IdentifierKind.detect("1.001193")).containsExactly(PROCEDURE);
    assertThat(IdentifierKind.detect("000.00.00.H56-250701-0001")).containsExactly(DOSSIER);
  }

  @Test
  void detect_whenMistyped_stillFindsTheKindSoParsingCanExplain() {
    assertThat(IdentifierKind.detect("+84 912 345 67")).containsExactly(PHONE);
    assertThat(IdentifierKind.detect("1.00119")).containsExactly(PROCEDURE);
    assertThat(IdentifierKind.detect("000.00.00.56")).containsExactly(AGENCY);
    assertThat(IdentifierKind.detect("h5.14")).containsExactly(AGENCY);
    assertThat(IdentifierKind.detect("000.00.00.56-250230-0001")).containsExactly(DOSSIER);
    assertThat(Fixtures.codes(PROCEDURE.parse("1.00119", MARCH_2026)))
        .containsExactly("ID_PROCEDURE_CODE_MALFORMED");
  }

  @Test
  void detect_whenNothingFits_isEmpty() {
    assertThat(IdentifierKind.detect("hello")).isEmpty();
    assertThat(IdentifierKind.detect("")).isEmpty();
    assertThat(IdentifierKind.detect("12345")).isEmpty();
    assertThat(IdentifierKind.detect("H56.")).isEmpty();
    assertThat(IdentifierKind.detect("H56..14")).isEmpty();
    assertThat(IdentifierKind.detect("Hà.Nội")).isEmpty();
  }

  @Test
  void maskUnknown_masksLikeAPersonalNumber() {
    assertThat(IdentifierKind.maskUnknown(" 0010 8712 3456 ")).isEqualTo("0010******56");
  }

  @Test
  void fromId_readsTheCommandLineNames() {
    for (IdentifierKind kind : IdentifierKind.values()) {
      assertThat(IdentifierKind.fromId(kind.id())).contains(kind);
    }
    assertThat(IdentifierKind.fromId(" Personal-ID ")).contains(PERSONAL_ID);
    assertThat(IdentifierKind.fromId("cccd")).isEmpty();
  }

  @Test
  void parse_givesTheKindsOwnType() {
    assertThat(PERSONAL_ID.parse("001087123456", MARCH_2026).orElseThrow())
        .isInstanceOf(PersonalIdNumber.class);
    assertThat(TAX_CODE.parse("001087123456", MARCH_2026).orElseThrow())
        .isInstanceOf(TaxCode.class);
    assertThat(ENTERPRISE_CODE.parse("0100109106", MARCH_2026).orElseThrow())
        .isEqualTo(new EnterpriseCode("0100109106"))
        .returns(new TaxCode("0100109106"), id -> ((EnterpriseCode) id).taxCode());
    assertThat(PROCEDURE.parse("1.001193", MARCH_2026).orElseThrow())
        .isEqualTo(ProcedureCode.of("1.001193"))
        .returns("1.001193", Identifier::masked);
    assertThat(LEGACY_ID.parse("123456789", MARCH_2026).orElseThrow().masked())
        .isEqualTo("12*****89");
  }

  @Test
  void everyKind_hasNamesInBothLanguages() {
    for (IdentifierKind kind : IdentifierKind.values()) {
      assertThat(kind.displayName().hasEnglish()).isTrue();
      assertThat(kind.id()).matches("[a-z]+(-[a-z]+)*");
    }
  }
}
