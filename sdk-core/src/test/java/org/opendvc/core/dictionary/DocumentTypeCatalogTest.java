package org.opendvc.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendvc.core.law.Laws;

class DocumentTypeCatalogTest {
  private static final DocumentTypeCatalog CATALOG = DataDictionary.standard().documentTypes();

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Sổ hộ khẩu|HOUSEHOLD_REGISTRATION_BOOK",
        "Bản sao Sổ hộ khẩu|HOUSEHOLD_REGISTRATION_BOOK",
        "BAN SAO SO HO KHAU|HOUSEHOLD_REGISTRATION_BOOK",
        "sổ hộ khẩu (bản chính)|HOUSEHOLD_REGISTRATION_BOOK",
        "CMND/CCCD|IDENTITY_CARD",
        "Bản sao Chứng minh nhân dân hoặc Căn cước công dân|IDENTITY_CARD",
        "Tờ khai đăng ký khai sinh|APPLICATION_FORM",
        "Tờ khai đăng ký khai sinh theo mẫu|APPLICATION_FORM",
        "Bản sao Giấy khai sinh|BIRTH_CERTIFICATE",
        "Giấy khai sinh (bản sao)|BIRTH_CERTIFICATE",
        "Trích lục khai sinh|BIRTH_CERTIFICATE",
        "Giấy chứng sinh|MEDICAL_BIRTH_CERTIFICATE",
        "Giấy chứng nhận kết hôn|MARRIAGE_CERTIFICATE",
        "Giấy xác nhận tình trạng hôn nhân|MARITAL_STATUS_CERTIFICATE",
        "Ảnh 4x6|PHOTO",
        "Giấy chứng nhận quyền sử dụng đất|LAND_USE_RIGHT_CERTIFICATE",
        "Đơn đề nghị cấp phiếu lý lịch tư pháp|APPLICATION_FORM",
        "Phiếu lý lịch tư pháp số 1|JUDICIAL_RECORD_CERTIFICATE",
        "Birth certificate|BIRTH_CERTIFICATE"
      })
  void match_findsTheDocumentTypeOfAComponentName(String name, String id) {
    assertThat(CATALOG.match(name))
        .hasValueSatisfying(m -> assertThat(m.type().id()).isEqualTo(id));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "  ",
        "Bản vẽ thiết kế",
        "Sổ",
        "khẩu",
        "Giấy",
        "Hồ sơ khác",
        // "khai sinh" alone names the event, not the paper: no birth certificate here.
        "Văn bản chứng minh việc đã đăng ký khai sinh trước đây",
        "Hình thức nộp hồ sơ"
      })
  void match_whenNoTypeIsMentioned_isEmpty(String name) {
    assertThat(CATALOG.match(name)).isEmpty();
  }

  @Test
  void match_prefersTheTypeNamedFirst() {
    // Vietnamese puts the head of a noun phrase first: this is a form about a birth certificate.
    DocumentMatch match = CATALOG.match("Tờ khai đăng ký khai sinh").orElseThrow();

    assertThat(match.type().id()).isEqualTo("APPLICATION_FORM");
    assertThat(match.position()).isZero();
    assertThat(match.alias()).isEqualTo("Tờ khai");
  }

  @Test
  void match_amongTypesStartingAtTheSameWord_prefersTheLongestName() {
    assertThat(CATALOG.match("Giấy chứng nhận đăng ký doanh nghiệp").orElseThrow().type().id())
        .isEqualTo("ENTERPRISE_REGISTRATION_CERTIFICATE");
    assertThat(CATALOG.match("Giấy chứng nhận đăng ký hộ kinh doanh").orElseThrow().type().id())
        .isEqualTo("HOUSEHOLD_BUSINESS_REGISTRATION_CERTIFICATE");
  }

  @Test
  void matchAll_findsEveryTypeMentionedBestFirst() {
    List<DocumentMatch> all = CATALOG.matchAll("Sổ hộ khẩu hoặc CMND");

    assertThat(all)
        .extracting(m -> m.type().id())
        .containsExactly("HOUSEHOLD_REGISTRATION_BOOK", "IDENTITY_CARD");
    assertThat(all).extracting(DocumentMatch::position).containsExactly(0, 4);
  }

  @Test
  void matchAll_listsEachTypeOnceAtItsBestMatch() {
    List<DocumentMatch> all = CATALOG.matchAll("CMND, Căn cước công dân hoặc CMND");

    assertThat(all).extracting(m -> m.type().id()).containsExactly("IDENTITY_CARD");
    assertThat(all.get(0).position()).isZero();
  }

  @Test
  void householdBook_isAbolishedFromTheFirstOfJanuary2023() {
    DocumentType book = CATALOG.find("HOUSEHOLD_REGISTRATION_BOOK").orElseThrow();

    assertThat(book.abolishedOn()).isEqualTo(LocalDate.of(2023, 1, 1));
    assertThat(book.isAbolishedOn(LocalDate.of(2022, 12, 31))).isFalse();
    assertThat(book.isAbolishedOn(LocalDate.of(2023, 1, 1))).isTrue();
    assertThat(book.abolishedBy()).isEqualTo(Laws.RESIDENCE_LAW.clause(38, 3));
    assertThat(book.heldBy()).containsExactly(Registry.POPULATION);
  }

  @Test
  void birthCertificate_isHeldByTheStateAndIssuedByBirthRegistration() {
    DocumentType birth = CATALOG.find("BIRTH_CERTIFICATE").orElseThrow();

    assertThat(birth.isHeldByState()).isTrue();
    assertThat(birth.isAbolishedOn(LocalDate.of(2030, 1, 1))).isFalse();
    assertThat(birth.issuedBy()).extracting(c -> c.value()).contains("1.001193");
    assertThat(CATALOG.find("APPLICATION_FORM").orElseThrow().isHeldByState()).isFalse();
  }

  @Test
  void of_rejectsTwoTypesWithOneId() {
    DocumentType form = DataDictionaryTest.form(List.of());

    assertThatIllegalArgumentException()
        .isThrownBy(() -> DocumentTypeCatalog.of(List.of(form, form)))
        .withMessageContaining("FORM");
  }

  @Test
  void find_unknownId_isEmpty() {
    assertThat(CATALOG.find("BIRTH_CERTIFICATES")).isEmpty();
  }
}
