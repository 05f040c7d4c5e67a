package org.opendvc.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.json.OpenDvcJson;

/** Loads the test forms, whole or altered, so each test shows only what it changes. */
public final class TestForms {
  private static final Path DIR = Path.of("src/test/resources/forms");

  private TestForms() {}

  /** The fixture {@code name} as a JSON tree. */
  public static ObjectNode tree(String name) {
    try {
      return (ObjectNode)
          OpenDvcJson.mapper()
              .readTree(Files.readString(DIR.resolve(name), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads the fixture {@code name}. */
  public static Validated<FormDefinition> load(String name) {
    return FormLoader.standard().load(DIR.resolve(name));
  }

  /** Loads the fixture {@code name} after {@code change}. */
  public static Validated<FormDefinition> load(String name, Consumer<ObjectNode> change) {
    ObjectNode tree = tree(name);
    change.accept(tree);
    return FormLoader.standard().load(tree.toPrettyString(), name);
  }

  /** Loads the fixture {@code name}, which must have no error. */
  public static FormDefinition valid(String name) {
    return load(name).orElseThrow();
  }

  /** Loads the minimal form with {@code fields} (JSON objects) added to its section. */
  public static Validated<FormDefinition> minimalWith(String... fields) {
    return load("minimal.json", tree -> addFields(tree, fields));
  }

  /** Adds {@code fields} to the first section of {@code tree}. */
  public static void addFields(ObjectNode tree, String... fields) {
    ArrayNode target = (ArrayNode) tree.get("sections").get(0).get("fields");
    for (String field : fields) {
      target.add(json(field));
    }
  }

  /** Parses JSON. */
  public static JsonNode json(String text) {
    try {
      return OpenDvcJson.mapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The codes of {@code diagnostics}. */
  public static List<String> codes(Validated<?> result) {
    return result.diagnostics().stream().map(Diagnostic::code).toList();
  }
}
