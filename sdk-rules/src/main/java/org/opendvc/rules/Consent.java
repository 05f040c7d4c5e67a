package org.opendvc.rules;

/**
 * Whether the applicant agreed that data the state holds about the subjects may be used for this
 * request (the explicit request of the once-only principle). Without it, registry values are not
 * used: conditions they would decide come back undecided and the applicant is asked.
 */
public enum Consent {
  /** The applicant agreed. */
  GIVEN,
  /** The applicant did not agree, or was not asked. */
  NOT_GIVEN
}
