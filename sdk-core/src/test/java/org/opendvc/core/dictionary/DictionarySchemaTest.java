package org.opendvc.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendvc.core.testing.Fixtures;
import org.opendvc.core.testing.JsonSchemas;

/** {@code dictionary.schema.json}, checked by an independent validator against real files. */
class DictionarySchemaTest {

  @Test
  void schema_isAValidJsonSchema202012() {
    assertThat(
            JsonSchemas.violations(
                JsonSchemas.META_2020_12, JsonSchemas.text("dictionary.schema.json")))
        .isEmpty();
  }

  @Test
  void theStandardDictionary_followsTheSchema() {
    assertThat(
            JsonSchemas.violations(
                JsonSchemas.DICTIONARY, Fixtures.text(DataDictionary.STANDARD_RESOURCE)))
        .isEmpty();
  }

  @Test
  void theExtensionFixture_followsTheSchema() {
    assertThat(
            JsonSchemas.violations(
                JsonSchemas.DICTIONARY, Fixtures.text("/dictionary/extension.json")))
        .isEmpty();
  }

  @Test
  void theBrokenExtension_breaksTheSchemaWhereItCan() {
    List<String> violations =
        JsonSchemas.violations(
            JsonSchemas.DICTIONARY, Fixtures.text("/dictionary/extension-broken.json"));

    // Duplicates and references to undefined elements are beyond a schema.
    assertThat(violations)
        .anyMatch(v -> v.startsWith("/elements/3/id"))
        .anyMatch(v -> v.startsWith("/elements/4/type"))
        .anyMatch(v -> v.startsWith("/elements/4/heldBy/0/registry"))
        .anyMatch(v -> v.startsWith("/documentTypes/1/id"));
  }
}
