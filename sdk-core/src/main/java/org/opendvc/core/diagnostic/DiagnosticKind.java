package org.opendvc.core.diagnostic;

import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.internal.text.Templates;
import org.opendvc.core.law.LegalReference;

/**
 * A kind of problem: its stable code, default severity and message templates.
 *
 * <p>Each module lists its kinds in an enum that implements this interface by returning a {@link
 * DiagnosticTemplate}. Templates use {@code {0}}, {@code {1}}... for arguments; arguments are
 * names, codes and counts, never personal data.
 */
public interface DiagnosticKind {

  /** The fixed parts of this kind. */
  DiagnosticTemplate template();

  /** The stable code, such as {@code PROC_FEE_WITHOUT_AMOUNT}. Never changes once released. */
  default String code() {
    return template().code();
  }

  /** The severity diagnostics of this kind have unless a validator decides otherwise. */
  default Severity severity() {
    return template().severity();
  }

  /** The law that makes this a problem, when there is one. */
  default @Nullable LegalReference legalReference() {
    return template().legalReference();
  }

  /** The message with {@code args} put in place of {@code {0}}, {@code {1}}... */
  default LocalizedText message(Object... args) {
    DiagnosticTemplate t = template();
    return LocalizedText.of(
        Templates.fill(t.templateVi(), args), Templates.fill(t.templateEn(), args));
  }

  /** A diagnostic of this kind at a JSON Pointer, with its default severity. */
  default Diagnostic at(String pointer, Object... args) {
    return new Diagnostic(code(), severity(), null, pointer, message(args), legalReference(), null);
  }
}
