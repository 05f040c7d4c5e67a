package org.opendvc.core.procedure;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;

/**
 * What a procedure produces (kết quả thực hiện), such as a birth certificate.
 *
 * @param code the result code ({@code MAKETQUA}), used to find the result in the citizen's
 *     e-document warehouse and to let it replace a document in a later procedure
 * @param name the result's name
 * @param template the published template of the result document, if any
 */
public record ProcedureResult(
    @Nullable String code, LocalizedText name, @Nullable FormTemplate template) {

  /** Checks the name is present. */
  public ProcedureResult {
    Objects.requireNonNull(name, "name");
  }
}
