package org.opendvc.rules.internal;

import java.time.LocalDate;

/** The date the law is applied at: a fact, never the session clock. */
public final class DecisionContext {
  private final LocalDate decisionDate;

  public DecisionContext(LocalDate decisionDate) {
    this.decisionDate = decisionDate;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }
}
