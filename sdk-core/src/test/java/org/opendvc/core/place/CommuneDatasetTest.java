package org.opendvc.core.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opendvc.core.Language;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Severity;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.json.JsonDocument;

/** Reading commune datasets in CSV and JSON: what is read, and every problem reported. */
class CommuneDatasetTest {
  @TempDir Path dir;

  static String resource(String name) throws IOException {
    try (InputStream in = CommuneDatasetTest.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Each diagnostic as "CODE line:column pointer", to compare whole reports at a glance. */
  static List<String> located(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .map(d -> d.code() + " " + d.position() + " " + d.pointer())
        .toList();
  }

  private static Validated<AdministrativeUnits> csv(String text) {
    return AdministrativeUnits.readCsv(text, "test.csv");
  }

  private static Validated<AdministrativeUnits> json(String text) {
    return AdministrativeUnits.readJson(JsonDocument.parse(text, "test.json").orElseThrow());
  }

  @Test
  void sampleInCsvAndJson_readToTheSameCommunes() throws IOException {
    Validated<AdministrativeUnits> fromCsv =
        csv(resource("/org/opendvc/core/place/sample-communes.csv"));
    Validated<AdministrativeUnits> fromJson =
        json(resource("/org/opendvc/core/place/sample-communes.json"));

    assertThat(fromCsv.diagnostics()).isEmpty();
    assertThat(fromJson.diagnostics()).isEmpty();
    assertThat(List.copyOf(fromCsv.orElseThrow().communes()))
        .hasSize(8)
        .isEqualTo(List.copyOf(fromJson.orElseThrow().communes()));
  }

  @Test
  void csv_withBomCrlfQuotesBlankRowsSnakeCaseHeadersAndExtensions_isRead() throws IOException {
    Validated<AdministrativeUnits> read = csv(resource("/place/quirks.csv"));

    assertThat(read.diagnostics()).isEmpty();
    AdministrativeUnits units = read.orElseThrow();
    assertThat(units.size()).isEqualTo(2);
    Commune ward = units.commune("22333").orElseThrow();
    assertThat(ward.kind()).isEqualTo(CommuneKind.WARD);
    assertThat(ward.mergedFrom())
        .extracting(LegacyCommune::code, LegacyCommune::name, LegacyCommune::share)
        .containsExactly(
            tuple("22327", "Vĩnh Hòa", LegacyShare.WHOLE),
            tuple("22330", "Vĩnh Hải", LegacyShare.WHOLE));
    assertThat(units.commune("22736").orElseThrow().name()).isEqualTo("Trường Sa");
  }

  @Test
  void csv_withEveryValueProblem_reportsEachAtItsLineColumnAndPointer() throws IOException {
    Validated<AdministrativeUnits> read = csv(resource("/place/bad-values.csv"));

    assertThat(located(read.diagnostics()))
        .containsExactly(
            "PLACE_COMMUNE_CODE_MALFORMED 2:1 /code",
            "PLACE_NAME_BLANK 3:7 /name",
            "PLACE_VALUE_NOT_ALLOWED 4:21 /kind",
            "PLACE_PROVINCE_CODE_LEGACY 5:26 /provinceCode",
            "PLACE_PROVINCE_UNKNOWN 6:25 /provinceCode",
            "PLACE_COMMUNE_DUPLICATE 8:1 /code",
            "PLACE_COMMUNE_DUPLICATE 9:1 /code",
            "PLACE_NAME_HAS_UNIT_WORD 10:7 /name",
            "PLACE_LEGACY_PROVINCE_UNKNOWN 10:30 /mergedFromProvinceCode",
            "PLACE_DISTRICT_CODE_MALFORMED 11:27 /mergedFromDistrictCode",
            "PLACE_COMMUNE_CODE_MALFORMED 12:32 /mergedFromCommuneCode",
            "PLACE_LEGACY_COMMUNE_MISSING 13:1 ",
            "PLACE_VALUE_NOT_ALLOWED 14:47 /mergedFromShare",
            "PLACE_LEGACY_PROVINCE_MISMATCH 15:24 /mergedFromProvinceCode",
            "PLACE_LEGACY_DUPLICATE 16:1 ",
            "PLACE_CSV_FIELD_COUNT 19:1 ",
            "PLACE_LEGACY_WHOLE_TWICE 18:48 /mergedFromShare");
    assertThat(read.isValid()).isFalse();
  }

  @Test
  void csv_withProblems_stillHoldsTheCommunesThatCouldBeRead() throws IOException {
    Validated<AdministrativeUnits> read = csv(resource("/place/bad-values.csv"));

    AdministrativeUnits units = read.value().orElseThrow();
    assertThat(units.communes())
        .extracting(Commune::code)
        .containsExactly("22420", "22423", "22432", "22435", "22453");
    assertThat(units.commune("22432").orElseThrow().mergedFrom())
        .extracting(LegacyCommune::label)
        .containsExactly("26734");
  }

  @Test
  void csv_messages_nameTheValuesInBothLanguages() throws IOException {
    List<Diagnostic> found = csv(resource("/place/bad-values.csv")).diagnostics();

    Diagnostic legacyCode = found.get(3);
    assertThat(legacyCode.message().get(Language.EN))
        .isEqualTo(
            "Province code 58 (Ninh Thuận) was in force until 30 June 2025; from 1 July 2025 it"
                + " is 56 (Khánh Hòa)");
    assertThat(legacyCode.message().vi())
        .isEqualTo(
            "Mã tỉnh 58 (Ninh Thuận) chỉ dùng đến ngày 30/6/2025; từ ngày 1/7/2025 là 56 (Khánh Hòa)");
    assertThat(legacyCode.legalReference()).isNotNull();
    assertThat(found.get(5).message().get(Language.EN))
        .startsWith("Commune 22420 is already defined at line 7");
    assertThat(found.get(7).severity()).isEqualTo(Severity.WARNING);
    assertThat(found.get(16).message().get(Language.EN))
        .startsWith("Earlier commune 22447 is listed as wholly merged into both 22435 and 22453");
    assertThat(found).allSatisfy(d -> assertThat(d.file()).isEqualTo("test.csv"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          empty file                | ''                                                                  | PLACE_CSV_EMPTY 1:1
          only blank lines          | '\\n\\r\\n'                                                          | PLACE_CSV_EMPTY 1:1
          required columns missing  | 'code,name\\n22333,X\\n'                                             | PLACE_CSV_COLUMN_MISSING 1:1 ;PLACE_CSV_COLUMN_MISSING 1:1
          unknown column            | 'code,name,kind,provinceCode,population\\n'                         | PLACE_CSV_COLUMN_UNKNOWN 1:29
          column twice              | 'code,name,kind,provinceCode,Code\\n'                               | PLACE_CSV_COLUMN_DUPLICATE 1:29
          quote never closed        | 'code,name,kind,provinceCode\\n22333,"Bắc,WARD,56\\n'              | PLACE_CSV_QUOTE_UNCLOSED 2:7 ;PLACE_CSV_FIELD_COUNT 2:1
          text after closing quote  | 'code,name,kind,provinceCode\\n22333,"Bắc" Nha Trang,WARD,56\\n'   | PLACE_CSV_TEXT_AFTER_QUOTE 2:12
          line after quoted newline | 'code,name,kind,provinceCode\\n22333,"Bắc\\nNha Trang",WARD,56\\n2233,X,WARD,56\\n' | PLACE_COMMUNE_CODE_MALFORMED 4:1
          lone CR line ends         | 'code,name,kind,provinceCode\\r22333,X,WARD,56\\r2233,X,WARD,56'   | PLACE_COMMUNE_CODE_MALFORMED 3:1
          """)
  void csv_structureProblems_areReportedWhereTheyAre(String label, String text, String expected) {
    String unescaped = text.replace("\\n", "\n").replace("\\r", "\r");
    List<Diagnostic> found = csv(unescaped).diagnostics();

    assertThat(found)
        .extracting(d -> d.code() + " " + d.position())
        .containsExactly(expected.split(" ;"));
  }

  @Test
  void csv_textAfterClosingQuote_keepsTheTextInTheValue() {
    Validated<AdministrativeUnits> read =
        csv("code,name,kind,provinceCode\n22333,\"Bắc\" Nha Trang,WARD,56\n");

    assertThat(read.value().orElseThrow().commune("22333").orElseThrow().name())
        .isEqualTo("Bắc Nha Trang");
  }

  @Test
  void json_withEveryValueProblem_reportsEachAtItsPointerAndLine() throws IOException {
    Validated<AdministrativeUnits> read = json(resource("/place/bad-values.json"));

    assertThat(read.diagnostics())
        .extracting(d -> d.code() + " " + d.position().line() + " " + d.pointer())
        .containsExactly(
            "PLACE_COMMUNE_CODE_MALFORMED 3 /communes/0/code",
            "PLACE_NAME_BLANK 4 /communes/1/name",
            "PLACE_VALUE_NOT_ALLOWED 5 /communes/2/kind",
            "PLACE_PROVINCE_CODE_LEGACY 6 /communes/3/provinceCode",
            "PLACE_PROVINCE_UNKNOWN 7 /communes/4/provinceCode",
            "PLACE_COMMUNE_DUPLICATE 9 /communes/6/code",
            "JSON_WRONG_TYPE 10 /communes/7/code",
            "JSON_REQUIRED_MISSING 10 /communes/7/provinceCode",
            "JSON_UNKNOWN_PROPERTY 11 /communes/8/population",
            "JSON_REQUIRED_MISSING 19 /communes/8/mergedFrom/6/provinceCode",
            "PLACE_LEGACY_PROVINCE_UNKNOWN 13 /communes/8/mergedFrom/0/provinceCode",
            "PLACE_DISTRICT_CODE_MALFORMED 14 /communes/8/mergedFrom/1/districtCode",
            "PLACE_LEGACY_COMMUNE_MISSING 15 /communes/8/mergedFrom/2",
            "PLACE_VALUE_NOT_ALLOWED 16 /communes/8/mergedFrom/3/share",
            "PLACE_LEGACY_PROVINCE_MISMATCH 17 /communes/8/mergedFrom/4/provinceCode",
            "PLACE_LEGACY_DUPLICATE 18 /communes/8/mergedFrom/5",
            "PLACE_LEGACY_WHOLE_TWICE 24 /communes/10/mergedFrom/0");
    assertThat(read.diagnostics().get(5).message().get(Language.EN))
        .startsWith("Commune 22420 is already defined at line 8");
  }

  @Test
  void json_whenNotAnObjectOrWithoutCommunes_hasNoValue() {
    assertThat(json("[]").diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("JSON_WRONG_TYPE");
    Validated<AdministrativeUnits> noCommunes = json("{\"x-note\": \"empty\"}");
    assertThat(noCommunes.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("JSON_REQUIRED_MISSING");
  }

  @Test
  void read_choosesTheFormatByExtension() throws IOException {
    Path csv = dir.resolve("communes.CSV");
    Files.writeString(csv, resource("/org/opendvc/core/place/sample-communes.csv"));
    Path json = dir.resolve("communes.json");
    Files.writeString(json, resource("/org/opendvc/core/place/sample-communes.json"));

    assertThat(AdministrativeUnits.read(csv).orElseThrow().size()).isEqualTo(8);
    assertThat(AdministrativeUnits.read(json).orElseThrow().size()).isEqualTo(8);
  }

  @Test
  void read_whenTheExtensionIsNeitherCsvNorJson_reportsUnknownFormat() throws IOException {
    Path txt = dir.resolve("communes.txt");
    Files.writeString(txt, "code,name,kind,provinceCode\n");

    Validated<AdministrativeUnits> read = AdministrativeUnits.read(txt);

    assertThat(read.value()).isEmpty();
    assertThat(read.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::file)
        .containsExactly(tuple("PLACE_DATASET_FORMAT_UNKNOWN", txt.toString()));
  }

  @Test
  void read_whenTheCsvIsNotUtf8OrMissing_reportsUnreadable() throws IOException {
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(
        latin1,
        "code,name,kind,provinceCode\n22333,H\u00f2a,WARD,56\n"
            .getBytes(StandardCharsets.ISO_8859_1));

    assertThat(AdministrativeUnits.read(latin1).diagnostics())
        .extracting(d -> d.code() + " " + d.message().get(Language.EN))
        .containsExactly("PLACE_CSV_UNREADABLE The CSV file cannot be read: not valid UTF-8");
    assertThat(AdministrativeUnits.read(dir.resolve("absent.csv")).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("PLACE_CSV_UNREADABLE");
    assertThat(AdministrativeUnits.read(dir.resolve("absent.json")).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("JSON_FILE_UNREADABLE");
  }
}
