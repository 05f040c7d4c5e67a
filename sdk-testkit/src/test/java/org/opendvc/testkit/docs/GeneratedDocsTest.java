package org.opendvc.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opendvc.core.diagnostic.DiagnosticKind;

/**
 * Keeps {@code docs/} in step with the code: the diagnostics page, the copies of the published
 * schemas, their reference pages and the tables that list them. Run with {@code
 * -Dopendvc.updateDocs=true} to rewrite the pages instead of failing.
 */
class GeneratedDocsTest {
  private static final Path DOCS = Path.of("..", "docs");
  private static final boolean UPDATE = Boolean.getBoolean("opendvc.updateDocs");

  @Test
  void diagnosticCodes_areUnique() {
    Set<String> codes = new HashSet<>();
    for (DiagnosticKind kind : DiagnosticCatalogue.all()) {
      assertThat(codes.add(kind.code())).as("duplicate code %s", kind.code()).isTrue();
    }
  }

  @Test
  void diagnosticsPage_isUpToDate() throws IOException {
    check(DOCS.resolve("diagnostics.md"), DiagnosticCatalogue.markdown());
  }

  @Test
  void publishedSchemas_areTheOnesShippedInTheJar() throws IOException {
    for (PublishedSchema schema : PublishedSchema.values()) {
      check(DOCS.resolve("schema").resolve(schema.fileName()), schema.text());
    }
  }

  @Test
  void referencePages_areGeneratedFromTheSchemas() throws IOException {
    for (PublishedSchema schema : PublishedSchema.values()) {
      check(DOCS.resolve("reference").resolve(schema.pageName()), SchemaReference.markdown(schema));
    }
    check(DOCS.resolve("reference").resolve("README.md"), ReferencePages.index());
  }

  @Test
  void docsSchemaAndReference_holdNothingButThePublishedSchemas() throws IOException {
    Set<String> expected = new HashSet<>(Set.of("README.md"));
    for (PublishedSchema schema : PublishedSchema.values()) {
      expected.add(schema.fileName());
      expected.add(schema.pageName());
    }
    for (String folder : new String[] {"schema", "reference"}) {
      try (Stream<Path> files = Files.list(DOCS.resolve(folder))) {
        assertThat(files.map(f -> f.getFileName().toString()))
            .as("files in docs/%s that no published schema accounts for", folder)
            .allMatch(expected::contains);
      }
    }
  }

  @Test
  void frontPage_listsEveryFormat() throws IOException {
    Path readme = DOCS.resolve("README.md");
    check(
        readme, ReferencePages.withFormatsTable(Files.readString(readme, StandardCharsets.UTF_8)));
  }

  private static void check(Path page, String expected) throws IOException {
    if (UPDATE) {
      Files.createDirectories(page.getParent());
      Files.writeString(page, expected, StandardCharsets.UTF_8);
    }
    assertThat(page).exists();
    assertThat(Files.readString(page, StandardCharsets.UTF_8))
        .as(
            "%s is out of date: run ./mvnw -B -q -pl sdk-testkit -am test -Dtest=GeneratedDocsTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dopendvc.updateDocs=true",
            page)
        .isEqualTo(expected);
  }
}
