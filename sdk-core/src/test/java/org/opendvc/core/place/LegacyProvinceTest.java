package org.opendvc.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever way an old record writes an earlier province, it leads to the same unit today. */
class LegacyProvinceTest {

  /** How old data decorates a province name. */
  record Spelling(String prefix, boolean upperCase, boolean withoutDiacritics, String dash) {
    String write(String name) {
      String text = prefix + name.replace(" – ", dash);
      if (withoutDiacritics) {
        text =
            Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{Mn}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
      }
      return upperCase ? text.toUpperCase(Locale.ROOT) : text;
    }
  }

  @Property(tries = 300)
  void codeAndName_leadToTheSameCurrentProvince(
      @ForAll LegacyProvince province, @ForAll("spellings") Spelling spelling) {
    String name = spelling.write(province.displayName());

    Province byCode = LegacyProvince.fromCode(province.code()).orElseThrow().successor();
    Province byName = LegacyProvince.fromName(name).orElseThrow().successor();

    assertThat(byName).as(name).isEqualTo(byCode).isEqualTo(province.successor());

    AdministrativeUnits none = AdministrativeUnits.empty();
    LegacyResolution fromCode =
        none.resolveLegacy(LegacyAddress.ofCodes(province.code(), null, null));
    LegacyResolution fromName = none.resolveLegacy(LegacyAddress.ofNames(name, null, null));
    assertThat(fromName.province()).as(name).contains(byCode).isEqualTo(fromCode.province());
    assertThat(fromName.legacyProvince()).as(name).contains(province);
    assertThat(fromName.method()).isEqualTo(ResolutionMethod.PROVINCE_NAME);
    assertThat(fromCode.method()).isEqualTo(ResolutionMethod.PROVINCE_CODE);
    assertThat(fromName.notes()).isEmpty();
  }

  @Property(tries = 100)
  void fromCode_findsEveryProvinceByItsOwnCode(@ForAll LegacyProvince province) {
    assertThat(LegacyProvince.fromCode(province.code())).contains(province);
  }

  @Example
  void successor_ofAMergedProvince_isTheUnitItJoined() {
    assertThat(LegacyProvince.NINH_THUAN.successor()).isEqualTo(Province.KHANH_HOA);
    assertThat(LegacyProvince.BINH_DUONG.successor()).isEqualTo(Province.HO_CHI_MINH);
    assertThat(LegacyProvince.THUA_THIEN_HUE.successor()).isEqualTo(Province.HUE);
    assertThat(LegacyProvince.YEN_BAI.successor()).isEqualTo(Province.LAO_CAI);
  }

  @Example
  void fromCode_whenNotAnEarlierCode_isEmpty() {
    assertThat(LegacyProvince.fromCode("03")).isEmpty();
    assertThat(LegacyProvince.fromCode("1")).isEmpty();
    assertThat(LegacyProvince.fromCode("079")).isEmpty();
  }

  @Provide
  Arbitrary<Spelling> spellings() {
    return Combinators.combine(
            Arbitraries.of("", "Tỉnh ", "tinh ", "TỈNH ", "Thành phố ", "TP. ", "TP "),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(" – ", " - ", "-", " — ", " ", "–"))
        .as(Spelling::new);
  }
}
