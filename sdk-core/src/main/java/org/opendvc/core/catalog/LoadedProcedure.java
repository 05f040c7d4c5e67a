package org.opendvc.core.catalog;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.json.JsonPointerMap;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureFormat;

/**
 * A procedure file after loading: the procedure, every problem found in it, and what is needed to
 * report further problems (such as those found across a catalogue) at the right place in the file.
 *
 * @param document the parsed file
 * @param format the format the file was read as
 * @param procedure the procedure, or {@code null} when its code or name could not be read
 * @param diagnostics every problem found in the file, located
 * @param pointers translates pointers in OpenDVC's format into pointers into the file
 */
public record LoadedProcedure(
    JsonDocument document,
    ProcedureFormat format,
    @Nullable Procedure procedure,
    List<Diagnostic> diagnostics,
    JsonPointerMap pointers) {

  /** Checks the parts are present and copies the diagnostics. */
  public LoadedProcedure {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(pointers, "pointers");
    diagnostics = List.copyOf(diagnostics);
  }

  /** Whether there is a procedure and no error. */
  public boolean isValid() {
    return procedure != null && diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  /** The procedure and its diagnostics as a {@link Validated}. */
  public Validated<Procedure> toValidated() {
    return Validated.of(procedure, diagnostics);
  }

  /** A diagnostic found on the procedure, moved to where it belongs in this file. */
  public Diagnostic locate(Diagnostic onModel) {
    Diagnostic moved = onModel.withPointer(pointers.translate(onModel.pointer()));
    return document.locate(List.of(moved)).get(0);
  }
}
