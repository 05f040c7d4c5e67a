package org.opendvc.core.internal.scorecard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.scorecard.AgencyScope;
import org.opendvc.core.scorecard.Fallback;
import org.opendvc.core.scorecard.GroupScore;
import org.opendvc.core.scorecard.MetricCode;
import org.opendvc.core.scorecard.MetricScore;
import org.opendvc.core.scorecard.MetricStatus;
import org.opendvc.core.scorecard.ScoreGroup;
import org.opendvc.core.scorecard.ScorePeriod;
import org.opendvc.core.scorecard.Scorecard;
import org.opendvc.core.scorecard.ScorecardRules;

/**
 * Turns the counts of every metric into points: ratio × points for a computed metric, the {@link
 * Fallback} of the rules for the others, redistribution within the group, rounding to two decimals
 * (each metric's score is rounded, and groups and the total add up the rounded scores, so the
 * figures shown always add up).
 */
public final class Scoring {
  private static final MathContext MATH = MathContext.DECIMAL64;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Scoring() {}

  /** The scorecard for {@code tallies}, one per metric. */
  public static Scorecard score(
      AgencyScope agency,
      ScorePeriod period,
      Instant asOf,
      ScorecardRules rules,
      long read,
      long inScope,
      Map<MetricCode, Tally> tallies) {
    List<GroupScore> groups = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal maxTotal = BigDecimal.ZERO;
    for (ScoreGroup group : ScoreGroup.values()) {
      GroupScore scored = group(group, rules, tallies);
      groups.add(scored);
      total = total.add(scored.score());
      maxTotal = maxTotal.add(scored.maxScore());
    }
    return new Scorecard(agency, period, asOf, rules, read, inScope, groups, total, maxTotal);
  }

  private static MetricStatus status(Tally tally) {
    if (tally.inputMissing()) {
      return MetricStatus.INPUT_MISSING;
    }
    return tally.denominator() == 0 ? MetricStatus.NOTHING_TO_COUNT : MetricStatus.COMPUTED;
  }

  private static GroupScore group(
      ScoreGroup group, ScorecardRules rules, Map<MetricCode, Tally> tallies) {
    List<MetricCode> codes = MetricCode.of(group);
    Map<MetricCode, MetricStatus> statuses = new EnumMap<>(MetricCode.class);
    int pool = 0;
    List<MetricCode> computed = new ArrayList<>();
    for (MetricCode code : codes) {
      MetricStatus status = status(tallies.get(code));
      statuses.put(code, status);
      if (status == MetricStatus.COMPUTED) {
        computed.add(code);
      } else if (fallback(rules, status) == Fallback.REDISTRIBUTE) {
        pool += code.maxScore();
      }
    }
    Map<MetricCode, BigDecimal> shares = shares(pool, computed);
    boolean shared = !shares.isEmpty();
    List<MetricScore> metrics = new ArrayList<>();
    BigDecimal score = BigDecimal.ZERO;
    BigDecimal max = BigDecimal.ZERO;
    for (MetricCode code : codes) {
      MetricScore metric =
          metric(
              code,
              tallies.get(code),
              statuses.get(code),
              rules,
              shares.getOrDefault(code, BigDecimal.ZERO),
              shared);
      metrics.add(metric);
      score = score.add(metric.score());
      max = max.add(metric.maxScore());
    }
    return new GroupScore(group, score, max, metrics);
  }

  /**
   * The points of {@code pool} each computed metric receives, in proportion to its own points, in
   * hundredths shared by the largest remainder so that they add up to the pool exactly; empty when
   * there is nothing to share or no one to share it with.
   */
  private static Map<MetricCode, BigDecimal> shares(int pool, List<MetricCode> computed) {
    int points = computed.stream().mapToInt(MetricCode::maxScore).sum();
    Map<MetricCode, BigDecimal> shares = new EnumMap<>(MetricCode.class);
    if (pool == 0 || points == 0) {
      return shares;
    }
    long cents = pool * 100L;
    long given = 0;
    Map<MetricCode, Long> remainders = new EnumMap<>(MetricCode.class);
    Map<MetricCode, Long> whole = new EnumMap<>(MetricCode.class);
    for (MetricCode code : computed) {
      long exact = cents * code.maxScore();
      whole.put(code, exact / points);
      remainders.put(code, exact % points);
      given += exact / points;
    }
    List<MetricCode> byRemainder = new ArrayList<>(computed);
    byRemainder.sort((a, b) -> Long.compare(remainders.get(b), remainders.get(a)));
    for (int i = 0; i < cents - given; i++) {
      MetricCode code = byRemainder.get(i);
      whole.put(code, whole.get(code) + 1);
    }
    whole.forEach((code, c) -> shares.put(code, BigDecimal.valueOf(c, 2)));
    return shares;
  }

  private static Fallback fallback(ScorecardRules rules, MetricStatus status) {
    return status == MetricStatus.INPUT_MISSING
        ? rules.whenInputMissing()
        : rules.whenNothingToCount();
  }

  private static MetricScore metric(
      MetricCode code,
      Tally tally,
      MetricStatus status,
      ScorecardRules rules,
      BigDecimal share,
      boolean shared) {
    int points = code.maxScore();
    LocalizedText definition =
        tally.definition() == null ? LocalizedText.of("-") : tally.definition();
    if (status == MetricStatus.COMPUTED) {
      BigDecimal max = BigDecimal.valueOf(points).add(share);
      BigDecimal ratio =
          BigDecimal.valueOf(tally.numerator())
              .multiply(HUNDRED)
              .divide(BigDecimal.valueOf(tally.denominator()), MATH);
      BigDecimal score =
          BigDecimal.valueOf(tally.numerator())
              .multiply(max)
              .divide(BigDecimal.valueOf(tally.denominator()), MATH);
      LocalizedText note =
          share.signum() == 0
              ? definition
              : join(
                  definition,
                  LocalizedText.of(
                      "Được cộng " + two(share) + " điểm chia lại từ chỉ số không tính được.",
                      "Gets " + two(share) + " points redistributed from metrics not computed."));
      return new MetricScore(
          code,
          status,
          tally.numerator(),
          tally.denominator(),
          two(ratio),
          two(score),
          two(max),
          points,
          tally.parameters(),
          note);
    }
    Fallback fallback = fallback(rules, status);
    BigDecimal max = BigDecimal.ZERO;
    BigDecimal score = BigDecimal.ZERO;
    LocalizedText outcome;
    switch (fallback) {
      case ZERO -> {
        max = BigDecimal.valueOf(points);
        outcome = LocalizedText.of("Tính 0 điểm.", "Scores nothing.");
      }
      case FULL_SCORE -> {
        max = BigDecimal.valueOf(points);
        score = max;
        outcome = LocalizedText.of("Tính đủ điểm.", "Scores its full points.");
      }
      case LEAVE_OUT ->
          outcome =
              LocalizedText.of(
                  points + " điểm bị loại khỏi thang điểm.",
                  "Its " + points + " points are left out of the maximum.");
      case REDISTRIBUTE ->
          outcome =
              !shared
                  ? LocalizedText.of(
                      "Không chỉ số nào của nhóm tính được: "
                          + points
                          + " điểm bị loại khỏi thang điểm.",
                      "No metric of the group was computed: its "
                          + points
                          + " points are left out of the maximum.")
                  : LocalizedText.of(
                      points + " điểm được chia cho các chỉ số tính được của nhóm.",
                      "Its " + points + " points are shared among the group's computed metrics.");
      default -> throw new IllegalStateException(fallback.name());
    }
    LocalizedText why =
        status == MetricStatus.INPUT_MISSING
            ? LocalizedText.of(
                "Không tính được: hồ sơ cơ quan (agency profile) không có số liệu này (quy tắc "
                    + fallback
                    + ").",
                "Not computed: the agency profile does not give it (rule " + fallback + ").")
            : LocalizedText.of(
                "Không tính được: mẫu số bằng 0 (quy tắc " + fallback + ").",
                "Not computed: nothing to count, the denominator is 0 (rule " + fallback + ").");
    LocalizedText note =
        tally.definition() == null ? join(why, outcome) : join(definition, join(why, outcome));
    return new MetricScore(
        code,
        status,
        tally.numerator(),
        tally.denominator(),
        null,
        two(score),
        two(max),
        points,
        tally.parameters(),
        note);
  }

  private static LocalizedText join(LocalizedText a, LocalizedText b) {
    return LocalizedText.of(
        a.vi() + " " + b.vi(),
        a.get(org.opendvc.core.Language.EN) + " " + b.get(org.opendvc.core.Language.EN));
  }

  /** {@code value} to two decimals, half up. */
  public static BigDecimal two(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }
}
