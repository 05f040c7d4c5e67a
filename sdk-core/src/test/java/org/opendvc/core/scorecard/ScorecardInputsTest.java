package org.opendvc.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.testing.JsonSchemas;

class ScorecardInputsTest {
  private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026, 2026-01-01, 2026-12-31, 2026",
    "2026-Q1, 2026-01-01, 2026-03-31, 2026-Q1",
    "2026-q4, 2026-10-01, 2026-12-31, 2026-Q4",
    "2026-02, 2026-02-01, 2026-02-28, 2026-02",
    "2024-02, 2024-02-01, 2024-02-29, 2024-02"
  })
  void period_parsesYearsQuartersAndMonths(
      String text, LocalDate first, LocalDate last, String shown) {
    ScorePeriod period = ScorePeriod.parse(text).orElseThrow();
    assertThat(period.firstDay()).isEqualTo(first);
    assertThat(period.lastDay()).isEqualTo(last);
    assertThat(period).hasToString(shown);
    assertThat(period.start(VN)).isEqualTo(first.atStartOfDay(VN).toInstant());
    assertThat(period.end(VN)).isEqualTo(last.plusDays(1).atStartOfDay(VN).toInstant());
  }

  @ParameterizedTest
  @CsvSource({"2026-Q5", "2026-13", "26", "2026-Q", "Q1-2026", "1999"})
  void period_thatIsNoPeriod_isReported(String text) {
    assertThat(ScorePeriod.parse(text).errors())
        .extracting(Diagnostic::code)
        .containsExactly("SCORECARD_PERIOD_MALFORMED");
  }

  @Test
  void period_allTime_hasNoBounds() {
    ScorePeriod all = ScorePeriod.parse("all").orElseThrow();
    assertThat(all.start(VN)).isEqualTo(java.time.Instant.MIN);
    assertThat(all.end(VN)).isEqualTo(java.time.Instant.MAX);
  }

  @Test
  void profile_readsTheFiguresADossierDoesNotCarry() {
    String json =
        "{\"agency\": \"000.00.00.H56\", \"period\": \"2026-Q1\", \"metrics\": {"
            + "\"PUBLISH_ON_TIME\": {\"numerator\": 11, \"denominator\": 12},"
            + "\"PETITION_HANDLING_SATISFACTION\": {\"numerator\": 0, \"denominator\": 0}}}";
    AgencyProfile profile =
        AgencyProfile.read(JsonDocument.parse(json, "p.json").orElseThrow()).orElseThrow();
    assertThat(profile.count(MetricCode.PUBLISH_ON_TIME)).contains(new Count(11, 12));
    assertThat(profile.count(MetricCode.PETITION_HANDLING_SATISFACTION)).contains(new Count(0, 0));
    assertThat(profile.count(MetricCode.PUBLIC_CONTENT_FULL)).isEmpty();
    assertThat(profile.agency()).isEqualTo("000.00.00.H56");
    assertThat(JsonSchemas.violations(JsonSchemas.AGENCY_PROFILE, json)).isEmpty();
  }

  @Test
  void profile_reportsEveryProblemWithItsPointer() {
    String json =
        "{\"metrics\": {"
            + "\"DOSSIER_SYNC\": {\"numerator\": 1, \"denominator\": 2},"
            + "\"PUBLISH_ON_TIME\": {\"numerator\": 13, \"denominator\": 12},"
            + "\"PUBLIC_CONTENT_FULL\": {\"numerator\": -1, \"denominator\": 2}},"
            + "\"x-note\": \"ok\", \"agnecy\": \"H56\"}";
    Validated<AgencyProfile> read =
        AgencyProfile.read(JsonDocument.parse(json, "p.json").orElseThrow());
    assertThat(read.value()).isEmpty();
    assertThat(read.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::pointer)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "SCORECARD_PROFILE_METRIC_NOT_GIVEN_THERE", "/metrics/DOSSIER_SYNC"),
            org.assertj.core.groups.Tuple.tuple(
                "SCORECARD_PROFILE_NUMERATOR_ABOVE_DENOMINATOR",
                "/metrics/PUBLISH_ON_TIME/numerator"),
            org.assertj.core.groups.Tuple.tuple(
                "JSON_OUT_OF_RANGE", "/metrics/PUBLIC_CONTENT_FULL/numerator"),
            org.assertj.core.groups.Tuple.tuple("JSON_UNKNOWN_PROPERTY", "/agnecy"));
    assertThat(JsonSchemas.violations(JsonSchemas.AGENCY_PROFILE, json)).isNotEmpty();
  }

  @Test
  void profile_cannotHoldAMetricCountedFromDossiers() {
    assertThatThrownBy(() -> AgencyProfile.of(Map.of(MetricCode.DVC_PROGRESS, new Count(1, 1))))
        .hasMessageContaining("DVC_PROGRESS");
    assertThatThrownBy(() -> new Count(2, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void metricCodes_addUpToTheDecisionsPointsPerGroup() {
    int total = 0;
    for (ScoreGroup group : ScoreGroup.values()) {
      int points = MetricCode.of(group).stream().mapToInt(MetricCode::maxScore).sum();
      assertThat(points).as("%s", group).isEqualTo(group.maxScore());
      total += points;
    }
    assertThat(total).isEqualTo(100);
  }

  @Test
  void json_hasTheShapeOfDvcqgsAnswers() {
    Scorecard card = ScorecardAccumulator.builder(ScorePeriod.quarter(2026, 1)).build().result();
    JsonNode json = ScorecardJson.toTree(card);
    assertThat(json.get("groups")).hasSize(6);
    JsonNode first = json.get("groups").get(0);
    assertThat(first.get("name").asText()).isEqualTo("transparency");
    for (String member : List.of("name", "score", "maxScore", "metrics")) {
      assertThat(first.has(member)).as(member).isTrue();
    }
    JsonNode metric = first.get("metrics").get(0);
    for (String member :
        List.of("code", "numerator", "denominator", "ratio", "score", "maxScore")) {
      assertThat(metric.has(member)).as(member).isTrue();
    }
    assertThat(json.get("total").decimalValue()).isZero();
    assertThat(json.get("period").asText()).isEqualTo("2026-Q1");
    assertThat(json.get("rules").get("onlineService").asText()).isEqualTo("FULL_PROCESS_SHARE");
  }
}
