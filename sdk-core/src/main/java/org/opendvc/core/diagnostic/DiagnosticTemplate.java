package org.opendvc.core.diagnostic;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.law.LegalReference;

/**
 * The fixed parts of a {@link DiagnosticKind}: code, severity, message templates and legal basis.
 *
 * @param code the stable code
 * @param severity the default severity
 * @param templateVi the Vietnamese message template
 * @param templateEn the English message template
 * @param legalReference the law that makes it a problem, or {@code null}
 */
public record DiagnosticTemplate(
    String code,
    Severity severity,
    String templateVi,
    String templateEn,
    @Nullable LegalReference legalReference) {

  /** Checks that every part is present and the code is upper snake case. */
  public DiagnosticTemplate {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(templateVi, "templateVi");
    Objects.requireNonNull(templateEn, "templateEn");
    if (!code.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*")) {
      throw new IllegalArgumentException("code must be UPPER_SNAKE_CASE: " + code);
    }
  }

  /** An error template. */
  public static DiagnosticTemplate error(String code, String vi, String en) {
    return new DiagnosticTemplate(code, Severity.ERROR, vi, en, null);
  }

  /** A warning template. */
  public static DiagnosticTemplate warning(String code, String vi, String en) {
    return new DiagnosticTemplate(code, Severity.WARNING, vi, en, null);
  }

  /** An informational template. */
  public static DiagnosticTemplate info(String code, String vi, String en) {
    return new DiagnosticTemplate(code, Severity.INFO, vi, en, null);
  }

  /** The same template, citing {@code law}. */
  public DiagnosticTemplate citing(LegalReference law) {
    return new DiagnosticTemplate(code, severity, templateVi, templateEn, law);
  }
}
