package org.opendvc.core.scorecard;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;

/**
 * One metric of a scorecard, as DVCQG's reporting API gives it ({@code code, numerator,
 * denominator, ratio, score, maxScore}), with how it was obtained.
 *
 * @param code the metric
 * @param status whether it was computed
 * @param numerator what met the criterion
 * @param denominator what was counted
 * @param ratio {@code numerator / denominator × 100}, to two decimals; null when not computed
 * @param score the points obtained, to two decimals
 * @param maxScore the points it was scored out of: the decision's points, plus any redistributed to
 *     it, or less if its points went elsewhere or were left out
 * @param decisionMaxScore the points the decision gives it
 * @param parameters the parameters DVCQG reports for a tree group (such as {@code totalReceived}),
 *     and the intermediate counts of other metrics, in a stable order
 * @param note how it was computed, and what happened to its points when it could not be
 */
public record MetricScore(
    MetricCode code,
    MetricStatus status,
    long numerator,
    long denominator,
    @Nullable BigDecimal ratio,
    BigDecimal score,
    BigDecimal maxScore,
    int decisionMaxScore,
    Map<String, Number> parameters,
    LocalizedText note) {

  /** Checks the parts and copies the parameters, keeping their order. */
  public MetricScore {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(maxScore, "maxScore");
    Objects.requireNonNull(note, "note");
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }
}
