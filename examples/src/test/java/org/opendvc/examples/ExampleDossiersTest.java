package org.opendvc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendvc.core.catalog.CatalogLoader;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.dossier.Dossier;
import org.opendvc.core.dossier.DossierJsonLines;
import org.opendvc.core.dossier.DossierStatus;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.scorecard.GroupScore;
import org.opendvc.core.scorecard.MetricStatus;
import org.opendvc.core.scorecard.ScorePeriod;
import org.opendvc.core.scorecard.Scorecard;
import org.opendvc.core.scorecard.ScorecardAccumulator;
import org.opendvc.testkit.cli.Dvc;
import org.opendvc.testkit.synthetic.SyntheticCatalog;
import org.opendvc.testkit.synthetic.SyntheticDossiers;

/**
 * The sample dossier file: what the synthetic generator makes from the example catalogue and four
 * synthetic procedures with a fixed seed. Run with {@code -Dopendvc.updateExamples=true} to write
 * it again after changing the generator.
 */
class ExampleDossiersTest {
  static final Path SAMPLE = Path.of("dossiers", "sample.jsonl");
  static final Path PROFILE = Path.of("dossiers", "profile-2026-Q1.json");
  private static final boolean UPDATE = Boolean.getBoolean("opendvc.updateExamples");

  /** The procedures of the sample: the example catalogue, then four synthetic ones. */
  static List<Procedure> procedures() {
    List<Procedure> procedures =
        new ArrayList<>(
            CatalogLoader.standard()
                .load(List.of(Path.of("catalog")))
                .value()
                .orElseThrow()
                .procedures());
    procedures.sort(Comparator.comparing(p -> p.code().value()));
    procedures.addAll(SyntheticCatalog.generate(4, 2026));
    return procedures;
  }

  /** The sample's text: 400 dossiers submitted from December 2025 to March 2026. */
  static String sample() throws IOException {
    StringBuilder out = new StringBuilder();
    DossierJsonLines.write(
        SyntheticDossiers.builder(procedures())
            .seed(766)
            .window(LocalDate.of(2025, 12, 1), 121)
            .build()
            .generate(400),
        out);
    return out.toString();
  }

  @Test
  void sample_isWhatTheGeneratorMakesFromItsSeed() throws IOException {
    String expected = sample();
    if (UPDATE) {
      Files.writeString(SAMPLE, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(SAMPLE, StandardCharsets.UTF_8))
        .as("%s is out of date: run the examples tests with -Dopendvc.updateExamples=true", SAMPLE)
        .isEqualTo(expected);
  }

  @Test
  void sample_readsWithoutProblems_andHasEveryStatus() {
    List<Dossier> dossiers = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    DossierJsonLines.read(SAMPLE, SAMPLE.toString(), dossiers::add, problems::add);
    assertThat(problems).isEmpty();
    assertThat(dossiers).hasSize(400);
    Set<DossierStatus> statuses = EnumSet.noneOf(DossierStatus.class);
    dossiers.forEach(d -> statuses.add(d.status()));
    assertThat(statuses).containsExactlyInAnyOrder(DossierStatus.values());
    assertThat(dossiers)
        .extracting(d -> d.agency().value())
        .contains("000.00.00.H56", "H56.14", "000.00.01.H22");
  }

  @Test
  void sampleScorecard_forTheFirstQuarter_hasAllSixGroupsComputed() {
    ScorecardAccumulator accumulator =
        ScorecardAccumulator.builder(ScorePeriod.quarter(2026, 1)).build();
    DossierJsonLines.read(SAMPLE, SAMPLE.toString(), accumulator::accept, d -> {});
    Scorecard card = accumulator.result();
    assertThat(card.groups()).hasSize(6);
    for (GroupScore group : card.groups()) {
      assertThat(group.metrics())
          .as("%s", group.group())
          .anyMatch(m -> m.status() == MetricStatus.COMPUTED);
      assertThat(group.maxScore().intValue()).isEqualTo(group.group().maxScore());
    }
    assertThat(card.maxTotal().intValue()).isEqualTo(100);
  }

  @Test
  void dvcScorecard_onTheSampleWithTheProfile_printsTheJsonOfDvcqgsShape() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Dvc.run(
            new String[] {
              "scorecard",
              SAMPLE.toString(),
              "--period",
              "2026-Q1",
              "--profile",
              PROFILE.toString(),
              "--as-of",
              "2026-11-01T00:00:00+07:00",
              "--format",
              "json"
            },
            new PrintWriter(out),
            new PrintWriter(err));
    assertThat(status).as(err.toString()).isZero();
    JsonNode json = OpenDvcJson.mapper().readTree(out.toString());
    assertThat(json.get("groups")).hasSize(6);
    assertThat(json.get("groups").findValuesAsText("name"))
        .containsExactly(
            "transparency",
            "progress",
            "onlineService",
            "digitisation",
            "onlinePayment",
            "satisfaction");
    for (JsonNode metric : json.get("groups").findValues("metrics")) {
      for (JsonNode m : metric) {
        assertThat(m.get("status").asText()).as(m.get("code").asText()).isEqualTo("COMPUTED");
      }
    }
    assertThat(json.get("total").decimalValue()).isPositive();
    assertThat(json.get("maxTotal").decimalValue().intValue()).isEqualTo(100);
  }
}
