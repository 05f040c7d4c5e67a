package org.opendvc.rules.internal;

/** Whether the applicant agreed to the use of what the state holds. */
public final class ConsentFact {
  private final boolean given;

  public ConsentFact(boolean given) {
    this.given = given;
  }

  public boolean isGiven() {
    return given;
  }
}
