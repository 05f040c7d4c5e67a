package org.opendvc.testkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendvc.testkit.cli.DvcRun.dvc;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendvc.core.dossier.Dossier;
import org.opendvc.core.dossier.DossierJsonLines;
import org.opendvc.testkit.synthetic.SyntheticCatalog;
import org.opendvc.testkit.synthetic.SyntheticDossiers;

class ScorecardCommandTest {
  @TempDir static Path dir;
  static Path file;
  static List<Dossier> dossiers;

  @BeforeAll
  static void writeDossiers() throws IOException {
    dossiers =
        SyntheticDossiers.builder(SyntheticCatalog.generate(5, 1))
            .seed(9)
            .window(LocalDate.of(2026, 1, 1), 90)
            .build()
            .generate(150);
    StringBuilder text = new StringBuilder();
    DossierJsonLines.write(dossiers, text);
    file = dir.resolve("dossiers.jsonl");
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void scorecard_asJson_hasTheSixGroupsAndEveryMetricsNumbers() throws Exception {
    DvcRun run =
        dvc(
            "scorecard",
            file.toString(),
            "--period",
            "2026-Q1",
            "--as-of",
            "2026-06-01T00:00",
            "--format",
            "json");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("groups")).hasSize(6);
    for (JsonNode group : json.get("groups")) {
      assertThat(group.has("name") && group.has("score") && group.has("maxScore")).isTrue();
      for (JsonNode metric : group.get("metrics")) {
        for (String member :
            List.of("code", "numerator", "denominator", "ratio", "score", "maxScore")) {
          assertThat(metric.has(member)).as(member).isTrue();
        }
      }
    }
    assertThat(json.get("total").isNumber()).isTrue();
    assertThat(json.get("file").get("dossiers").asInt()).isEqualTo(150);
    assertThat(json.get("dossiers").get("inScope").asInt()).isPositive();
    assertThat(json.get("diagnostics")).isEmpty();
  }

  @Test
  void scorecard_asText_isShortLinesInTheChosenLanguage_withoutPersonalData() {
    DvcRun vi =
        dvc("scorecard", file.toString(), "--period", "2026-Q1", "--as-of", "2026-06-01T00:00");
    DvcRun en =
        dvc(
            "scorecard",
            file.toString(),
            "--period",
            "2026-Q1",
            "--as-of",
            "2026-06-01T00:00",
            "--lang",
            "en");
    assertThat(vi.out()).contains("Bộ chỉ số 766").contains("Tổng").contains("DOSSIER_SYNC");
    assertThat(en.out()).contains("Decision 766 scorecard").contains("Total").contains("Rules:");
    for (Dossier d : dossiers) {
      assertThat(vi.out() + en.out()).doesNotContain(d.applicant().name());
    }
  }

  @Test
  void scorecard_ofOneAgency_countsOnlyItsDossiers() throws Exception {
    JsonNode all =
        dvc("scorecard", file.toString(), "--as-of", "2026-06-01T00:00", "--format", "json").json();
    JsonNode one =
        dvc(
                "scorecard",
                file.toString(),
                "--agency",
                "000.00.00.H56",
                "--as-of",
                "2026-06-01T00:00",
                "--format",
                "json")
            .json();
    // Over all time, every dossier received counts; refused and unanswered ones were not.
    List<Dossier> received = dossiers.stream().filter(d -> d.receivedAt() != null).toList();
    long expected =
        received.stream().filter(d -> d.agency().value().equals("000.00.00.H56")).count();
    assertThat(one.get("dossiers").get("inScope").asLong()).isEqualTo(expected);
    assertThat(all.get("dossiers").get("inScope").asLong()).isEqualTo(received.size());
    assertThat(received.size()).isLessThan(150);
    assertThat(one.get("agency").asText()).isEqualTo("000.00.00.H56");
  }

  @Test
  void aFileWithBadLines_stillGivesTheScorecard_reportsThemAndExitsOne() throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).subList(0, 3);
    Files.writeString(
        bad,
        lines.get(0)
            + "\n{oops\n"
            + lines.get(1).replace("\"ONLINE\"", "\"FAX\"")
            + "\n"
            + lines.get(2)
            + "\n",
        StandardCharsets.UTF_8);
    DvcRun run =
        dvc("scorecard", bad.toString(), "--format", "json", "--as-of", "2026-06-01T00:00");
    assertThat(run.status()).isEqualTo(1);
    JsonNode json = run.json();
    assertThat(json.get("file").get("rejected").asInt()).isEqualTo(2);
    assertThat(json.get("diagnostics").findValuesAsText("code")).contains("JSON_MALFORMED");
    assertThat(json.get("diagnostics").findValues("line"))
        .extracting(JsonNode::asInt)
        .contains(2, 3);
    assertThat(json.get("groups")).hasSize(6);
  }

  @Test
  void usageErrors_exitTwo() {
    assertThat(dvc("scorecard", file.toString(), "--period", "2026-Q5").status()).isEqualTo(2);
    assertThat(dvc("scorecard", file.toString(), "--agency", "H5").status()).isEqualTo(2);
    assertThat(dvc("scorecard", dir.resolve("none.jsonl").toString()).status()).isEqualTo(2);
    DvcRun asOf = dvc("scorecard", file.toString(), "--as-of", "yesterday", "--lang", "en");
    assertThat(asOf.status()).isEqualTo(2);
    assertThat(asOf.err()).contains("\"yesterday\" is not a date-time");
  }

  @Test
  void aBrokenProfile_isReportedWithItsPointer() throws Exception {
    Path profile = dir.resolve("profile.json");
    Files.writeString(
        profile, "{\"metrics\": {\"DVC_PROGRESS\": {\"numerator\": 1, \"denominator\": 2}}}");
    DvcRun run =
        dvc("scorecard", file.toString(), "--profile", profile.toString(), "--format", "json");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.json().get("diagnostics").findValuesAsText("code"))
        .containsExactly("SCORECARD_PROFILE_METRIC_NOT_GIVEN_THERE");
  }
}
