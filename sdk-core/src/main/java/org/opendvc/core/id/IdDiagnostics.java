package org.opendvc.core.id;

import static org.opendvc.core.diagnostic.DiagnosticTemplate.error;

import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.DiagnosticTemplate;

/** Problems with identifiers. Messages show only masked personal identifiers. */
public enum IdDiagnostics implements DiagnosticKind {
  /** A procedure code is not of the form {@code N.NNNNNN}. */
  PROCEDURE_CODE_MALFORMED(
      error(
          "ID_PROCEDURE_CODE_MALFORMED",
          "Mã thủ tục \"{0}\" không đúng dạng N.NNNNNN (ví dụ 1.001193)",
          "Procedure code \"{0}\" is not of the form N.NNNNNN (for example 1.001193)"));

  private final DiagnosticTemplate template;

  IdDiagnostics(DiagnosticTemplate template) {
    this.template = template;
  }

  @Override
  public DiagnosticTemplate template() {
    return template;
  }
}
