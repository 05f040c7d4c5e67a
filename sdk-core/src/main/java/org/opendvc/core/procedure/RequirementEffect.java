package org.opendvc.core.procedure;

/** What a requirement that is not met does to the decision. */
public enum RequirementEffect {
  /** A condition of eligibility: not met makes the applicant not eligible. The default. */
  CONDITION,
  /**
   * Reported, but it does not decide eligibility: a duty whose breach has other consequences (a
   * late birth registration is still registered), or the basis of a fee exemption.
   */
  NOTICE
}
