package org.opendvc.core.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers diagnostics during one validation pass.
 *
 * <p>Not thread-safe: use one collector per pass. Validators take a collector so a caller can run
 * several of them and report everything at once.
 */
public final class DiagnosticCollector {
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private int errors;

  /** Adds one diagnostic. */
  public void add(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
    if (diagnostic.isError()) {
      errors++;
    }
  }

  /** Adds a diagnostic of {@code kind} at {@code pointer}. */
  public void add(DiagnosticKind kind, String pointer, Object... args) {
    add(kind.at(pointer, args));
  }

  /** Adds all of {@code more}. */
  public void addAll(Iterable<Diagnostic> more) {
    for (Diagnostic diagnostic : more) {
      add(diagnostic);
    }
  }

  /** The number of errors so far. */
  public int errorCount() {
    return errors;
  }

  /** Whether any error was added. */
  public boolean hasErrors() {
    return errors > 0;
  }

  /** Whether nothing was added. */
  public boolean isEmpty() {
    return diagnostics.isEmpty();
  }

  /** An immutable copy of what was gathered, in the order it was added. */
  public List<Diagnostic> toList() {
    return List.copyOf(diagnostics);
  }
}
