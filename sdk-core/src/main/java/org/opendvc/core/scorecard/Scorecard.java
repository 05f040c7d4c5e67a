package org.opendvc.core.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The Decision 766 scorecard of an agency for a period.
 *
 * @param agency whose dossiers were counted
 * @param period the period
 * @param asOf the instant open dossiers were judged at: the end of the period, or earlier when the
 *     period has not ended
 * @param rules the rules used where the reference leaves the computation open
 * @param dossiersRead the dossiers offered to the scorecard
 * @param dossiersInScope those received by an agency in scope and active in the period
 * @param groups the six groups, in the decision's order
 * @param total the sum of the groups' scores
 * @param maxTotal the sum of their maximums: 100 unless points were left out
 */
public record Scorecard(
    AgencyScope agency,
    ScorePeriod period,
    Instant asOf,
    ScorecardRules rules,
    long dossiersRead,
    long dossiersInScope,
    List<GroupScore> groups,
    BigDecimal total,
    BigDecimal maxTotal) {

  /** Checks the parts and copies the list. */
  public Scorecard {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(maxTotal, "maxTotal");
    groups = List.copyOf(groups);
  }

  /** The group {@code group}. */
  public GroupScore group(ScoreGroup group) {
    return groups.stream()
        .filter(g -> g.group() == group)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(group + " is missing"));
  }

  /** The metric {@code code}. */
  public MetricScore metric(MetricCode code) {
    return group(code.group()).metric(code);
  }
}
