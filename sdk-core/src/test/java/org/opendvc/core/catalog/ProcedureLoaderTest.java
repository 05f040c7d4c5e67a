package org.opendvc.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.SourcePosition;
import org.opendvc.core.dictionary.DataDictionary;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.core.procedure.ProcedureFormat;
import org.opendvc.core.procedure.ProcedureJson;
import org.opendvc.core.testing.DvcqgPackageArbitraries;
import org.opendvc.core.testing.Fixtures;
import org.opendvc.core.testing.JsonMutations;
import org.opendvc.core.testing.ProcedureArbitraries;

class ProcedureLoaderTest {
  private static final ProcedureLoader LOADER = ProcedureLoader.standard();

  @TempDir Path dir;

  private static List<String> codesAndPointers(LoadedProcedure loaded) {
    return loaded.diagnostics().stream().map(d -> d.code() + " " + d.pointer()).toList();
  }

  private static LoadedProcedure load(String resource) {
    return LOADER.load(Fixtures.path(resource), resource);
  }

  private static Diagnostic find(LoadedProcedure loaded, String code) {
    return loaded.diagnostics().stream()
        .filter(d -> d.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + codesAndPointers(loaded)));
  }

  @Test
  void load_brokenFile_reportsEveryProblemAtOnce() {
    LoadedProcedure loaded = load("/procedures/broken.json");

    assertThat(codesAndPointers(loaded))
        .containsExactlyInAnyOrder(
            "ID_PROCEDURE_CODE_MALFORMED /code",
            "JSON_REQUIRED_MISSING /version",
            "JSON_UNKNOWN_PROPERTY /sectros",
            "JSON_WRONG_TYPE /onlineServiceLevel",
            "JSON_INVALID_DATE /legalBasis/0/issuedOn",
            "PROC_EFFECTIVE_DATES_OUT_OF_ORDER /effectiveTo",
            "PROC_LEVEL_ABOLISHED /levels/1",
            "PROC_FEE_WITHOUT_AMOUNT /channels/0/fees/0/amount",
            "PROC_CASE_WITHOUT_DOCUMENTS /cases/1/documents",
            "PROC_DOCUMENT_TYPE_UNMATCHED /cases/0/documents/1/name",
            "PROC_DATA_ELEMENT_UNKNOWN /cases/0/documents/0/dataElements/1",
            "PROC_DOCUMENT_TYPE_UNKNOWN /cases/0/documents/2/documentType",
            "PROC_URL_MALFORMED /cases/0/documents/0/template/url");
    assertThat(loaded.format()).isEqualTo(ProcedureFormat.OPENDVC);
    assertThat(loaded.procedure()).as("the code is malformed").isNull();
    assertThat(loaded.isValid()).isFalse();
  }

  @Test
  void load_brokenFile_locatesEveryProblemInTheFile() {
    LoadedProcedure loaded = load("/procedures/broken.json");

    assertThat(loaded.diagnostics())
        .allSatisfy(
            d -> {
              assertThat(d.file()).isEqualTo("/procedures/broken.json");
              assertThat(d.position()).isNotNull();
            });
    assertThat(find(loaded, "ID_PROCEDURE_CODE_MALFORMED").position())
        .isEqualTo(new SourcePosition(3, 3));
    assertThat(find(loaded, "JSON_INVALID_DATE").position().line()).isEqualTo(102);
    assertThat(find(loaded, "PROC_LEVEL_ABOLISHED").position())
        .isEqualTo(new SourcePosition(12, 5));
    // The missing amount is located at the fee that lacks it.
    assertThat(find(loaded, "PROC_FEE_WITHOUT_AMOUNT").position())
        .isEqualTo(new SourcePosition(39, 9));
  }

  @Test
  void load_brokenFile_explainsTheProblemsInBothLanguages() {
    LoadedProcedure loaded = load("/procedures/broken.json");

    assertThat(find(loaded, "JSON_UNKNOWN_PROPERTY").message().en())
        .isEqualTo("\"sectros\" is not a member of this format → \"sectors\"?");
    assertThat(find(loaded, "PROC_LEVEL_ABOLISHED").legalReference()).isNotNull();
    assertThat(loaded.diagnostics())
        .allSatisfy(
            d -> {
              assertThat(d.message().vi()).doesNotContain("{0}");
              assertThat(d.message().en()).doesNotContain("{0}");
            });
  }

  @Test
  void load_fileWithoutCode_stillReportsTheContentProblems() {
    LoadedProcedure withCode = load("/procedures/broken.json");
    LoadedProcedure withoutCode = load("/procedures/broken-without-code.json");

    List<String> expected =
        codesAndPointers(withCode).stream()
            .map(s -> s.replace("ID_PROCEDURE_CODE_MALFORMED /code", "JSON_REQUIRED_MISSING /code"))
            .toList();
    assertThat(codesAndPointers(withoutCode)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(withoutCode.procedure()).isNull();
  }

  @Test
  void load_fileWithoutCode_neverShowsThePlaceholder() {
    LoadedProcedure loaded = load("/procedures/broken-without-code.json");

    assertThat(loaded.procedure()).isNull();
    assertThat(loaded.toValidated().value()).isEmpty();
    assertThat(loaded.diagnostics())
        .allSatisfy(
            d -> {
              assertThat(d.message().vi()).doesNotContain("0.000000");
              assertThat(d.message().en()).doesNotContain("0.000000");
            });
  }

  @Test
  void load_fileWithoutCodeLinkingToThePlaceholdersValue_doesNotCallItASelfLink() throws Exception {
    Path file = dir.resolve("no-code.json");
    java.nio.file.Files.writeString(
        file,
        """
        {"$schema": "https://opendvc.org/schema/1/procedure.schema.json",
         "name": {"vi": "Thủ tục"}, "version": "1", "effectiveFrom": "2025-07-01",
         "levels": ["COMMUNE"], "channels": [], "cases": [],
         "relatedProcedures": ["0.000000"]}
        """);

    LoadedProcedure loaded = LOADER.load(file);

    assertThat(codesAndPointers(loaded))
        .contains("JSON_REQUIRED_MISSING /code", "PROC_NO_CHANNELS /channels")
        .noneMatch(s -> s.startsWith("PROC_SELF_LINK"));
  }

  @Test
  void load_fileWithoutName_stillReportsTheContentProblems() throws Exception {
    Path file = dir.resolve("no-name.json");
    java.nio.file.Files.writeString(
        file,
        """
        {"code": "1.001193", "version": "1", "effectiveFrom": "2025-07-01",
         "levels": ["COMMUNE"], "channels": [], "cases": []}
        """);

    LoadedProcedure loaded = LOADER.load(file);

    assertThat(codesAndPointers(loaded))
        .contains(
            "JSON_REQUIRED_MISSING /name", "PROC_NO_CHANNELS /channels", "PROC_NO_CASES /cases");
    assertThat(loaded.procedure()).isNull();
  }

  @Test
  void load_dvcqgPackage_importsAndValidates() {
    LoadedProcedure loaded = load("/dvcqg/1.001193.package.json");

    assertThat(loaded.format()).isEqualTo(ProcedureFormat.DVCQG_PACKAGE);
    assertThat(loaded.procedure()).isNotNull();
    assertThat(loaded.diagnostics()).noneMatch(Diagnostic::isError);
    assertThat(loaded.isValid()).isTrue();
  }

  @Test
  void load_dvcqgPackageWithAFeeWithoutAmount_reportsItAtThePackagesPointerAndLine() {
    LoadedProcedure loaded = load("/dvcqg/1.001193.fee-without-amount.package.json");

    Diagnostic d = find(loaded, "PROC_FEE_WITHOUT_AMOUNT");
    assertThat(d.pointer()).isEqualTo("/CACHTHUCTHUCHIEN/0/THOIGIAN/0/PHILEPHI/0/SOTIEN");
    assertThat(d.file()).isEqualTo("/dvcqg/1.001193.fee-without-amount.package.json");
    // SOTIEN is absent, so the fee object that lacks it is where the problem is shown.
    assertThat(d.position()).isEqualTo(new SourcePosition(66, 13));
    assertThat(codesAndPointers(loaded))
        .filteredOn(s -> s.startsWith("PROC_FEE_WITHOUT_AMOUNT"))
        .hasSize(1);
  }

  @Test
  void load_dvcqgPackageWithoutCode_stillReportsEveryOtherProblem() {
    LoadedProcedure loaded = load("/dvcqg/1.001193.without-code.package.json");

    assertThat(codesAndPointers(loaded))
        .containsExactlyInAnyOrder(
            "JSON_REQUIRED_MISSING /MATTHC",
            "DVCQG_CHANNEL_UNKNOWN /CACHTHUCTHUCHIEN/1/KENH",
            "PROC_FEE_WITHOUT_AMOUNT /CACHTHUCTHUCHIEN/0/THOIGIAN/0/PHILEPHI/0/SOTIEN",
            "PROC_NO_EFFECTIVE_DATE ");
    assertThat(loaded.procedure()).isNull();
    assertThat(loaded.diagnostics())
        .allSatisfy(
            d -> {
              assertThat(d.position()).isNotNull();
              assertThat(d.message().en()).doesNotContain("0.000000");
            });
  }

  @Test
  void load_dvcqgEnvelopeWithAProblem_reportsItInsideTheEnvelope() throws Exception {
    JsonNode envelope =
        OpenDvcJson.mapper().readTree(Fixtures.text("/dvcqg/1.001193.envelope.json"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) envelope.get("result").get(0))
        .putArray("CAPTHUCHIEN");
    Path file = dir.resolve("envelope.json");
    java.nio.file.Files.writeString(file, OpenDvcJson.prettyWriter().writeValueAsString(envelope));

    LoadedProcedure loaded = LOADER.load(file, "envelope.json");

    assertThat(codesAndPointers(loaded)).contains("PROC_NO_LEVELS /result/0/CAPTHUCHIEN");
    assertThat(find(loaded, "PROC_NO_LEVELS").position().line()).isGreaterThan(3);
  }

  @Test
  void load_malformedJson_isADiagnosticWithLineAndColumn() throws Exception {
    Path file = dir.resolve("malformed.json");
    java.nio.file.Files.writeString(file, "{\n  \"code\": \"1.001193\",\n  \"name\": \n}");

    LoadedProcedure loaded = LOADER.load(file, "malformed.json");

    assertThat(loaded.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("JSON_MALFORMED");
              assertThat(d.file()).isEqualTo("malformed.json");
              assertThat(d.position()).isEqualTo(new SourcePosition(4, 1));
            });
    assertThat(loaded.procedure()).isNull();
  }

  @Test
  void load_missingFile_isUnreadable() {
    LoadedProcedure loaded = LOADER.load(dir.resolve("nothing.json"), "nothing.json");

    assertThat(codesAndPointers(loaded)).containsExactly("JSON_FILE_UNREADABLE ");
    assertThat(loaded.procedure()).isNull();
  }

  @Test
  void load_jsonThatIsNoProcedure_reportsFormatUnknown() throws Exception {
    Path file = dir.resolve("form.json");
    java.nio.file.Files.writeString(file, "{\"fields\": []}");

    LoadedProcedure loaded = LOADER.load(file, "form.json");

    assertThat(codesAndPointers(loaded)).containsExactly("PROC_FORMAT_UNKNOWN ");
    assertThat(loaded.diagnostics().get(0).position()).isEqualTo(new SourcePosition(1, 1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"$schema\": \"https://opendvc.org/schema/1/procedure.schema.json\"}",
        "{\"code\": \"1.001193\", \"cases\": []}"
      })
  void detect_opendvcFormat(String json) throws Exception {
    assertThat(ProcedureLoader.detect(OpenDvcJson.mapper().readTree(json)))
        .contains(ProcedureFormat.OPENDVC);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"MATTHC\": \"1.001193\"}",
        "{\"MaTTHC\": \"1.001193\"}",
        "{\"TENTTHC\": \"Đăng ký khai sinh\"}",
        "{\"result\": [{\"MATTHC\": \"1.001193\"}]}"
      })
  void detect_dvcqgPackage(String json) throws Exception {
    assertThat(ProcedureLoader.detect(OpenDvcJson.mapper().readTree(json)))
        .contains(ProcedureFormat.DVCQG_PACKAGE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[]",
        "\"1.001193\"",
        "{\"code\": \"1.001193\"}",
        "{\"result\": []}",
        "{\"$schema\": \"https://opendvc.org/schema/1/dictionary.schema.json\", \"code\": \"1\","
            + " \"cases\": []}",
        "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"}"
      })
  void detect_somethingElse(String json) throws Exception {
    assertThat(ProcedureLoader.detect(OpenDvcJson.mapper().readTree(json))).isEmpty();
  }

  @Provide
  Arbitrary<JsonNode> damagedFiles() {
    Arbitrary<JsonNode> opendvc =
        ProcedureArbitraries.procedures().map(p -> (JsonNode) ProcedureJson.toTree(p));
    Arbitrary<JsonNode> dvcqg = DvcqgPackageArbitraries.packages().map(p -> (JsonNode) p);
    return Combinators.combine(
            Arbitraries.oneOf(opendvc, dvcqg),
            Arbitraries.integers().between(1, 6),
            Arbitraries.randoms())
        .as(JsonMutations::mutate);
  }

  @Property(tries = 100)
  void load_anyDamagedFile_givesDiagnosticsWithPositionsNeverAnException(
      @ForAll("damagedFiles") JsonNode file) {
    LoadedProcedure loaded = LOADER.load(Fixtures.json(file.toString(), "damaged.json"));

    assertThat(loaded.diagnostics())
        .allSatisfy(
            d -> {
              assertThat(d.position()).isNotNull();
              assertThat(d.file()).isEqualTo("damaged.json");
              assertThat(d.message().en()).doesNotContain("0.000000").doesNotContain("{0}");
            });
    if (loaded.procedure() == null) {
      assertThat(loaded.diagnostics()).anyMatch(Diagnostic::isError);
    }
  }

  @Test
  void loader_validatesAgainstTheDictionaryItIsGiven() {
    ProcedureLoader bare = new ProcedureLoader(DataDictionary.empty());

    LoadedProcedure loaded = bare.load(Fixtures.path("/dvcqg/1.001193.package.json"));

    assertThat(codesAndPointers(loaded))
        .contains("PROC_DOCUMENT_TYPE_UNMATCHED /THANHPHANHOSO/0/GIAYTO/0/TENGIAYTO");
  }
}
