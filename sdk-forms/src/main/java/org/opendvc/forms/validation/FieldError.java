package org.opendvc.forms.validation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Severity;
import org.opendvc.core.law.LegalReference;

/**
 * A problem with one value of a submission, for the person who entered it. The message names the
 * field by its label and never repeats the value.
 *
 * @param path the value's path, such as {@code children[1].fullName}; {@code ""} for the submission
 *     as a whole
 * @param pointer the value's JSON Pointer in the submitted data, such as {@code
 *     /children/1/fullName}
 * @param code the stable code, such as {@code FORM_VALUE_REQUIRED}
 * @param severity {@code ERROR} blocks the submission; {@code WARNING} and {@code INFO} do not
 * @param message what is wrong, in Vietnamese and English
 * @param legalReference the law behind it, if any
 */
public record FieldError(
    String path,
    String pointer,
    String code,
    Severity severity,
    LocalizedText message,
    @Nullable LegalReference legalReference) {

  /** Checks the parts are present. */
  public FieldError {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /** Whether this blocks the submission. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The same problem as a {@link Diagnostic}, at {@link #pointer()}. */
  public Diagnostic toDiagnostic() {
    return new Diagnostic(code, severity, null, pointer, message, legalReference, null);
  }

  /** A problem from a diagnostic about the submission as a whole. */
  public static FieldError of(Diagnostic diagnostic) {
    return new FieldError(
        "",
        diagnostic.pointer(),
        diagnostic.code(),
        diagnostic.severity(),
        diagnostic.message(),
        diagnostic.legalReference());
  }
}
