package org.opendvc.rules;

/**
 * The outcome of an eligibility decision.
 *
 * <p>Outcomes of separate requirements combine with {@link #and(Outcome)}: one requirement not met
 * makes the applicant not eligible whatever the others say; otherwise one requirement that cannot
 * be decided yet makes the decision wait for information.
 */
public enum Outcome {
  /** Every requirement is met. */
  ELIGIBLE,
  /** Some requirement cannot be decided without more data. */
  NEEDS_INFORMATION,
  /** Some requirement is not met. */
  NOT_ELIGIBLE;

  /** The outcome of two requirements together. Associative and commutative; ELIGIBLE is neutral. */
  public Outcome and(Outcome other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
