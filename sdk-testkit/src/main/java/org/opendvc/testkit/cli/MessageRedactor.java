package org.opendvc.testkit.cli;

import java.util.ArrayList;
import java.util.List;
import org.opendvc.core.Language;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.diagnostic.Diagnostic;

/**
 * Replaces clear forms of a value by its masked form in diagnostic messages. When one value is read
 * as several kinds, a message about one reading (a 10-digit tax code, quoted in clear) must not
 * reveal what another reading (the same digits as a phone number) masks.
 */
final class MessageRedactor {
  private final List<String> clearForms;
  private final String masked;

  /** Redacts each of {@code clearForms} (empty strings ignored) to {@code masked}. */
  MessageRedactor(List<String> clearForms, String masked) {
    this.clearForms = clearForms.stream().filter(f -> !f.isEmpty() && !f.equals(masked)).toList();
    this.masked = masked;
  }

  /** The diagnostics, with messages redacted. */
  List<Diagnostic> redact(List<Diagnostic> diagnostics) {
    if (clearForms.isEmpty()) {
      return diagnostics;
    }
    List<Diagnostic> redacted = new ArrayList<>(diagnostics.size());
    for (Diagnostic d : diagnostics) {
      LocalizedText message =
          LocalizedText.of(redact(d.message().vi()), redact(d.message().get(Language.EN)));
      redacted.add(
          new Diagnostic(
              d.code(),
              d.severity(),
              d.file(),
              d.pointer(),
              message,
              d.legalReference(),
              d.position()));
    }
    return redacted;
  }

  private String redact(String text) {
    String out = text;
    for (String clear : clearForms) {
      out = out.replace(clear, masked);
    }
    return out;
  }
}
