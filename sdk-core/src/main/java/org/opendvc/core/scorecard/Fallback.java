package org.opendvc.core.scorecard;

/**
 * What a metric that cannot be computed is worth: because an input is missing ({@link
 * MetricStatus#INPUT_MISSING}) or because there is nothing to count ({@link
 * MetricStatus#NOTHING_TO_COUNT}). DVCQG's rule for these cases is not published except for
 * satisfaction ("with no feedback items, the points are split across the other two"), which {@link
 * #REDISTRIBUTE} generalises.
 */
public enum Fallback {
  /**
   * Its points go to the metrics of the same group that were computed, in proportion to their
   * points; if none was, they are left out as with {@link #LEAVE_OUT}. The default.
   */
  REDISTRIBUTE,
  /** Its points are taken out of the maximum: the scorecard is then out of fewer than 100. */
  LEAVE_OUT,
  /** It scores nothing, out of its full points. */
  ZERO,
  /** It scores its full points: nothing to count, nothing failed. */
  FULL_SCORE
}
