package org.opendvc.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opendvc.core.internal.text.VietnameseText;

class ProvinceTest {

  @ParameterizedTest(name = "{0} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          01 | HA_NOI      | Hà Nội      | CENTRALLY_RUN_CITY | 01
          04 | CAO_BANG    | Cao Bằng    | PROVINCE           | 04
          08 | TUYEN_QUANG | Tuyên Quang | PROVINCE           | 08 02
          11 | DIEN_BIEN   | Điện Biên   | PROVINCE           | 11
          12 | LAI_CHAU    | Lai Châu    | PROVINCE           | 12
          14 | SON_LA      | Sơn La      | PROVINCE           | 14
          15 | LAO_CAI     | Lào Cai     | PROVINCE           | 10 15
          19 | THAI_NGUYEN | Thái Nguyên | PROVINCE           | 19 06
          20 | LANG_SON    | Lạng Sơn    | PROVINCE           | 20
          22 | QUANG_NINH  | Quảng Ninh  | PROVINCE           | 22
          24 | BAC_NINH    | Bắc Ninh    | PROVINCE           | 27 24
          25 | PHU_THO     | Phú Thọ     | PROVINCE           | 25 26 17
          31 | HAI_PHONG   | Hải Phòng   | CENTRALLY_RUN_CITY | 31 30
          33 | HUNG_YEN    | Hưng Yên    | PROVINCE           | 33 34
          37 | NINH_BINH   | Ninh Bình   | PROVINCE           | 37 35 36
          38 | THANH_HOA   | Thanh Hóa   | PROVINCE           | 38
          40 | NGHE_AN     | Nghệ An     | PROVINCE           | 40
          42 | HA_TINH     | Hà Tĩnh     | PROVINCE           | 42
          44 | QUANG_TRI   | Quảng Trị   | PROVINCE           | 45 44
          46 | HUE         | Huế         | CENTRALLY_RUN_CITY | 46
          48 | DA_NANG     | Đà Nẵng     | CENTRALLY_RUN_CITY | 48 49
          51 | QUANG_NGAI  | Quảng Ngãi  | PROVINCE           | 51 62
          52 | GIA_LAI     | Gia Lai     | PROVINCE           | 64 52
          56 | KHANH_HOA   | Khánh Hòa   | PROVINCE           | 56 58
          66 | DAK_LAK     | Đắk Lắk     | PROVINCE           | 66 54
          68 | LAM_DONG    | Lâm Đồng    | PROVINCE           | 68 67 60
          75 | DONG_NAI    | Đồng Nai    | PROVINCE           | 75 70
          79 | HO_CHI_MINH | Hồ Chí Minh | CENTRALLY_RUN_CITY | 79 74 77
          80 | TAY_NINH    | Tây Ninh    | PROVINCE           | 72 80
          82 | DONG_THAP   | Đồng Tháp   | PROVINCE           | 87 82
          86 | VINH_LONG   | Vĩnh Long   | PROVINCE           | 86 83 84
          91 | AN_GIANG    | An Giang    | PROVINCE           | 89 91
          92 | CAN_THO     | Cần Thơ     | CENTRALLY_RUN_CITY | 92 94 93
          96 | CA_MAU      | Cà Mau      | PROVINCE           | 96 95
          """)
  void everyUnit_hasItsCodeNameKindAndEarlierProvinces(
      String code, Province province, String name, ProvinceKind kind, String legacyCodes) {
    assertThat(Province.fromCode(code)).contains(province);
    assertThat(province.code()).isEqualTo(code);
    assertThat(province.displayName()).isEqualTo(name);
    assertThat(province.fullName()).isEqualTo(kind.unitWord() + " " + name);
    assertThat(province.kind()).isEqualTo(kind);
    List<LegacyProvince> expected =
        Arrays.stream(legacyCodes.split(" "))
            .map(c -> LegacyProvince.fromCode(c).orElseThrow())
            .toList();
    assertThat(province.mergedFrom()).containsExactlyElementsOf(expected);
    expected.forEach(legacy -> assertThat(legacy.successor()).isEqualTo(province));
  }

  @Test
  void units_are34WithSixCentrallyRunCities() {
    assertThat(Province.values()).hasSize(34);
    assertThat(
            Arrays.stream(Province.values())
                .filter(p -> p.kind() == ProvinceKind.CENTRALLY_RUN_CITY))
        .containsExactlyInAnyOrder(
            Province.HA_NOI,
            Province.HAI_PHONG,
            Province.HUE,
            Province.DA_NANG,
            Province.CAN_THO,
            Province.HO_CHI_MINH);
  }

  @Test
  void mergers_partitionThe63EarlierProvinces() {
    List<LegacyProvince> all = new ArrayList<>();
    for (Province p : Province.values()) {
      assertThat(p.mergedFrom()).as("%s", p).isNotEmpty();
      all.addAll(p.mergedFrom());
    }
    assertThat(LegacyProvince.values()).hasSize(63);
    assertThat(all).hasSize(63).doesNotHaveDuplicates();
    assertThat(EnumSet.copyOf(all)).isEqualTo(EnumSet.allOf(LegacyProvince.class));
    for (LegacyProvince legacy : LegacyProvince.values()) {
      assertThat(legacy.successor().mergedFrom()).as("%s", legacy).contains(legacy);
    }
  }

  @Test
  void elevenUnchangedUnits_keepTheirName() {
    List<Province> unchanged =
        Arrays.stream(Province.values()).filter(Province::isUnchanged).toList();
    assertThat(unchanged)
        .containsExactlyInAnyOrder(
            Province.HA_NOI,
            Province.HUE,
            Province.LAI_CHAU,
            Province.DIEN_BIEN,
            Province.SON_LA,
            Province.LANG_SON,
            Province.QUANG_NINH,
            Province.THANH_HOA,
            Province.NGHE_AN,
            Province.HA_TINH,
            Province.CAO_BANG);
    for (Province p : unchanged) {
      LegacyProvince before = p.mergedFrom().get(0);
      assertThat(before.code()).as("%s", p).isEqualTo(p.code());
      if (p == Province.HUE) {
        // Renamed from Thừa Thiên Huế when it became a centrally-run city on 1 January 2025.
        assertThat(before.displayName()).isEqualTo("Thừa Thiên Huế");
      } else {
        assertThat(before.displayName()).as("%s", p).isEqualTo(p.displayName());
      }
    }
  }

  @Test
  void mergedUnits_areTwentyThreeFromFiftyTwo() {
    List<Province> merged = Arrays.stream(Province.values()).filter(p -> !p.isUnchanged()).toList();
    assertThat(merged).hasSize(23);
    assertThat(merged.stream().mapToInt(p -> p.mergedFrom().size()).sum()).isEqualTo(52);
  }

  @Test
  void everyUnit_takesTheNameOfItsFirstEarlierUnitAndTheCodeOfOneOfThem() {
    for (Province p : Province.values()) {
      String firstName = VietnameseText.fold(p.mergedFrom().get(0).displayName());
      assertThat(firstName).as("%s", p).endsWith(VietnameseText.fold(p.displayName()));
      Set<String> codes = Set.copyOf(p.mergedFrom().stream().map(LegacyProvince::code).toList());
      assertThat(codes).as("%s", p).contains(p.code());
    }
  }

  @Test
  void laoCai_carriesYenBaisCode() {
    assertThat(Province.LAO_CAI.code()).isEqualTo("15");
    assertThat(LegacyProvince.YEN_BAI.code()).isEqualTo("15");
    assertThat(LegacyProvince.LAO_CAI.code()).isEqualTo("10");
    assertThat(LegacyProvince.LAO_CAI.successor()).isEqualTo(Province.LAO_CAI);
  }

  @ParameterizedTest
  @CsvSource({"10", "58", "00", "1", "001", "''", "ab"})
  void fromCode_whenNotACurrentCode_isEmpty(String code) {
    assertThat(Province.fromCode(code)).isEmpty();
  }

  @Test
  void mergedFrom_cannotBeModified() {
    List<LegacyProvince> list = Province.HO_CHI_MINH.mergedFrom();
    assertThatThrownBy(() -> list.add(LegacyProvince.HA_NOI))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
