package org.opendvc.core.diagnostic;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
  /** The definition or value is wrong and must not be used or published as it is. */
  ERROR,
  /** Probably wrong, or against good practice; usable, but someone should look. */
  WARNING,
  /** Worth knowing; nothing to fix. */
  INFO
}
