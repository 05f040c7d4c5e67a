package org.opendvc.core.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One group of a scorecard.
 *
 * @param group the group
 * @param score the sum of its metrics' scores
 * @param maxScore the sum of its metrics' maximums: the decision's points unless some were left out
 * @param metrics its metrics, in the decision's order
 */
public record GroupScore(
    ScoreGroup group, BigDecimal score, BigDecimal maxScore, List<MetricScore> metrics) {

  /** Checks the parts and copies the list. */
  public GroupScore {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(maxScore, "maxScore");
    metrics = List.copyOf(metrics);
  }

  /** The metric with {@code code}. */
  public MetricScore metric(MetricCode code) {
    return metrics.stream()
        .filter(m -> m.code() == code)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(code + " is not in " + group));
  }
}
