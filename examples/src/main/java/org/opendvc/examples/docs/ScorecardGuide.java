package org.opendvc.examples.docs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.opendvc.core.Language;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.dossier.DossierJsonLines;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.scorecard.AgencyProfile;
import org.opendvc.core.scorecard.AgencyScope;
import org.opendvc.core.scorecard.Fallback;
import org.opendvc.core.scorecard.MetricCode;
import org.opendvc.core.scorecard.MetricScore;
import org.opendvc.core.scorecard.OnlineServiceRule;
import org.opendvc.core.scorecard.ScorePeriod;
import org.opendvc.core.scorecard.Scorecard;
import org.opendvc.core.scorecard.ScorecardAccumulator;
import org.opendvc.core.scorecard.ScorecardJson;
import org.opendvc.core.scorecard.ScorecardRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The samples of {@code docs/scorecard.md}. */
public final class ScorecardGuide {
  private static final Logger LOG = LoggerFactory.getLogger(ScorecardGuide.class);

  private ScorecardGuide() {}

  /** The first-quarter scorecard of agency 000.00.00.H56 from a dossier file and a profile. */
  public static Scorecard firstQuarter(Path dossiers, Path profileFile, Clock clock) {
    // [START scorecard]
    AgencyProfile profile =
        AgencyProfile.read(JsonDocument.read(profileFile, profileFile.toString()).orElseThrow())
            .orElseThrow(); // SCORECARD_PROFILE_... diagnostics for a bad file
    ScorecardAccumulator accumulator =
        ScorecardAccumulator.builder(ScorePeriod.quarter(2026, 1)) // or parse("2026-Q1")
            .agency(AgencyScope.parse("000.00.00.H56").orElseThrow()) // or "H56": the province
            .profile(profile) // the figures dossiers do not carry
            .asOf(clock.instant()) // open dossiers are judged at the earlier of this and the end
            .build();
    List<Diagnostic> problems = new ArrayList<>();
    DossierJsonLines.read(dossiers, dossiers.toString(), accumulator::accept, problems::add);
    Scorecard card = accumulator.result(); // memory did not grow with the file
    MetricScore progress = card.metric(MetricCode.DVC_PROGRESS);
    LOG.info(
        "{}/{} in time, {} of {} points: {}",
        progress.numerator(),
        progress.denominator(),
        progress.score(),
        progress.maxScore(),
        progress.note().get(Language.EN)); // how OpenDVC counted it
    ObjectNode json = ScorecardJson.toTree(card); // shaped like DVCQG's reporting answers
    // [END scorecard]
    LOG.debug("{} problems; {}", problems.size(), json.size());
    return card;
  }

  /** Rules other than the defaults. */
  public static ScorecardRules stricterRules() {
    // [START rules]
    ScorecardRules rules =
        ScorecardRules.builder()
            .syncTolerance(Duration.ofHours(8)) // default 24 hours
            .onlineService(OnlineServiceRule.ONLINE_SHARE) // default FULL_PROCESS_SHARE
            .whenInputMissing(Fallback.ZERO) // default REDISTRIBUTE
            .whenNothingToCount(Fallback.LEAVE_OUT) // default REDISTRIBUTE
            .build(); // ScorecardAccumulator.builder(period).rules(rules)
    // [END rules]
    return rules;
  }
}
