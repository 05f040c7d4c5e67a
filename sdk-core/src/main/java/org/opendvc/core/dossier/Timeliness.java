package org.opendvc.core.dossier;

/**
 * How a dossier stands against its due date (đúng hạn, trước hạn, quá hạn): classified by {@link
 * DossierDeadlines#timeliness(Dossier, java.time.Instant)}.
 */
public enum Timeliness {
  /** Processing ended on a day before the due day (trước hạn). */
  EARLY,
  /** Processing ended on the due day, by the due time (đúng hạn). */
  ON_TIME,
  /** Processing ended after the due time (quá hạn). */
  LATE,
  /** Still open, and the due time has not passed (đang giải quyết trong hạn). */
  WITHIN_DEADLINE,
  /** Still open, and the due time has passed (đang giải quyết quá hạn). */
  OVERDUE,
  /**
   * No deadline applies: not received yet, refused, withdrawn before a decision, or no processing
   * time is known.
   */
  NOT_APPLICABLE;

  /** Whether this is {@link #EARLY} or {@link #ON_TIME}. */
  public boolean isInTime() {
    return this == EARLY || this == ON_TIME;
  }

  /** Whether processing has ended: {@link #EARLY}, {@link #ON_TIME} or {@link #LATE}. */
  public boolean isFinished() {
    return this == EARLY || this == ON_TIME || this == LATE;
  }
}
