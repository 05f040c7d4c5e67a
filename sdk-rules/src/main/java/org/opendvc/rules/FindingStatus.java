package org.opendvc.rules;

/** How one requirement stands. */
public enum FindingStatus {
  /** The requirement is met. */
  MET,
  /** The requirement is not met. */
  NOT_MET,
  /** The requirement cannot be decided without more data; the finding names what is missing. */
  UNKNOWN,
  /**
   * The state already holds what is asked for, so asking for it breaks the once-only principle
   * (Decree 45/2020/ND-CP).
   */
  ONCE_ONLY_VIOLATION
}
