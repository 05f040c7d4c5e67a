package org.opendvc.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.opendvc.core.json.OpenDvcJson;

class SchemaReferenceTest {
  private static JsonNode features() throws IOException {
    try (InputStream in =
        SchemaReferenceTest.class.getResourceAsStream("/docs/features.schema.json")) {
      return OpenDvcJson.mapper().readTree(Objects.requireNonNull(in));
    }
  }

  private static String page() throws IOException {
    return SchemaReference.markdown(features(), "features.schema.json", "nowhere");
  }

  private static JsonNode parse(String json) throws IOException {
    return OpenDvcJson.mapper().readTree(json);
  }

  @Test
  void markdown_titlesThePageAndLinksTheSchema() throws IOException {
    assertThat(page())
        .startsWith("# Feature sampler\n")
        .contains("| Schema | [`features.schema.json`](../schema/features.schema.json) |")
        .contains("| `$id` | `https://example.org/features.schema.json` |")
        .contains("| Shipped in | nowhere |");
  }

  @Test
  void markdown_givesEachMemberItsTypeRequirementConstraintsAndDescription() throws IOException {
    assertThat(page())
        .contains("| `name` | [text](#text) (string) | yes |  | A name. |")
        .contains("| `count` | integer |  | ≥ 1 and ≤ 9; default `3` |  |")
        .contains("| `ratio` | number or null |  | > 0 |  |")
        .contains(
            "| `tags` | array of string |  | at least 1 item; no duplicates; each: one of `A`, `B` |")
        .contains("must contain `vi`; each: one of `vi`, `en`")
        .contains(
            "| `limits` | map of integer |  | keys: pattern `^[a-z]+$` | Limits by name."
                + " Values: A limit. |")
        .contains("| `tree` | [node](#node) | yes |")
        .contains("| `either` | [text](#text) (string) or boolean |");
  }

  @Test
  void markdown_givesNestedObjectsAndDefinitionsSectionsInReadingOrder() throws IOException {
    String page = page();

    assertThat(page)
        .contains("| `place` | object ([place](#place)) |")
        .contains("<a id=\"place\"></a>\n\n## `place`")
        .contains("| `children` | array of [node](#node) |")
        .contains(
            "<a id=\"orphan\"></a>\n\n## `orphan`\n\nReferred to by nothing.\n\n- Type: integer")
        .contains("- Constraints: exactly `42`");
    assertThat(page.indexOf("## The file"))
        .isLessThan(page.indexOf("## `place`"))
        .isLessThan(page.indexOf("## `text`"));
    assertThat(page.indexOf("## `text`")).isLessThan(page.indexOf("## `node`"));
    assertThat(page.indexOf("## `node`")).isLessThan(page.indexOf("## `orphan`"));
  }

  @Test
  void markdown_saysWhatTheTablesCannot() throws IOException {
    assertThat(page())
        .contains("At least one of these is required: `code`, `label`.")
        .contains("Members whose name starts with `x-` are extensions: accepted and ignored.")
        .contains("No other member is allowed.")
        .contains("With \\| a pipe.");
  }

  @Test
  void markdown_whenTheSchemaUsesAKeywordItCannotShow_refusesIt() throws IOException {
    JsonNode schema =
        parse("{\"properties\": {\"a\": {\"type\": \"string\", \"if\": {\"const\": \"x\"}}}}");

    assertThatThrownBy(() -> SchemaReference.markdown(schema, "x.schema.json", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"if\" at #/properties/a");
  }

  @Test
  void markdown_whenAReferenceHasNoDefinition_refusesIt() throws IOException {
    JsonNode schema = parse("{\"properties\": {\"a\": {\"$ref\": \"#/$defs/missing\"}}}");

    assertThatThrownBy(() -> SchemaReference.markdown(schema, "x.schema.json", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("#/$defs/missing");
  }

  @Test
  void summary_isTheFirstSentenceOfTheDescription() throws IOException {
    assertThat(SchemaReference.summary(features()))
        .isEqualTo("Every construct the reference generator renders.");
  }

  @Test
  void everyPublishedSchema_hasAPageAndAModule() {
    for (PublishedSchema schema : PublishedSchema.values()) {
      assertThat(SchemaReference.markdown(schema)).contains("`" + schema.module() + "`, as `org/");
      assertThat(schema.module()).matches("sdk-(core|forms|rules|client|testkit)");
    }
  }
}
