package org.opendvc.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendvc.core.LocalizedText;

class DataDictionaryTest {
  private static final DataDictionary STANDARD = DataDictionary.standard();

  private static DataElement element(String id) {
    return new DataElement(
        id,
        ValueType.TEXT,
        PersonalDataClass.NONE,
        SubjectKind.PERSON,
        LocalizedText.of(id),
        List.of());
  }

  /** An application form carrying {@code dataElements}, for tests of the catalogue's rules. */
  static DocumentType form(List<String> dataElements) {
    return new DocumentType(
        "FORM",
        DocumentCategory.APPLICATION_FORM,
        LocalizedText.of("Tờ khai"),
        List.of(),
        dataElements,
        Set.of(),
        List.of(),
        null,
        null);
  }

  @Test
  void standard_loadsOnceWithElementsAndDocumentTypes() {
    assertThat(DataDictionary.standard()).isSameAs(STANDARD);
    assertThat(STANDARD.elements()).hasSizeGreaterThan(50);
    assertThat(STANDARD.documentTypes().size()).isGreaterThan(20);
    assertThat(STANDARD.contains("person.fullName")).isTrue();
    assertThat(STANDARD.contains("person.favouriteColour")).isFalse();
  }

  @Test
  void standard_everyDocumentTypeRefersToDefinedElements() {
    for (DocumentType type : STANDARD.documentTypes().types()) {
      assertThat(type.dataElements())
          .allSatisfy(id -> assertThat(STANDARD.contains(id)).as(id).isTrue());
    }
  }

  /**
   * Every field of the population database's lookup payload (CSDLQG về dân cư, {@code
   * Envelope.Body.CongdanCollection.CongDan}), as listed in the domain reference §2.8.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "SoDinhDanh",
        "SoCMND",
        "MaSoThue",
        "HoVaTen",
        "HoVaTen.Ho",
        "HoVaTen.ChuDem",
        "HoVaTen.Ten",
        "GioiTinh",
        "DanToc",
        "TonGiao",
        "TinhTrangHonNhan",
        "NhomMau",
        "NgayThangNamSinh",
        "NoiDangKyKhaiSinh",
        "QueQuan",
        "ThuongTru",
        "NoiOHienTai",
        "QuocTich",
        "Cha.HoVaTen",
        "Cha.QuocTich",
        "Cha.SoDinhDanh",
        "Cha.SoCMND",
        "Me.HoVaTen",
        "Me.QuocTich",
        "Me.SoDinhDanh",
        "Me.SoCMND",
        "VoChong.HoVaTen",
        "VoChong.QuocTich",
        "VoChong.SoDinhDanh",
        "VoChong.SoCMND",
        "NguoiDaiDien.HoVaTen",
        "NguoiDaiDien.QuocTich",
        "NguoiDaiDien.SoDinhDanh",
        "NguoiDaiDien.SoCMND",
        "ChuHo.QuanHe",
        "ChuHo.SoDinhDanh",
        "ChuHo.SoCMND",
        "ChuHo.HoVaTen",
        "SoSoHoKhau"
      })
  void standard_holdsAnElementForEveryPopulationDatabaseField(String field) {
    assertThat(STANDARD.heldBy(Registry.POPULATION))
        .filteredOn(
            e ->
                field.equals(
                    e.holding(Registry.POPULATION).map(RegistryHolding::sourceField).orElse(null)))
        .as("element held by POPULATION with field %s", field)
        .hasSize(1);
  }

  @ParameterizedTest
  @CsvSource({
    "person.personalIdNumber, SoDinhDanh, PERSONAL_ID, AUTHORITATIVE",
    "person.legacyIdNumber, SoCMND, LEGACY_ID, AUTHORITATIVE",
    "person.father.fullName, Cha.HoVaTen, TEXT, AUTHORITATIVE",
    "person.currentResidence, NoiOHienTai, ADDRESS, INFORMATIVE"
  })
  void standard_describesPopulationElements(
      String id, String field, ValueType type, AssuranceLevel assurance) {
    DataElement element = STANDARD.element(id).orElseThrow();

    assertThat(element.type()).isEqualTo(type);
    assertThat(element.personalData().isPersonal()).isTrue();
    assertThat(element.subject()).isEqualTo(SubjectKind.PERSON);
    RegistryHolding holding = element.holding(Registry.POPULATION).orElseThrow();
    assertThat(holding.sourceField()).isEqualTo(field);
    assertThat(holding.assurance()).isEqualTo(assurance);
    assertThat(element.isHeldByRegistry()).isTrue();
  }

  @Test
  void heldBy_listsOnlyWhatTheRegistryHolds() {
    assertThat(STANDARD.heldBy(Registry.ENTERPRISE))
        .extracting(DataElement::id)
        .contains("enterprise.code", "enterprise.taxCode")
        .allMatch(id -> id.startsWith("enterprise."));
    assertThat(STANDARD.heldBy(Registry.CIVIL_STATUS))
        .extracting(DataElement::id)
        .contains("person.fullName", "person.dateOfBirth")
        .doesNotContain("person.personalIdNumber");
  }

  @Test
  void empty_holdsNothing() {
    assertThat(DataDictionary.empty().elements()).isEmpty();
    assertThat(DataDictionary.empty().documentTypes().size()).isZero();
    assertThat(DataDictionary.empty().element("person.fullName")).isEmpty();
  }

  @Test
  void of_rejectsDuplicateElementsAndUnknownReferences() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DataDictionary.of(List.of(element("a.b"), element("a.b")), List.of()))
        .withMessageContaining("a.b");
    DocumentType form = form(List.of("a.c"));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DataDictionary.of(List.of(element("a.b")), List.of(form)))
        .withMessageContaining("a.c");
  }
}
