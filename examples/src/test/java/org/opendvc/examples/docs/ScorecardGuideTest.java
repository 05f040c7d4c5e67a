package org.opendvc.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendvc.core.scorecard.Fallback;
import org.opendvc.core.scorecard.MetricCode;
import org.opendvc.core.scorecard.MetricStatus;
import org.opendvc.core.scorecard.OnlineServiceRule;
import org.opendvc.core.scorecard.Scorecard;
import org.opendvc.core.scorecard.ScorecardRules;
import org.opendvc.core.time.WorkingCalendar;
import org.opendvc.testkit.cli.Dvc;

/** Runs the samples of the scorecard page on the sample dossiers and profile. */
class ScorecardGuideTest {
  private static final Path SAMPLE = Path.of("dossiers", "sample.jsonl");
  private static final Path PROFILE = Path.of("dossiers", "profile-2026-Q1.json");
  private static final Clock LATER =
      Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), WorkingCalendar.VIETNAM);

  @Test
  void firstQuarter_computesEveryMetric_andAgreesWithDvcScorecard() {
    Scorecard card = ScorecardGuide.firstQuarter(SAMPLE, PROFILE, LATER);

    assertThat(card.dossiersRead()).isEqualTo(400);
    assertThat(card.groups())
        .flatExtracting(g -> g.metrics())
        .allSatisfy(m -> assertThat(m.status()).isEqualTo(MetricStatus.COMPUTED));
    assertThat(card.metric(MetricCode.DVC_PROGRESS).numerator()).isPositive();
    assertThat(card.maxTotal()).isEqualByComparingTo(BigDecimal.valueOf(100));

    StringWriter out = new StringWriter();
    int status =
        Dvc.run(
            new String[] {
              "scorecard", SAMPLE.toString(),
              "--period", "2026-Q1",
              "--agency", "000.00.00.H56",
              "--profile", PROFILE.toString(),
              "--as-of", "2026-11-01T00:00:00Z",
              "--lang", "en"
            },
            new PrintWriter(out),
            new PrintWriter(new StringWriter()));
    assertThat(status).isZero();
    assertThat(out.toString())
        .contains("Total")
        .contains(card.total().toPlainString() + " / 100")
        .contains(card.dossiersInScope() + " in scope");
  }

  @Test
  void scorecardPage_showsLinesDvcScorecardReallyPrints() throws IOException {
    String page = Files.readString(Path.of("..", "docs", "scorecard.md"), StandardCharsets.UTF_8);
    int start = page.indexOf("```text\nDecision 766 scorecard");
    assertThat(start).as("the output block of docs/scorecard.md").isNotNegative();
    String block = page.substring(start + 8, page.indexOf("```", start + 8));
    StringWriter out = new StringWriter();
    Dvc.run(
        new String[] {
          "scorecard", SAMPLE.toString(),
          "--period", "2026-Q1",
          "--agency", "000.00.00.H56",
          "--profile", PROFILE.toString(),
          "--lang", "en"
        },
        new PrintWriter(out),
        new PrintWriter(new StringWriter()));
    List<String> printed = out.toString().lines().toList();

    // The page leaves rows out (…) but shows every other line exactly as printed.
    assertThat(block.lines().filter(l -> !l.isBlank() && !l.strip().equals("…")))
        .as("docs/scorecard.md is out of date: paste the output of the command above it")
        .allSatisfy(line -> assertThat(printed).contains(line));
  }

  @Test
  void stricterRules_changeEveryDefault() {
    ScorecardRules rules = ScorecardGuide.stricterRules();

    assertThat(rules).isNotEqualTo(ScorecardRules.defaults());
    assertThat(rules.syncTolerance()).isEqualTo(Duration.ofHours(8));
    assertThat(rules.onlineService()).isEqualTo(OnlineServiceRule.ONLINE_SHARE);
    assertThat(rules.whenInputMissing()).isEqualTo(Fallback.ZERO);
    assertThat(rules.whenNothingToCount()).isEqualTo(Fallback.LEAVE_OUT);
  }
}
