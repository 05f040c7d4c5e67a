package org.opendvc.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendvc.core.place.AdministrativeUnits;
import org.opendvc.core.place.LegacyResolution;
import org.opendvc.core.place.Province;
import org.opendvc.core.place.ResolutionMethod;
import org.opendvc.examples.BirthDeclaration;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.FormLoader;

/** Runs the samples of the forms and places pages. */
class FormsAndPlacesGuideTest {
  private static final FormDefinition BIRTH =
      FormLoader.standard()
          .load(Path.of("forms", "1.001193-to-khai-dang-ky-khai-sinh.json"))
          .orElseThrow();

  @Test
  void burden_theBirthDeclarationMeetsThe2025TargetOnAPhone() {
    assertThat(FormsGuide.meetsThe2025Target(BIRTH, BirthDeclaration.CLOCK)).isTrue();
  }

  @Test
  void jsonSchema_describesTheSubmissionsOfTheForm() {
    var schema = FormsGuide.schemaForTheFrontEnd(BIRTH);

    assertThat(schema.path("properties").has("childDateOfBirth")).isTrue();
    assertThat(schema.path("x-ui").path("type").asText()).isEqualTo("Categorization");
  }

  @Test
  void provinces_ninhThuanIsNowPartOfKhanhHoa() {
    assertThat(PlacesGuide.provinces()).isEqualTo(Province.KHANH_HOA);
  }

  @Test
  void communes_findsBacNhaTrangByAnAbbreviatedName(@TempDir Path dir) throws Exception {
    Path dataset = dir.resolve("communes.json");
    try (var in =
        AdministrativeUnits.class.getResourceAsStream(AdministrativeUnits.SAMPLE_RESOURCE)) {
      Files.write(dataset, in.readAllBytes());
    }

    assertThat(PlacesGuide.communes(dataset))
        .singleElement()
        .extracting(c -> c.code())
        .isEqualTo("22333");
  }

  @Test
  void resolve_findsTheProvinceOfAnOldAddressWithoutADataset() {
    LegacyResolution where =
        PlacesGuide.resolve(
            AdministrativeUnits.empty(),
            new PlacesGuide.OldAddress("58", "Ninh Thuận", null, null, null, null));

    assertThat(where.province()).contains(Province.KHANH_HOA);
    assertThat(where.method()).isEqualTo(ResolutionMethod.PROVINCE_CODE);
  }
}
