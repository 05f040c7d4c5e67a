package org.opendvc.forms.burden;

/** The government's targets for the time from login to a successful online submission. */
public enum BurdenTarget {
  /**
   * Under 8 minutes on average in 2025: Decision 1565/QĐ-TTg of 18 July 2025, the plan to improve
   * full-process online public services, quality criteria for 2025.
   */
  DECISION_1565_2025(480),
  /**
   * 5 minutes, the figure reported as the aim for 2026. The excerpts of Decision 1565/QĐ-TTg read
   * so far do not confirm it; treat it as an aim, not a verified legal target.
   */
  AIM_2026(300);

  private final int seconds;

  BurdenTarget(int seconds) {
    this.seconds = seconds;
  }

  /** The target, in seconds. */
  public int seconds() {
    return seconds;
  }
}
