package org.opendvc.core.diagnostic;

import java.util.List;
import java.util.stream.Collectors;
import org.opendvc.core.Language;
import org.opendvc.core.OpenDvcException;

/**
 * Thrown when a caller insists on a value that has errors, for example by {@link
 * Validated#orElseThrow()}. It carries every diagnostic.
 */
public class ValidationException extends OpenDvcException {
  private static final long serialVersionUID = 1L;

  /** The diagnostics; records are immutable, so the list is safe to share. */
  @SuppressWarnings("serial")
  private final List<Diagnostic> diagnostics;

  /** Creates an exception for {@code diagnostics}. */
  public ValidationException(List<Diagnostic> diagnostics) {
    super(summarise(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Every diagnostic found. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String summarise(List<Diagnostic> diagnostics) {
    List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
    String first =
        errors.stream()
            .limit(3)
            .map(d -> d.code() + " at '" + d.pointer() + "': " + d.message().get(Language.EN))
            .collect(Collectors.joining("; "));
    return errors.size() + " error(s): " + first + (errors.size() > 3 ? "; ..." : "");
  }
}
