package org.opendvc.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Looking provinces up by the names people and old systems actually write. */
class ProvinceNamesTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Khánh Hòa                     | KHANH_HOA
          Khánh Hoà                     | KHANH_HOA
          KHÁNH HÒA                     | KHANH_HOA
          khanh hoa                     | KHANH_HOA
          Tỉnh Khánh Hòa                | KHANH_HOA
          tinh khanh hoa                | KHANH_HOA
          Khanh Hoa Province            | KHANH_HOA
          Hồ Chí Minh                   | HO_CHI_MINH
          Thành phố Hồ Chí Minh         | HO_CHI_MINH
          TP. Hồ Chí Minh               | HO_CHI_MINH
          TP.HCM                        | HO_CHI_MINH
          TP HCM                        | HO_CHI_MINH
          TPHCM                         | HO_CHI_MINH
          Ho Chi Minh City              | HO_CHI_MINH
          Sài Gòn                       | HO_CHI_MINH
          Huế                           | HUE
          Thành phố Huế                 | HUE
          Thừa Thiên Huế                | HUE
          Thua Thien - Hue              | HUE
          Hà Nội                        | HA_NOI
          Thủ đô Hà Nội                 | HA_NOI
          HA NOI                        | HA_NOI
          Đắk Lắk                       | DAK_LAK
          Dak Lak                       | DAK_LAK
          Thanh Hóa                     | THANH_HOA
          Lào Cai                       | LAO_CAI
          """)
  void currentProvince_isFoundByNameVariants(String name, Province expected) {
    assertThat(Province.fromName(name)).contains(expected);
  }

  @ParameterizedTest(name = "\"{0}\" is not a current province")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Bình Dương
          Bà Rịa - Vũng Tàu
          Yên Bái
          Quảng Bình
          Tỉnh
          Thành phố
          ''
          Khánh
          Atlantis
          """)
  void currentProvince_isNotFoundForEarlierOrUnknownNames(String name) {
    assertThat(Province.fromName(name)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" was {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Bà Rịa – Vũng Tàu             | BA_RIA_VUNG_TAU
          Bà Rịa - Vũng Tàu             | BA_RIA_VUNG_TAU
          Bà Rịa-Vũng Tàu               | BA_RIA_VUNG_TAU
          Bà Rịa — Vũng Tàu             | BA_RIA_VUNG_TAU
          Bà Rịa Vũng Tàu               | BA_RIA_VUNG_TAU
          Tỉnh Bà Rịa - Vũng Tàu        | BA_RIA_VUNG_TAU
          BA RIA - VUNG TAU             | BA_RIA_VUNG_TAU
          Thừa Thiên Huế                | THUA_THIEN_HUE
          Tỉnh Thừa Thiên Huế           | THUA_THIEN_HUE
          Huế                           | THUA_THIEN_HUE
          Thành phố Hồ Chí Minh         | HO_CHI_MINH
          TP HCM                        | HO_CHI_MINH
          Tp.HCM                        | HO_CHI_MINH
          Hồ Chí Minh                   | HO_CHI_MINH
          Bình Dương                    | BINH_DUONG
          binh duong                    | BINH_DUONG
          Yên Bái                       | YEN_BAI
          Lào Cai                       | LAO_CAI
          Đắk Nông                      | DAK_NONG
          Dak Nong                      | DAK_NONG
          Hòa Bình                      | HOA_BINH
          Hoà Bình                      | HOA_BINH
          Thành phố Cần Thơ             | CAN_THO
          """)
  void earlierProvince_isFoundByNameVariants(String name, LegacyProvince expected) {
    assertThat(LegacyProvince.fromName(name)).contains(expected);
  }

  @ParameterizedTest(name = "\"{0}\" was no province")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Bà Rịa
          Vũng Tàu
          Tỉnh
          ''
          Sài Gòn Mới
          """)
  void earlierProvince_isNotFoundForPartialOrUnknownNames(String name) {
    assertThat(LegacyProvince.fromName(name)).isEmpty();
  }
}
