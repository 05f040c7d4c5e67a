package org.opendvc.core.scorecard;

/**
 * A numerator over a denominator, as an agency profile gives a metric.
 *
 * @param numerator what met the criterion, not negative and not above the denominator
 * @param denominator what was counted, not negative
 */
public record Count(long numerator, long denominator) {

  /**
   * Checks the numbers.
   *
   * @throws IllegalArgumentException if either is negative or the numerator is above the
   *     denominator
   */
  public Count {
    if (numerator < 0 || denominator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(
          "a count needs 0 <= numerator <= denominator: " + numerator + "/" + denominator);
    }
  }
}
