package org.opendvc.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opendvc.core.Language;
import org.opendvc.core.diagnostic.Diagnostic;

/** Resolving addresses written before 1 July 2025 to today's units. */
class LegacyResolutionTest {
  private static final AdministrativeUnits SAMPLE = AdministrativeUnits.sample();

  /**
   * Address (province code and name, district code and name, commune code and name) → method,
   * province, commune, candidates, notes ("code pointer"), against the Khánh Hòa sample.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          unchanged province by code  | 38  | -              | -   | -               | -     | -           | PROVINCE_CODE | 38 | -     | -           | -
          merged province by code     | 58  | -              | -   | -               | -     | -           | PROVINCE_CODE | 56 | -     | -           | -
          merged province by name     | -   | Tỉnh Ninh Thuận | -  | -               | -     | -           | PROVINCE_NAME | 56 | -     | -           | -
          renamed province by name    | -   | Thừa Thiên Huế | -   | -               | -     | -           | PROVINCE_NAME | 46 | -     | -           | -
          code without leading zero   | 1   | -              | -   | -               | -     | -           | PROVINCE_CODE | 01 | -     | -           | -
          code with an extra zero     | 079 | -              | -   | -               | -     | -           | PROVINCE_CODE | 79 | -     | -           | -
          unknown province code       | 03  | -              | -   | -               | -     | -           | UNRESOLVED    | -  | -     | -           | PLACE_RESOLVE_PROVINCE_UNKNOWN /provinceCode
          unknown province name       | -   | Atlantis       | -   | -               | -     | -           | UNRESOLVED    | -  | -     | -           | PLACE_RESOLVE_PROVINCE_NAME_UNKNOWN /provinceName
          nothing at all              | -   | -              | -   | -               | -     | -           | UNRESOLVED    | -  | -     | -           | PLACE_RESOLVE_PROVINCE_MISSING
          code and name disagree      | 58  | Bình Dương     | -   | -               | -     | -           | PROVINCE_CODE | 56 | -     | -           | PLACE_RESOLVE_PROVINCE_CONFLICT /provinceName
          unknown code, known name    | 03  | Ninh Thuận     | -   | -               | -     | -           | PROVINCE_NAME | 56 | -     | -           | PLACE_RESOLVE_PROVINCE_UNKNOWN /provinceCode
          commune by code             | 56  | -              | 568 | -               | 22330 | -           | COMMUNE_CODE  | 56 | 22333 | -           | -
          commune of merged province  | 58  | -              | 582 | -               | 22750 | -           | COMMUNE_CODE  | 56 | 22759 | -           | -
          commune code alone          | -   | -              | -   | -               | 22903 | -           | COMMUNE_CODE  | 56 | 22888 | -           | -
          commune code with spaces    | 56  | -              | -   | -               | ' 22339 ' | -           | COMMUNE_CODE  | 56 | 22333 | -           | -
          divided commune by code     | 58  | -              | 582 | -               | 22768 | -           | PROVINCE_CODE | 56 | -     | 22780 22888 | PLACE_RESOLVE_COMMUNE_SPLIT /communeCode
          divided commune, code alone | -   | -              | -   | -               | 22768 | -           | PROVINCE_CODE | 56 | -     | 22780 22888 | PLACE_RESOLVE_COMMUNE_SPLIT /communeCode
          commune not in dataset      | 56  | -              | 569 | -               | 22417 | -           | PROVINCE_CODE | 56 | -     | -           | PLACE_RESOLVE_COMMUNE_NOT_IN_DATASET /communeCode
          commune of another province | 79  | -              | 760 | -               | 22330 | -           | PROVINCE_CODE | 79 | -     | -           | PLACE_RESOLVE_COMMUNE_OUTSIDE_PROVINCE /communeCode
          commune by names            | -   | Khánh Hòa      | -   | Thành phố Nha Trang | - | Phường Vĩnh Hải | COMMUNE_NAME | 56 | 22333 | -        | -
          names without diacritics    | -   | khanh hoa      | -   | TP Nha Trang    | -     | vinh hai    | COMMUNE_NAME  | 56 | 22333 | -           | -
          names of merged province    | -   | Ninh Thuận     | -   | Phan Rang - Tháp Chàm | - | P. Mỹ Bình | COMMUNE_NAME | 56 | 22780 | -           | -
          township by name            | -   | Khánh Hòa      | -   | Huyện Trường Sa | -     | Thị trấn Trường Sa | COMMUNE_NAME | 56 | 22736 | - | -
          divided commune by name     | -   | Ninh Thuận     | -   | -               | -     | Đông Hải    | PROVINCE_NAME | 56 | -     | 22780 22888 | PLACE_RESOLVE_COMMUNE_SPLIT /communeName
          name in another district    | -   | Khánh Hòa      | -   | Cam Ranh        | -     | Vĩnh Hải    | PROVINCE_NAME | 56 | -     | -           | PLACE_RESOLVE_COMMUNE_NOT_IN_DATASET /communeName
          district code narrows name  | 56  | -              | 569 | -               | -     | Vĩnh Hải    | PROVINCE_CODE | 56 | -     | -           | PLACE_RESOLVE_COMMUNE_NOT_IN_DATASET /communeName
          unknown commune code, name  | 56  | -              | 568 | -               | 22222 | Vĩnh Hải    | COMMUNE_NAME  | 56 | 22333 | -           | -
          commune without province    | -   | -              | -   | -               | 22222 | -           | UNRESOLVED    | -  | -     | -           | PLACE_RESOLVE_COMMUNE_NOT_IN_DATASET /communeCode;PLACE_RESOLVE_PROVINCE_MISSING
          """)
  void resolveLegacy_againstTheSample(
      String label,
      String provinceCode,
      String provinceName,
      String districtCode,
      String districtName,
      String communeCode,
      String communeName,
      ResolutionMethod method,
      String province,
      String commune,
      String candidates,
      String notes) {
    LegacyAddress address =
        new LegacyAddress(
            provinceCode, provinceName, districtCode, districtName, communeCode, communeName);

    LegacyResolution resolution = SAMPLE.resolveLegacy(address);

    assertThat(resolution.method()).isEqualTo(method);
    assertThat(resolution.province().map(Province::code).orElse(null)).isEqualTo(province);
    assertThat(resolution.commune().map(Commune::code).orElse(null)).isEqualTo(commune);
    assertThat(resolution.candidates())
        .extracting(Commune::code)
        .containsExactlyElementsOf(candidates == null ? List.of() : List.of(candidates.split(" ")));
    assertThat(resolution.isAmbiguous()).isEqualTo(candidates != null);
    assertThat(resolution.notes())
        .extracting(n -> (n.code() + " " + n.pointer()).strip())
        .containsExactlyElementsOf(notes == null ? List.of() : Arrays.asList(notes.split(";")));
  }

  @Test
  void resolveLegacy_aPopulationDatabaseAddressWithCodesAndNames_resolvesByCode() {
    LegacyAddress thuongTru =
        LegacyAddress.builder()
            .provinceCode("58") // MaTinhThanh
            .provinceName("Tỉnh Ninh Thuận") // TenTinhThanh
            .districtCode("587") // MaQuanHuyen
            .districtName("Huyện Ninh Phước") // TenQuanHuyen
            .communeCode("22888") // MaPhuongXa
            .communeName("Xã An Hải") // TenPhuongXa
            .build();

    LegacyResolution resolution = SAMPLE.resolveLegacy(thuongTru);

    assertThat(resolution.method()).isEqualTo(ResolutionMethod.COMMUNE_CODE);
    assertThat(resolution.legacyProvince()).contains(LegacyProvince.NINH_THUAN);
    assertThat(resolution.province()).contains(Province.KHANH_HOA);
    assertThat(resolution.commune().map(Commune::fullName)).contains("Xã Phước Dinh");
    assertThat(resolution.notes()).isEmpty();
  }

  @Test
  void resolveLegacy_withAnEmptyRegistry_stillResolvesTheProvince() {
    LegacyResolution resolution =
        AdministrativeUnits.empty().resolveLegacy(LegacyAddress.ofCodes("74", "718", "25747"));

    assertThat(resolution.method()).isEqualTo(ResolutionMethod.PROVINCE_CODE);
    assertThat(resolution.legacyProvince()).contains(LegacyProvince.BINH_DUONG);
    assertThat(resolution.province()).contains(Province.HO_CHI_MINH);
    assertThat(resolution.commune()).isEmpty();
    assertThat(resolution.has(PlaceDiagnostics.RESOLVE_COMMUNE_NOT_IN_DATASET)).isTrue();
  }

  @Test
  void resolveLegacy_whenOnlyPartOfTheCommuneIsKnown_resolvesAndSaysSo() {
    AdministrativeUnits onlyDongHai =
        AdministrativeUnits.of(List.of(SAMPLE.commune("22780").orElseThrow()));

    LegacyResolution resolution =
        onlyDongHai.resolveLegacy(LegacyAddress.ofCodes("58", "582", "22768"));

    assertThat(resolution.method()).isEqualTo(ResolutionMethod.COMMUNE_CODE);
    assertThat(resolution.commune().map(Commune::code)).contains("22780");
    assertThat(resolution.notes())
        .extracting(Diagnostic::code)
        .containsExactly("PLACE_RESOLVE_COMMUNE_PART");
  }

  @Test
  void resolveLegacy_whenTwoEarlierCommunesShareAName_isAmbiguousUntilTheDistrictIsGiven() {
    // Synthetic communes: two earlier communes of one name in two districts of one province.
    Commune north =
        new Commune(
            "10001",
            "Bắc",
            CommuneKind.COMMUNE,
            Province.HO_CHI_MINH,
            List.of(
                new LegacyCommune(
                    LegacyProvince.BINH_DUONG,
                    "721",
                    "Bến Cát",
                    null,
                    "Tân Thành",
                    LegacyShare.WHOLE)));
    Commune south =
        new Commune(
            "10002",
            "Nam",
            CommuneKind.COMMUNE,
            Province.HO_CHI_MINH,
            List.of(
                new LegacyCommune(
                    LegacyProvince.BINH_DUONG,
                    "720",
                    "Bắc Tân Uyên",
                    null,
                    "Tân Thành",
                    LegacyShare.WHOLE)));
    AdministrativeUnits units = AdministrativeUnits.of(List.of(north, south));

    LegacyResolution withoutDistrict =
        units.resolveLegacy(LegacyAddress.ofNames("Bình Dương", null, "Xã Tân Thành"));
    LegacyResolution withDistrict =
        units.resolveLegacy(LegacyAddress.ofNames("Bình Dương", "Thị xã Bến Cát", "Xã Tân Thành"));

    assertThat(withoutDistrict.commune()).isEmpty();
    assertThat(withoutDistrict.candidates()).containsExactly(north, south);
    assertThat(withoutDistrict.notes())
        .extracting(n -> n.code() + " " + n.pointer())
        .containsExactly("PLACE_RESOLVE_COMMUNE_NAME_AMBIGUOUS /communeName");
    assertThat(withDistrict.method()).isEqualTo(ResolutionMethod.COMMUNE_NAME);
    assertThat(withDistrict.commune()).contains(north);
  }

  @Test
  void resolveLegacy_districtNamesMatchWhateverTheUnitWord() {
    Commune commune =
        new Commune(
            "10001",
            "Quan Sơn",
            CommuneKind.COMMUNE,
            Province.THANH_HOA,
            List.of(
                new LegacyCommune(
                    LegacyProvince.THANH_HOA,
                    null,
                    "Huyện Quan Sơn",
                    null,
                    "Sơn Lư",
                    LegacyShare.WHOLE)));
    AdministrativeUnits units = AdministrativeUnits.of(List.of(commune));

    for (String district : List.of("Quan Sơn", "huyen quan son", "H. Quan Sơn")) {
      assertThat(
              units.resolveLegacy(LegacyAddress.ofNames("Thanh Hóa", district, "Sơn Lư")).commune())
          .as(district)
          .contains(commune);
    }
    assertThat(
            units.resolveLegacy(LegacyAddress.ofNames("Thanh Hóa", "Quan Hóa", "Sơn Lư")).commune())
        .isEmpty();
  }

  @Test
  void addressAndResolution_neverShowTheDistrictOrCommuneInText() {
    LegacyAddress address =
        LegacyAddress.builder()
            .provinceCode("56")
            .districtCode("568")
            .districtName("Thành phố Nha Trang")
            .communeCode("22330")
            .communeName("Phường Vĩnh Hải")
            .build();
    LegacyResolution resolution = SAMPLE.resolveLegacy(address);
    LegacyResolution divided = SAMPLE.resolveLegacy(LegacyAddress.ofCodes("58", "582", "22768"));

    for (String text : List.of(address.toString(), resolution.toString(), divided.toString())) {
      assertThat(text).doesNotContain("22330", "568", "Nha Trang", "Vĩnh Hải", "22333", "22768");
    }
    assertThat(address).hasToString("LegacyAddress[province=56, district/commune=***]");
    for (Diagnostic note : divided.notes()) {
      assertThat(note.message().get(Language.EN)).doesNotContain("22768", "582");
      assertThat(note.message().vi()).doesNotContain("22768", "582");
    }
  }

  @Test
  void legacyAddress_treatsBlankValuesAsAbsentAndTrims() {
    LegacyAddress address = new LegacyAddress(" 56 ", "", null, "  ", "22330", null);

    assertThat(address.provinceCode()).isEqualTo("56");
    assertThat(address.provinceName()).isNull();
    assertThat(address.districtName()).isNull();
    assertThat(LegacyAddress.ofNames(" ", null, "").isEmpty()).isTrue();
  }

  @Test
  void resolutions_areValuesComparedByContent() {
    LegacyAddress address = LegacyAddress.ofCodes("56", "568", "22330");

    assertThat(SAMPLE.resolveLegacy(address)).isEqualTo(SAMPLE.resolveLegacy(address));
    assertThat(SAMPLE.resolveLegacy(address).hashCode())
        .isEqualTo(SAMPLE.resolveLegacy(address).hashCode());
    assertThat(SAMPLE.resolveLegacy(address))
        .isNotEqualTo(SAMPLE.resolveLegacy(LegacyAddress.ofCodes("56", null, null)));
  }
}
