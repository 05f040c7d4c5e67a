package org.opendvc.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.dictionary.DataDictionary;
import org.opendvc.core.dictionary.DataElement;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.forms.internal.CompiledForm;
import org.opendvc.forms.internal.FormCompiler;

/**
 * Loads form definitions ({@code form.schema.json}): reads them, checks them against the data
 * dictionary, and compiles and type-checks every expression, reporting every problem at once with
 * its JSON Pointer, line and column.
 *
 * <pre>{@code
 * Validated<FormDefinition> form =
 *     FormLoader.standard().load(Path.of("examples/forms/1.001193-to-khai-dang-ky-khai-sinh.json"));
 * }</pre>
 *
 * <p>A definition with errors gives no value. Immutable and thread-safe.
 */
public final class FormLoader {
  /** The schema identifier written in {@code $schema}. */
  public static final String SCHEMA_ID = "https://opendvc.org/schema/1/form.schema.json";

  /** The classpath resource holding the JSON Schema of the format. */
  public static final String SCHEMA_RESOURCE = "/org/opendvc/forms/schema/form.schema.json";

  private final DataDictionary dictionary;
  private final Map<Set<String>, DataElement> labelIndex;

  /** A loader that checks bindings against {@code dictionary}. */
  public FormLoader(DataDictionary dictionary) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.labelIndex = FormChecks.labelIndex(dictionary);
  }

  /** A loader that checks bindings against the standard dictionary. */
  public static FormLoader standard() {
    return new FormLoader(DataDictionary.standard());
  }

  /**
   * Whether a parsed file is a form definition: its {@code $schema} ends with {@code
   * /form.schema.json}.
   */
  public static boolean isForm(JsonNode root) {
    JsonNode schema = root.isObject() ? root.get("$schema") : null;
    return schema != null && schema.isTextual() && schema.asText().endsWith("/form.schema.json");
  }

  /** Reads and loads a file, named in diagnostics by {@code label}. */
  public Validated<FormDefinition> load(Path file, String label) {
    Validated<JsonDocument> document = JsonDocument.read(file, label);
    if (document.value().isEmpty()) {
      return Validated.invalid(document.diagnostics());
    }
    return load(document.value().get());
  }

  /** Reads and loads a file, named by its path. */
  public Validated<FormDefinition> load(Path file) {
    return load(file, file.toString());
  }

  /** Loads a parsed definition. */
  public Validated<FormDefinition> load(JsonDocument document) {
    DiagnosticCollector sink = new DiagnosticCollector();
    if (!isForm(document.root())) {
      sink.add(FormDiagnostics.FORMAT_UNKNOWN, "");
      return Validated.invalid(document.locate(sink.toList()));
    }
    FormModel model = FormReader.read(document.root(), sink);
    if (model == null) {
      return Validated.of(null, document.locate(sink.toList()));
    }
    FormChecks.check(model, dictionary, labelIndex, sink);
    CompiledForm compiled = FormCompiler.compile(model.sections(), sink);
    List<org.opendvc.core.diagnostic.Diagnostic> located = document.locate(sink.toList());
    if (sink.hasErrors()) {
      return Validated.of(null, located);
    }
    return Validated.of(new FormDefinition(model, compiled), located);
  }

  /** Loads a definition from JSON text, named in diagnostics by {@code label}. */
  public Validated<FormDefinition> load(String json, String label) {
    Validated<JsonDocument> document = JsonDocument.parse(json, label);
    if (document.value().isEmpty()) {
      return Validated.invalid(document.diagnostics());
    }
    return load(document.value().get());
  }
}
