package org.opendvc.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.forms.FormLoader;

/**
 * Keeps {@code docs/} in step with the code. Run with {@code -Dopendvc.updateDocs=true} to rewrite
 * the pages instead of failing.
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
    for (String resource :
        new String[] {
          "/org/opendvc/core/schema/procedure.schema.json",
          "/org/opendvc/core/schema/dictionary.schema.json",
          "/org/opendvc/core/schema/communes.schema.json",
          "/org/opendvc/core/schema/holiday-schedule.schema.json",
          FormLoader.SCHEMA_RESOURCE
        }) {
      String name = resource.substring(resource.lastIndexOf('/') + 1);
      check(DOCS.resolve("schema").resolve(name), resource(resource));
    }
    for (String name : new String[] {"parameters.schema.json", "scenario.schema.json"}) {
      check(DOCS.resolve("schema").resolve(name), resource("/org/opendvc/rules/schema/" + name));
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = GeneratedDocsTest.class.getResourceAsStream(name)) {
      return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void check(Path page, String expected) throws IOException {
    if (UPDATE) {
      Files.createDirectories(page.getParent());
      Files.writeString(page, expected, StandardCharsets.UTF_8);
    }
    assertThat(page).exists();
    assertThat(Files.readString(page, StandardCharsets.UTF_8))
        .as("%s is out of date: run ./mvnw -pl sdk-testkit test -Dopendvc.updateDocs=true", page)
        .isEqualTo(expected);
  }
}
