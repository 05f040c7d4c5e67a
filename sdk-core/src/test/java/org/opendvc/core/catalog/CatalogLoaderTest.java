package org.opendvc.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureJson;
import org.opendvc.core.testing.Fixtures;

class CatalogLoaderTest {
  @TempDir Path dir;

  private static final CatalogLoader LOADER = CatalogLoader.standard();

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /** The example birth registration under another code: a procedure without any problem. */
  private static String procedure(String code) {
    Path example = Fixtures.EXAMPLE_CATALOG.resolve("1.001193-dang-ky-khai-sinh.json");
    Procedure birth =
        ProcedureJson.read(JsonDocument.read(example, "birth").orElseThrow()).orElseThrow();
    return ProcedureJson.write(
        birth.toBuilder().code(ProcedureCode.of(code)).interconnectedProcedures(List.of()).build());
  }

  private static List<String> codes(Validated<Catalog> loaded) {
    return loaded.value().orElseThrow().procedures().stream().map(p -> p.code().value()).toList();
  }

  @Test
  void load_theExampleCatalog_hasNoError() {
    Validated<Catalog> loaded = LOADER.load(List.of(Fixtures.EXAMPLE_CATALOG));

    assertThat(loaded.errors()).isEmpty();
    assertThat(codes(loaded)).contains("1.000894", "1.001193", "1.004222").doesNotHaveDuplicates();
  }

  @Test
  void load_aFolder_readsEveryJsonFileBelowItInNameOrder() throws IOException {
    write("b/2.json", procedure("1.000894"));
    write("a.json", procedure("1.001193"));
    write("b/1.json", procedure("1.004222"));
    write("notes.txt", "not json");

    Validated<Catalog> loaded = LOADER.load(List.of(dir));

    assertThat(codes(loaded)).containsExactly("1.001193", "1.004222", "1.000894");
  }

  @Test
  void load_skipsJsonFilesThatAreNotProcedures() throws IOException {
    write("birth.json", procedure("1.001193"));
    write("form.json", "{\"fields\": [{\"id\": \"fullName\"}]}");
    write("scenario.json", "[{\"given\": {}}]");
    write("dictionary.json", Fixtures.text("/org/opendvc/core/dictionary/standard.json"));
    write("schema.json", Fixtures.text("/org/opendvc/core/schema/procedure.schema.json"));

    Validated<Catalog> loaded = LOADER.load(List.of(dir));

    assertThat(loaded.diagnostics()).isEmpty();
    assertThat(codes(loaded)).containsExactly("1.001193");
  }

  @Test
  void load_reportsMalformedJsonFilesBecauseTheyMightBeProcedures() throws IOException {
    write("birth.json", procedure("1.001193"));
    write("broken.json", "{\"code\": \"1.000894\",");

    Validated<Catalog> loaded = LOADER.load(List.of(dir));

    assertThat(loaded.diagnostics()).extracting(Diagnostic::code).containsExactly("JSON_MALFORMED");
    assertThat(loaded.diagnostics().get(0).file()).endsWith("broken.json");
    assertThat(codes(loaded)).containsExactly("1.001193");
  }

  @Test
  void load_keepsProceduresWithErrorsAndReportsTheErrors() {
    Validated<Catalog> loaded =
        LOADER.load(List.of(Fixtures.path("/dvcqg/1.001193.fee-without-amount.package.json")));

    assertThat(loaded.errors())
        .extracting(Diagnostic::code)
        .containsExactly("PROC_FEE_WITHOUT_AMOUNT");
    assertThat(codes(loaded)).containsExactly("1.001193");
  }

  @Test
  void load_addsTheChecksAcrossFiles() throws IOException {
    write("a.json", procedure("1.001193"));
    write("b.json", procedure("1.001193"));

    Validated<Catalog> loaded = LOADER.load(List.of(dir));

    assertThat(loaded.errors())
        .extracting(d -> d.code() + " " + Path.of(d.file()).getFileName())
        .containsExactly("CATALOG_DUPLICATE_CODE b.json");
    assertThat(loaded.value().orElseThrow().size()).isEqualTo(2);
  }

  @Test
  void load_aMissingPath_isReportedAndTheOthersStillLoad() throws IOException {
    Path birth = write("birth.json", procedure("1.001193"));
    Path missing = dir.resolve("nowhere");

    Validated<Catalog> loaded = LOADER.load(List.of(missing, birth));

    assertThat(loaded.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("CATALOG_PATH_NOT_FOUND");
              assertThat(d.isError()).isTrue();
              assertThat(d.file()).isEqualTo(missing.toString());
            });
    assertThat(codes(loaded)).containsExactly("1.001193");
  }

  @Test
  void jsonFiles_takesFilesAsGivenAndFoldersSorted() throws IOException {
    Path text = write("list.txt", "x");
    write("f/b.json", "{}");
    write("f/a.json", "{}");
    List<Diagnostic> diagnostics = new ArrayList<>();

    List<Path> files = CatalogLoader.jsonFiles(List.of(text, dir.resolve("f")), diagnostics);

    assertThat(files).containsExactly(text, dir.resolve("f/a.json"), dir.resolve("f/b.json"));
    assertThat(diagnostics).isEmpty();
  }

  @Test
  void load_nothing_isAnEmptyCatalogue() {
    Validated<Catalog> loaded = LOADER.load(List.of());

    assertThat(loaded.isValid()).isTrue();
    assertThat(loaded.value().orElseThrow().size()).isZero();
  }
}
