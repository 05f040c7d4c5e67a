package org.opendvc.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
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
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.testing.Fixtures;
import org.opendvc.core.testing.JsonSchemas;
import org.opendvc.core.testing.ProcedureArbitraries;

/**
 * {@code procedure.schema.json}, checked by an independent validator against the files OpenDVC
 * reads and writes, so that the published schema and the reader agree.
 */
class ProcedureSchemaTest {

  static List<Path> exampleCatalog() {
    return Fixtures.exampleCatalogFiles();
  }

  @Test
  void schema_isAValidJsonSchema202012() {
    String schema = JsonSchemas.text("procedure.schema.json");

    assertThat(JsonSchemas.violations(JsonSchemas.META_2020_12, schema)).isEmpty();
    assertThat(schema).contains("\"$id\": \"" + ProcedureJson.SCHEMA_ID + "\"");
  }

  @Test
  void theMetaSchemaCheck_catchesAnInvalidSchema() {
    String invalid = "{\"type\": \"invalidtype\", \"required\": \"code\"}";

    assertThat(JsonSchemas.violations(JsonSchemas.META_2020_12, invalid))
        .anyMatch(v -> v.startsWith("/type"))
        .anyMatch(v -> v.startsWith("/required"));
  }

  @Test
  void aDateThatIsNotADay_breaksTheSchema() {
    String text =
        Fixtures.text("/procedures/broken.json").replace("\"2025-08-01\"", "\"2025-02-30\"");

    assertThat(JsonSchemas.violations(JsonSchemas.PROCEDURE, text))
        .anyMatch(v -> v.startsWith("/effectiveFrom"));
  }

  @ParameterizedTest
  @MethodSource("exampleCatalog")
  void everyExampleInTheCatalog_followsTheSchema(Path file) throws IOException {
    assertThat(JsonSchemas.violations(JsonSchemas.PROCEDURE, Files.readString(file))).isEmpty();
  }

  @Test
  void theBrokenFixture_breaksTheSchemaToo() {
    List<String> violations =
        JsonSchemas.violations(JsonSchemas.PROCEDURE, Fixtures.text("/procedures/broken.json"));

    assertThat(violations)
        .anyMatch(v -> v.startsWith("/code"))
        .anyMatch(v -> v.contains("version"))
        .anyMatch(v -> v.contains("sectros"))
        .anyMatch(v -> v.startsWith("/onlineServiceLevel"))
        .anyMatch(v -> v.startsWith("/legalBasis/0/issuedOn"));
  }

  @Test
  void aCountWrittenAsOnePointZero_followsTheSchemaAndReads() {
    String json =
        ProcedureJson.write(
                Procedure.builder(
                        ProcedureCode.of("1.001193"), LocalizedText.of("Đăng ký khai sinh"))
                    .version("1")
                    .effectiveFrom(LocalDate.of(2025, 7, 1))
                    .addCase(
                        new ProcedureCase(
                            null, List.of(DocumentRequirement.named(LocalizedText.of("Tờ khai")))))
                    .build())
            .replace("\"originals\": 1", "\"originals\": 1.0");

    assertThat(json).contains("1.0");
    assertThat(JsonSchemas.violations(JsonSchemas.PROCEDURE, json)).isEmpty();
    assertThat(ProcedureJson.read(Fixtures.json(json, "p.json")).diagnostics()).isEmpty();
  }

  @Provide
  Arbitrary<Procedure> procedures() {
    return ProcedureArbitraries.procedures();
  }

  @Property(tries = 200)
  void whatProcedureJsonWrites_followsTheSchema(@ForAll("procedures") Procedure p) {
    assertThat(JsonSchemas.violations(JsonSchemas.PROCEDURE, ProcedureJson.write(p))).isEmpty();
  }
}
