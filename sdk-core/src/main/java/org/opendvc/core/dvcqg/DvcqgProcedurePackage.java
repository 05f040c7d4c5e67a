package org.opendvc.core.dvcqg;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.OpenDvcException;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.json.JsonPointerMap;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureFormat;
import org.opendvc.core.procedure.ProcedureOrigin;
import org.opendvc.core.procedure.ProcedureValidator;

/**
 * The DVCQG procedure package (gói tin thủ tục), as returned by the portal's {@code LayThuTuc}
 * service: import into the OpenDVC model, and export back.
 *
 * <p>To import and validate in one step, use {@code ProcedureLoader}. A file may hold the package
 * itself or an envelope {@code {"result": [package]}} as relayed by provincial gateways. Imported
 * procedures keep the package as their {@link ProcedureOrigin}, so {@link #export(Procedure)} of an
 * imported procedure gives back the package member for member, including the members OpenDVC does
 * not model, with only the edits made since the import applied.
 *
 * <p>Stateless and thread-safe.
 */
public final class DvcqgProcedurePackage {
  private static final String ENVELOPE = "result";

  private DvcqgProcedurePackage() {}

  /** Whether {@code root} looks like a DVCQG package or an envelope holding packages. */
  public static boolean looksLikePackage(JsonNode root) {
    if (!root.isObject()) {
      return false;
    }
    if (root.has(DvcqgWire.CODE) || root.has(DvcqgWire.CODE_ALT) || root.has(DvcqgWire.NAME)) {
      return true;
    }
    JsonNode result = root.get(ENVELOPE);
    return result != null
        && result.isArray()
        && !result.isEmpty()
        && looksLikePackage(result.get(0));
  }

  /**
   * What importing a package gave: the procedure (null when its code or name is unusable), the
   * structural problems found, with positions, and where each part of the model came from.
   *
   * @param procedure the imported procedure, or {@code null}
   * @param diagnostics problems found while importing, pointing into the package file
   * @param pointers translates pointers in OpenDVC's format to pointers into the package file
   */
  public record Import(
      @Nullable Procedure procedure, List<Diagnostic> diagnostics, JsonPointerMap pointers) {

    /** Copies the diagnostics. */
    public Import {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** Imports the package in {@code document}, reporting structural problems only. */
  public static Import importPackage(JsonDocument document) {
    return importPackage(document, null);
  }

  /**
   * Imports the package in {@code document} and checks what was imported with {@code validator},
   * reporting every problem at once, each at its pointer and line in the package. Content problems
   * are found even when the code or name is unusable, but only a procedure with both is returned.
   */
  public static Import importPackage(
      JsonDocument document, @Nullable ProcedureValidator validator) {
    DiagnosticCollector sink = new DiagnosticCollector();
    JsonNode root = document.root();
    JsonNode envelope = root.isObject() ? root.get(ENVELOPE) : null;
    DvcqgReader.Result result;
    if (envelope != null && envelope.isArray() && !root.has(DvcqgWire.CODE)) {
      if (envelope.size() != 1) {
        sink.add(DvcqgDiagnostics.MULTIPLE_PACKAGES, "/" + ENVELOPE, envelope.size());
        return new Import(null, document.locate(sink.toList()), new JsonPointerMap());
      }
      result = DvcqgReader.read(envelope.get(0), "/" + ENVELOPE + "/0", sink);
    } else {
      result = DvcqgReader.read(root, "", sink);
    }
    Procedure draft = result.draft();
    if (validator != null && draft != null) {
      List<Diagnostic> found =
          result.hasCode() ? validator.validate(draft) : validator.validateIgnoringCode(draft);
      for (Diagnostic d : found) {
        sink.add(d.withPointer(result.pointers().translate(d.pointer())));
      }
    }
    return new Import(result.procedure(), document.locate(sink.toList()), result.pointers());
  }

  /** Imports the package in {@code document}, reporting structural problems only. */
  public static Validated<Procedure> read(JsonDocument document) {
    Import imported = importPackage(document);
    return Validated.of(imported.procedure(), imported.diagnostics());
  }

  /**
   * The procedure as a DVCQG package. An imported procedure starts from its original package and
   * only what changed is written; any other is written whole. Parts the package has no place for
   * (English names, versions, effective dates, data elements) are not written.
   */
  public static ObjectNode export(Procedure procedure) {
    ProcedureOrigin origin = procedure.origin();
    if (origin == null || origin.format() != ProcedureFormat.DVCQG_PACKAGE) {
      return DvcqgWriter.write(JsonNodeFactory.instance.objectNode(), procedure, null);
    }
    JsonNode original;
    try {
      original = OpenDvcJson.mapper().readTree(origin.json());
    } catch (JsonProcessingException e) {
      throw new OpenDvcException("The origin of procedure " + procedure.code() + " is not JSON", e);
    }
    DiagnosticCollector ignored = new DiagnosticCollector();
    DvcqgReader.Result before = DvcqgReader.read(original, "", ignored);
    ObjectNode target = ((ObjectNode) original).deepCopy();
    return DvcqgWriter.write(target, procedure, before);
  }

  /** The procedure as a pretty-printed DVCQG package. */
  public static String write(Procedure procedure) {
    try {
      return OpenDvcJson.prettyWriter().writeValueAsString(export(procedure)) + "\n";
    } catch (JsonProcessingException e) {
      throw new OpenDvcException("Cannot write procedure " + procedure.code(), e);
    }
  }
}
