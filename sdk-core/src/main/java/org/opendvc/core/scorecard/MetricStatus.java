package org.opendvc.core.scorecard;

/** Whether a metric could be computed. */
public enum MetricStatus {
  /** Computed: the denominator is above zero. */
  COMPUTED,
  /**
   * The inputs are there but the denominator is zero: {@link ScorecardRules#whenNothingToCount()}.
   */
  NOTHING_TO_COUNT,
  /** An input a dossier does not carry was not given: {@link ScorecardRules#whenInputMissing()}. */
  INPUT_MISSING
}
