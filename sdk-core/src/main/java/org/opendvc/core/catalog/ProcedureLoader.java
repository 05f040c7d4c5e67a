package org.opendvc.core.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.dictionary.DataDictionary;
import org.opendvc.core.dvcqg.DvcqgProcedurePackage;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.json.JsonPointerMap;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureDiagnostics;
import org.opendvc.core.procedure.ProcedureFormat;
import org.opendvc.core.procedure.ProcedureJson;
import org.opendvc.core.procedure.ProcedureValidator;

/**
 * Loads procedure files in either format, OpenDVC's own or a DVCQG package, and validates them.
 *
 * <pre>{@code
 * ProcedureLoader loader = ProcedureLoader.standard();
 * Validated<Procedure> birth = loader.load(Path.of("examples/catalog/1.001193.json"))
 *     .toValidated();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ProcedureLoader {
  private final ProcedureValidator validator;

  /** A loader that validates against {@code dictionary}. */
  public ProcedureLoader(DataDictionary dictionary) {
    this.validator = new ProcedureValidator(Objects.requireNonNull(dictionary, "dictionary"));
  }

  /** A loader that validates against the standard dictionary. */
  public static ProcedureLoader standard() {
    return new ProcedureLoader(DataDictionary.standard());
  }

  /**
   * The format of a parsed file: a DVCQG package when it carries the package's code or name members
   * (or an envelope of packages), OpenDVC's format when its {@code $schema} says so or it has a
   * {@code code} and {@code cases}.
   */
  public static Optional<ProcedureFormat> detect(JsonNode root) {
    if (!root.isObject()) {
      return Optional.empty();
    }
    JsonNode schema = root.get("$schema");
    if (schema != null && schema.isTextual()) {
      return schema.asText().endsWith("/procedure.schema.json")
          ? Optional.of(ProcedureFormat.OPENDVC)
          : Optional.empty();
    }
    if (DvcqgProcedurePackage.looksLikePackage(root)) {
      return Optional.of(ProcedureFormat.DVCQG_PACKAGE);
    }
    if (root.has("code") && root.has("cases")) {
      return Optional.of(ProcedureFormat.OPENDVC);
    }
    return Optional.empty();
  }

  /**
   * Reads and loads a file.
   *
   * @param file the file
   * @param label how diagnostics name it
   */
  public LoadedProcedure load(Path file, String label) {
    Validated<JsonDocument> document = JsonDocument.read(file, label);
    if (document.value().isEmpty()) {
      return unreadable(label, document.diagnostics());
    }
    return load(document.value().get());
  }

  /** Loads a file, named by its path. */
  public LoadedProcedure load(Path file) {
    return load(file, file.toString());
  }

  /** Loads a parsed document in whichever format it is. */
  public LoadedProcedure load(JsonDocument document) {
    Optional<ProcedureFormat> format = detect(document.root());
    if (format.isEmpty()) {
      List<Diagnostic> unknown =
          document.locate(List.of(ProcedureDiagnostics.FORMAT_UNKNOWN.at("")));
      return new LoadedProcedure(
          document, ProcedureFormat.OPENDVC, null, unknown, JsonPointerMap.identity());
    }
    if (format.get() == ProcedureFormat.DVCQG_PACKAGE) {
      DvcqgProcedurePackage.Import imported =
          DvcqgProcedurePackage.importPackage(document, validator);
      return new LoadedProcedure(
          document,
          ProcedureFormat.DVCQG_PACKAGE,
          imported.procedure(),
          imported.diagnostics(),
          imported.pointers());
    }
    Validated<Procedure> loaded = ProcedureJson.load(document, validator);
    return new LoadedProcedure(
        document,
        ProcedureFormat.OPENDVC,
        loaded.value().orElse(null),
        loaded.diagnostics(),
        JsonPointerMap.identity());
  }

  private static LoadedProcedure unreadable(String label, List<Diagnostic> diagnostics) {
    JsonDocument empty = JsonDocument.parse("{}", label).orElseThrow();
    return new LoadedProcedure(
        empty, ProcedureFormat.OPENDVC, null, diagnostics, JsonPointerMap.identity());
  }
}
