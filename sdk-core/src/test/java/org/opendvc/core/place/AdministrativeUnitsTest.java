package org.opendvc.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdministrativeUnitsTest {
  private static final AdministrativeUnits SAMPLE = AdministrativeUnits.sample();

  @Test
  void sample_holdsEightUnitsOfKhanhHoaWithTheirCodesAndKinds() {
    assertThat(SAMPLE.size()).isEqualTo(8);
    assertThat(SAMPLE.communes(Province.KHANH_HOA))
        .extracting(Commune::code, Commune::fullName)
        .containsExactly(
            tuple("22333", "Phường Bắc Nha Trang"),
            tuple("22366", "Phường Nha Trang"),
            tuple("22390", "Phường Tây Nha Trang"),
            tuple("22402", "Phường Nam Nha Trang"),
            tuple("22736", "Đặc khu Trường Sa"),
            tuple("22759", "Phường Phan Rang"),
            tuple("22780", "Phường Đông Hải"),
            tuple("22888", "Xã Phước Dinh"));
    assertThat(SAMPLE.commune("22736").orElseThrow().kind()).isEqualTo(CommuneKind.SPECIAL_ZONE);
    assertThat(SAMPLE.commune("22888").orElseThrow().kind()).isEqualTo(CommuneKind.COMMUNE);
  }

  @Test
  void sample_recordsTheEarlierCommunesOfPhuocDinh() {
    Commune phuocDinh = SAMPLE.commune("22888").orElseThrow();

    assertThat(phuocDinh.mergedFrom())
        .containsExactly(
            new LegacyCommune(
                LegacyProvince.NINH_THUAN,
                "582",
                "Phan Rang-Tháp Chàm",
                "22768",
                "Đông Hải",
                LegacyShare.PART),
            new LegacyCommune(
                LegacyProvince.NINH_THUAN,
                "587",
                "Ninh Phước",
                "22888",
                "An Hải",
                LegacyShare.WHOLE),
            new LegacyCommune(
                LegacyProvince.NINH_THUAN,
                "589",
                "Thuận Nam",
                "22903",
                "Phước Dinh",
                LegacyShare.WHOLE));
  }

  @Test
  void commune_byUnknownOrMalformedCode_isEmpty() {
    assertThat(SAMPLE.commune("99999")).isEmpty();
    assertThat(SAMPLE.commune("2233")).isEmpty();
    assertThat(SAMPLE.communes(Province.HA_NOI)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Bắc Nha Trang          | 22333
          bac nha trang          | 22333
          BẮC NHA TRANG          | 22333
          Phường Bắc Nha Trang   | 22333
          P. Bắc Nha Trang       | 22333
          phuong bac nha trang   | 22333
          Bac Nha Trang Ward     | 22333
          Nha Trang              | 22366
          Tây Nha Trang          | 22390
          Đặc khu Trường Sa      | 22736
          Truong Sa              | 22736
          Xã Phước Dinh          | 22888
          X. Phuoc Dinh          | 22888
          Đông Hải               | 22780
          Dong Hai               | 22780
          """)
  void findByName_ignoresDiacriticsCaseAndUnitWords(String name, String code) {
    assertThat(SAMPLE.findByName(Province.KHANH_HOA, name))
        .extracting(Commune::code)
        .containsExactly(code);
  }

  @ParameterizedTest(name = "\"{0}\" is no commune")
  @CsvSource({"Nha", "Phường", "Vĩnh Hải", "''", "Bắc Nha Trang Nam"})
  void findByName_whenNoCommuneHasTheName_isEmpty(String name) {
    assertThat(SAMPLE.findByName(Province.KHANH_HOA, name)).isEmpty();
  }

  @Test
  void findByName_looksOnlyInTheProvinceGiven() {
    assertThat(SAMPLE.findByName(Province.HA_NOI, "Bắc Nha Trang")).isEmpty();
  }

  @Test
  void findByName_whenNamesRepeat_findsEveryUnitOfTheProvinceAndNoOther() {
    Commune hanoi = new Commune("00001", "Tân Tiến", CommuneKind.WARD, Province.HA_NOI);
    Commune first = new Commune("22001", "Tân Tiến", CommuneKind.WARD, Province.KHANH_HOA);
    Commune second = new Commune("22002", "Tân Tiến", CommuneKind.COMMUNE, Province.KHANH_HOA);
    AdministrativeUnits units = AdministrativeUnits.of(List.of(hanoi, first, second));

    assertThat(units.findByName(Province.KHANH_HOA, "Tan Tien")).containsExactly(first, second);
    assertThat(units.findByName(Province.KHANH_HOA, "Phường Tân Tiến")).containsExactly(first);
    assertThat(units.findByName(Province.HA_NOI, "Tân Tiến")).containsExactly(hanoi);
  }

  @Test
  void findByName_numberedWards_matchWithOrWithoutLeadingZeros() {
    Commune ward = new Commune("26734", "1", CommuneKind.WARD, Province.HO_CHI_MINH);
    AdministrativeUnits units = AdministrativeUnits.of(List.of(ward));

    assertThat(units.findByName(Province.HO_CHI_MINH, "Phường 01")).containsExactly(ward);
    assertThat(units.findByName(Province.HO_CHI_MINH, "P.1")).containsExactly(ward);
  }

  @Test
  void of_whenTwoCommunesShareACode_throws() {
    Commune a = new Commune("22333", "A", CommuneKind.WARD, Province.KHANH_HOA);
    Commune b = new Commune("22333", "B", CommuneKind.WARD, Province.KHANH_HOA);

    assertThatThrownBy(() -> AdministrativeUnits.of(List.of(a, b)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("22333");
  }

  @Test
  void registry_cannotBeModifiedThroughWhatItReturns() {
    assertThatThrownBy(() -> SAMPLE.communes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> SAMPLE.communes(Province.KHANH_HOA).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void empty_hasNoCommunes() {
    assertThat(AdministrativeUnits.empty().size()).isZero();
    assertThat(AdministrativeUnits.empty().findByName(Province.KHANH_HOA, "Nha Trang")).isEmpty();
  }

  @Test
  void commune_rejectsMalformedCodesAndBlankNames() {
    assertThatThrownBy(() -> new Commune("2233", "X", CommuneKind.WARD, Province.KHANH_HOA))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Commune("22333", " ", CommuneKind.WARD, Province.KHANH_HOA))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SAMPLE.commune("22333").orElseThrow())
        .hasToString("22333 Phường Bắc Nha Trang (56)");
  }

  @Test
  void legacyCommune_needsACodeOrANameAndWellFormedCodes() {
    assertThatThrownBy(
            () ->
                new LegacyCommune(
                    LegacyProvince.KHANH_HOA, "568", null, null, null, LegacyShare.WHOLE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LegacyCommune.whole(LegacyProvince.KHANH_HOA, "56", "22327"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LegacyCommune.whole(LegacyProvince.KHANH_HOA, "568", "2232"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(LegacyCommune.whole(LegacyProvince.KHANH_HOA, "568", "22327").share())
        .isEqualTo(LegacyShare.WHOLE);
  }

  @Test
  void schema_acceptsTheSampleAndRejectsTheBadFixture() throws IOException {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(
                CommuneDatasetTest.resource("/org/opendvc/core/schema/communes.schema.json"),
                InputFormat.JSON);

    List<Error> sample =
        schema.validate(
            CommuneDatasetTest.resource(AdministrativeUnits.SAMPLE_RESOURCE), InputFormat.JSON);
    List<Error> bad =
        schema.validate(CommuneDatasetTest.resource("/place/bad-values.json"), InputFormat.JSON);

    assertThat(sample).isEmpty();
    assertThat(bad)
        .extracting(e -> e.getInstanceLocation().toString())
        .contains(
            "/communes/0/code",
            "/communes/2/kind",
            "/communes/3/provinceCode",
            "/communes/7/code",
            "/communes/8/mergedFrom/0/provinceCode",
            "/communes/8/mergedFrom/2",
            "/communes/8/mergedFrom/3/share");
  }
}
