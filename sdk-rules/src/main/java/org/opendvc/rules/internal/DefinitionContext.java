package org.opendvc.rules.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The procedure definition being checked: when it is in force. */
public final class DefinitionContext {
  private final @Nullable LocalDate effectiveFrom;
  private final @Nullable LocalDate effectiveTo;

  public DefinitionContext(@Nullable LocalDate effectiveFrom, @Nullable LocalDate effectiveTo) {
    this.effectiveFrom = effectiveFrom;
    this.effectiveTo = effectiveTo;
  }

  public @Nullable LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  /** Whether the definition is still in force on {@code date} (open ends count as in force). */
  public boolean inForceOn(LocalDate date) {
    return effectiveTo == null || !effectiveTo.isBefore(date);
  }
}
