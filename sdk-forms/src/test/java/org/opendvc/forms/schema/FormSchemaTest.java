package org.opendvc.forms.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendvc.forms.FormLoader;

/** The published schema of the definition format accepts the forms the loader accepts. */
class FormSchemaTest {
  static String schema() throws IOException {
    try (InputStream in = FormLoader.class.getResourceAsStream(FormLoader.SCHEMA_RESOURCE)) {
      return new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void formSchema_isAValid2020_12Schema() throws IOException {
    assertThat(JsonSchemas.metaProblems(schema())).isEmpty();
    assertThat(schema()).contains("\"$id\": \"" + FormLoader.SCHEMA_ID + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"minimal.json", "all-types.json", "family.json"})
  void testForms_validateAgainstTheSchema(String name) throws IOException {
    String form =
        Files.readString(Path.of("src/test/resources/forms", name), StandardCharsets.UTF_8);

    assertThat(JsonSchemas.problems(schema(), form)).isEmpty();
  }

  @Test
  void aFieldWithAnUnknownMember_failsTheSchemaAsItFailsTheLoader() throws IOException {
    String form =
        Files.readString(Path.of("src/test/resources/forms/minimal.json"), StandardCharsets.UTF_8)
            .replace(
                "\"codeList\": \"yesNoMaybe\"",
                "\"codeList\": \"yesNoMaybe\", \"colour\": \"red\"");

    assertThat(JsonSchemas.problems(schema(), form)).isNotEmpty();
    assertThat(FormLoader.standard().load(form, "x").errors()).isNotEmpty();
  }
}
