package org.opendvc.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kie.api.definition.rule.Rule;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.law.LegalReference;

/**
 * The per-request result of a definition or readiness check: rule consequences add diagnostics
 * here. Created for one request and read after it.
 */
public final class Report {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Adds a diagnostic of {@code kind} at {@code pointer}. */
  public void add(Rule rule, DiagnosticKind kind, String pointer, Object... args) {
    diagnostics.add(kind.at(pointer, args));
  }

  /** Adds a diagnostic citing {@code law} instead of the kind's own reference, when given. */
  public void addCiting(
      Rule rule,
      DiagnosticKind kind,
      @Nullable LegalReference law,
      String pointer,
      Object... args) {
    Diagnostic d = kind.at(pointer, args);
    diagnostics.add(
        law == null
            ? d
            : new Diagnostic(
                d.code(), d.severity(), d.file(), d.pointer(), d.message(), law, d.position()));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
