package org.opendvc.forms.internal;

import java.util.function.Function;
import org.opendvc.core.Language;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.DiagnosticKind;

/**
 * Diagnostics whose arguments differ by language, such as a field's label: the Vietnamese message
 * gets the Vietnamese label and the English message the English one.
 */
public final class Messages {
  private Messages() {}

  /** The message of {@code kind} with arguments chosen per language. */
  public static LocalizedText message(DiagnosticKind kind, Function<Language, Object[]> args) {
    return LocalizedText.of(
        kind.message(args.apply(Language.VI)).vi(),
        kind.message(args.apply(Language.EN)).get(Language.EN));
  }

  /** A diagnostic of {@code kind} at {@code pointer} with arguments chosen per language. */
  public static Diagnostic at(
      DiagnosticKind kind, String pointer, Function<Language, Object[]> args) {
    return new Diagnostic(
        kind.code(),
        kind.severity(),
        null,
        pointer,
        message(kind, args),
        kind.legalReference(),
        null);
  }
}
