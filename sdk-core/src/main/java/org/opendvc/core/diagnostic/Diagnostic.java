package org.opendvc.core.diagnostic;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.law.LegalReference;

/**
 * One problem found in a definition, a file or a value.
 *
 * <p>Every validator in OpenDVC reports through this type, all problems in one pass. The code is
 * stable and can be matched on; the message is for people, in Vietnamese and English, and never
 * contains personal data.
 *
 * @param code the stable code, such as {@code PROC_FEE_WITHOUT_AMOUNT}
 * @param severity how serious the problem is
 * @param file the file it concerns, as the caller named it, or {@code null} for an in-memory value
 * @param pointer the JSON Pointer (RFC 6901) of the offending value in that file; {@code ""} for
 *     the whole document
 * @param message what is wrong and how to fix it
 * @param legalReference the law that makes it a problem, or {@code null}
 * @param position the line and column in the file, or {@code null} when unknown
 */
public record Diagnostic(
    String code,
    Severity severity,
    @Nullable String file,
    String pointer,
    LocalizedText message,
    @Nullable LegalReference legalReference,
    @Nullable SourcePosition position) {

  /** Checks that the required parts are present. */
  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** The same diagnostic, about {@code newFile}. */
  public Diagnostic withFile(@Nullable String newFile) {
    return new Diagnostic(code, severity, newFile, pointer, message, legalReference, position);
  }

  /** The same diagnostic, at {@code newPointer}. */
  public Diagnostic withPointer(String newPointer) {
    return new Diagnostic(code, severity, file, newPointer, message, legalReference, position);
  }

  /** The same diagnostic, at {@code newPosition}. */
  public Diagnostic withPosition(@Nullable SourcePosition newPosition) {
    return new Diagnostic(code, severity, file, pointer, message, legalReference, newPosition);
  }

  /** The same diagnostic, with another severity. */
  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(code, newSeverity, file, pointer, message, legalReference, position);
  }

  /** Whether this is an {@link Severity#ERROR}. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
