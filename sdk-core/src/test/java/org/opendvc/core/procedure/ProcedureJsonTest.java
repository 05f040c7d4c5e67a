package org.opendvc.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.testing.Fixtures;
import org.opendvc.core.testing.ProcedureArbitraries;

class ProcedureJsonTest {

  private static Validated<Procedure> read(String json) {
    return ProcedureJson.read(Fixtures.json(json, "p.json"));
  }

  private static List<String> reported(Validated<?> v) {
    return v.diagnostics().stream().map(d -> d.code() + " " + d.pointer()).toList();
  }

  private static JsonDocument example(Path file) {
    return JsonDocument.read(file, file.toString()).orElseThrow();
  }

  static List<Path> exampleCatalog() {
    return Fixtures.exampleCatalogFiles();
  }

  @ParameterizedTest
  @MethodSource("exampleCatalog")
  void read_everyExampleInTheCatalog_hasNoError(Path file) {
    Validated<Procedure> read = ProcedureJson.read(example(file));

    assertThat(read.errors()).isEmpty();
    assertThat(read.value()).isPresent();
  }

  @ParameterizedTest
  @MethodSource("exampleCatalog")
  void load_everyExampleInTheCatalog_hasNoError(Path file) {
    Validated<Procedure> loaded = ProcedureJson.load(example(file), ProcedureValidator.standard());

    assertThat(loaded.errors()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("exampleCatalog")
  void readOfWrite_ofEveryExample_isTheSameProcedure(Path file) {
    Procedure example = ProcedureJson.read(example(file)).orElseThrow();

    assertThat(read(ProcedureJson.write(example)).orElseThrow()).isEqualTo(example);
  }

  @Test
  void read_birthRegistration_readsEveryPart() {
    Path file = Fixtures.EXAMPLE_CATALOG.resolve("1.001193-dang-ky-khai-sinh.json");

    Procedure p = ProcedureJson.read(example(file)).orElseThrow();

    assertThat(p.code()).isEqualTo(ProcedureCode.of("1.001193"));
    assertThat(p.name()).isEqualTo(LocalizedText.of("Đăng ký khai sinh", "Birth registration"));
    assertThat(p.effectiveFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(p.effectiveTo()).isNull();
    assertThat(p.levels()).containsExactly(GovernmentLevel.COMMUNE);
    assertThat(p.channels())
        .extracting(Channel::kind)
        .containsExactly(ChannelKind.IN_PERSON, ChannelKind.ONLINE);
    Fee fee = p.channel(ChannelKind.ONLINE).orElseThrow().fees().get(0);
    assertThat(fee.amount()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(fee.kind()).isEqualTo(FeeKind.CHARGE);
    assertThat(p.cases().get(0).documents().get(0).documentType()).isEqualTo("APPLICATION_FORM");
    assertThat(p.interconnectedProcedures()).containsExactly(ProcedureCode.of("1.004222"));
    assertThat(p.origin()).isNull();
  }

  @Test
  void read_whenTheRootIsNotAnObject_reportsWrongTypeAndHasNoValue() {
    Validated<Procedure> v = read("[]");

    assertThat(v.value()).isEmpty();
    assertThat(reported(v)).containsExactly("JSON_WRONG_TYPE ");
  }

  @Test
  void read_reportsEveryStructuralProblemAtOnceWithPositions() {
    Validated<Procedure> v =
        read(
            """
            {
              "code": "1.001193",
              "name": {"vi": "Đăng ký khai sinh"},
              "effectiveFrom": "2025-07-01",
              "levels": ["COMMUNE", "commune"],
              "channels": [{"kind": "ONLINE", "processingTime": {"value": -1, "unit": "DAYS"},
                            "fees": [{"amount": "0"}]}],
              "cases": [{"documents": [{"name": {"vi": "Tờ khai"}, "originals": 101}]}],
              "legalBasis": [{"title": {"vi": "Luật"}}],
              "relatedProcedures": ["1.0011"],
              "publisher": {"name": {"vi": "Bộ Tư pháp"}, "cod": "G13"}
            }
            """);

    assertThat(reported(v))
        .containsExactlyInAnyOrder(
            "JSON_REQUIRED_MISSING /version",
            "JSON_INVALID_VALUE /levels/1",
            "JSON_OUT_OF_RANGE /channels/0/processingTime/value",
            "JSON_WRONG_TYPE /channels/0/fees/0/amount",
            "JSON_OUT_OF_RANGE /cases/0/documents/0/originals",
            "JSON_REQUIRED_MISSING /legalBasis/0/number",
            "ID_PROCEDURE_CODE_MALFORMED /relatedProcedures/0",
            "JSON_UNKNOWN_PROPERTY /publisher/cod");
    assertThat(v.diagnostics()).allSatisfy(d -> assertThat(d.position()).isNotNull());
    assertThat(v.diagnostics()).allSatisfy(d -> assertThat(d.file()).isEqualTo("p.json"));
    // Code and name are there, so the value is kept for tools that show what could be read.
    assertThat(v.value()).isPresent();
  }

  @Test
  void read_whenTheCodeIsMissing_hasNoValue() {
    Validated<Procedure> v = read("{\"name\": {\"vi\": \"X\"}, \"cases\": []}");

    assertThat(v.value()).isEmpty();
    assertThat(reported(v)).contains("JSON_REQUIRED_MISSING /code");
  }

  @Test
  void read_whenTheNameIsMissing_hasNoValue() {
    Validated<Procedure> v = read("{\"code\": \"1.001193\", \"cases\": []}");

    assertThat(v.value()).isEmpty();
    assertThat(reported(v)).contains("JSON_REQUIRED_MISSING /name");
  }

  @Test
  void read_defaultsOneOriginalAndNoCopies() {
    Procedure p =
        read("""
                {"code": "1.001193", "name": {"vi": "X"}, "version": "1",
                 "effectiveFrom": "2025-07-01", "levels": [], "channels": [],
                 "cases": [{"documents": [{"name": {"vi": "Tờ khai"}}]}]}
                """)
            .orElseThrow();

    DocumentRequirement d = p.documents().findFirst().orElseThrow();
    assertThat(d.originals()).isEqualTo(1);
    assertThat(d.copies()).isZero();
  }

  @Test
  void read_acceptsExtensionMembersEverywhere() {
    Validated<Procedure> v =
        read(
            """
            {"code": "1.001193", "name": {"vi": "X", "x-note": 1}, "version": "1",
             "effectiveFrom": "2025-07-01", "levels": [],
             "channels": [{"kind": "ONLINE", "x-a": []}],
             "cases": [{"x-b": {}, "documents": []}], "x-sources": ["Luật Hộ tịch"]}
            """);

    assertThat(v.diagnostics()).isEmpty();
  }

  @Test
  void write_startsWithTheSchemaAndLeavesOutWhatIsAbsent() {
    Procedure p =
        Procedure.builder(ProcedureCode.of("1.001193"), LocalizedText.of("Đăng ký khai sinh"))
            .version("1")
            .effectiveFrom(LocalDate.of(2025, 7, 1))
            .build();

    String json = ProcedureJson.write(p);

    assertThat(json)
        .startsWith(
            "{\n  \"$schema\": \"" + ProcedureJson.SCHEMA_ID + "\",\n  \"code\": \"1.001193\"")
        .endsWith("}\n")
        .doesNotContain("effectiveTo", "agencies", "results", "publisher", "null");
  }

  @Test
  void write_doesNotWriteTheImportOrigin() {
    Procedure p =
        Procedure.builder(ProcedureCode.of("1.001193"), LocalizedText.of("X"))
            .origin(
                new ProcedureOrigin(ProcedureFormat.DVCQG_PACKAGE, "{\"MATTHC\": \"1.001193\"}"))
            .build();

    assertThat(ProcedureJson.write(p)).doesNotContain("MATTHC");
    assertThat(read(ProcedureJson.write(p)).value()).contains(p.withoutOrigin());
  }

  @Provide
  Arbitrary<Procedure> procedures() {
    return ProcedureArbitraries.procedures();
  }

  @Property(tries = 200)
  void readOfWrite_isTheSameProcedureWithoutAnyDiagnostic(@ForAll("procedures") Procedure p) {
    Validated<Procedure> read = read(ProcedureJson.write(p));

    assertThat(read.diagnostics()).extracting(Diagnostic::code).isEmpty();
    assertThat(read.value()).contains(p);
  }
}
