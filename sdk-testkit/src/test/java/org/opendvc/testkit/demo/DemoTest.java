package org.opendvc.testkit.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opendvc.core.Language;
import org.opendvc.core.dossier.DossierStatus;
import org.opendvc.testkit.simulator.FaultPlan;
import org.opendvc.testkit.simulator.PortalSimulator;
import org.opendvc.testkit.synthetic.SyntheticFamilies;
import org.opendvc.testkit.synthetic.SyntheticFamilies.Family;

class DemoTest {
  /** Monday 23 November 2026, 10:00 in Vietnam: the story's days are Friday 20 and Monday 23. */
  private static final Clock MONDAY =
      Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);

  private static DemoOptions.Builder options() {
    return DemoOptions.builder().examples(Path.of("../examples"));
  }

  private final StringWriter out = new StringWriter();

  private DemoReport run(DemoOptions options) {
    return new Demo(options, MONDAY, new PrintWriter(out, true)).run();
  }

  @Test
  void story_onTheEmbeddedSimulator_bringsBothDossiersToThePortalWhole() {
    DemoReport report = run(options().build());

    assertThat(report.problems()).isEmpty();
    assertThat(report.succeeded()).isTrue();
    assertThat(report.dossiersMade()).isEqualTo(2);
    assertThat(report.onPortal()).isEqualTo(2);
    String text = out.toString();
    assertThat(text)
        .contains("Kết luận: ELIGIBLE")
        .contains("registered-within-time-limit")
        .contains("Luật Hộ tịch số 60/2014/QH13")
        .contains("H56.14-261120-0001")
        .contains("H56.15-261123-0001")
        .contains("FETCH_FROM_WAREHOUSE · MET")
        .contains("OO-DOSSIER-RESULT-SUBMITTED-AGAIN")
        .contains("Bộ chỉ số 766")
        .contains("2/2 hồ sơ có trên Cổng");
    // Numbered steps, one to ten.
    assertThat(text).containsPattern("(?m)^1\\. ").containsPattern("(?m)^10\\. ");
  }

  @Test
  void story_inEnglish_speaksEnglishAndQuotesTheFindingsInEnglish() {
    run(options().lang(Language.EN).build());

    assertThat(out.toString())
        .contains("Outcome: ELIGIBLE")
        .contains("Law on Civil Status")
        .contains("Interconnected: permanent residence registration")
        .contains("Not in the example catalogue")
        .doesNotContain("Kết luận");
  }

  @Test
  void story_neverPrintsAnIdentityNumberInClear() {
    run(options().build());
    Family family = SyntheticFamilies.generate(1, 1, LocalDate.of(2026, 11, 20)).get(0);

    String text = out.toString();
    assertThat(text)
        .doesNotContain(family.mother().personalIdNumber())
        .doesNotContain(family.father().personalIdNumber())
        .contains(family.mother().toString());
    assertThat(Pattern.compile("\\b\\d{12}\\b").matcher(text).find()).isFalse();
  }

  @Test
  void dossiers_againstAFaultyPortal_eachArrivesOnceWithEveryStep() {
    try (PortalSimulator portal =
        PortalSimulator.builder().port(0).seed(5).faults(FaultPlan.all(0.3)).start()) {
      DemoReport report = run(options().portal(portal.url()).dossiers(7).build());

      assertThat(report.problems()).isEmpty();
      assertThat(report.onPortal()).isEqualTo(7);
      assertThat(portal.stats().dossiers()).isEqualTo(7);
      assertThat(portal.stats().duplicatesStored()).isZero();
      assertThat(portal.stats().faultsInjected()).isPositive();
      // Four families: four births, and residence registrations for the first three only.
      assertThat(portal.dossierCodes()).filteredOn(c -> c.startsWith("H56.14")).hasSize(4);
      assertThat(portal.dossier("H56.14-261120-0004").orElseThrow().record().status())
          .isEqualTo(DossierStatus.RESULT_DELIVERED);
    }
  }

  @Test
  void dossiers_runTwiceAgainstOnePortal_numberTheSecondRunAfterTheFirst() {
    try (PortalSimulator portal = PortalSimulator.builder().port(0).start()) {
      DemoReport first = run(options().portal(portal.url()).dossiers(2).build());
      DemoReport second = run(options().portal(portal.url()).dossiers(2).seed(2).build());

      assertThat(first.succeeded()).isTrue();
      assertThat(second.succeeded()).as("%s", second.problems()).isTrue();
      assertThat(portal.stats().dossiers()).isEqualTo(4);
      assertThat(portal.dossierCodes()).contains("H56.14-261120-0002", "H56.15-261123-0002");
    }
  }

  @Test
  void dossiers_whenThePortalRefusesThem_reportsFailureWithoutPersonalData() {
    try (PortalSimulator portal = PortalSimulator.builder().port(0).codePrefix("H22").start()) {
      DemoReport report = run(options().portal(portal.url()).dossiers(2).build());

      assertThat(report.succeeded()).isFalse();
      assertThat(report.onPortal()).isZero();
      assertThat(report.problems()).isNotEmpty();
      assertThat(String.join("\n", report.problems())).doesNotContainPattern("\\d{12}");
      assertThat(portal.stats().dossiers()).isZero();
    }
  }

  @Test
  void run_withoutTheExampleFiles_failsAndSaysWhere() {
    DemoOptions nowhere = DemoOptions.builder().examples(Path.of("no-such-folder")).build();

    assertThatThrownBy(() -> run(nowhere))
        .isInstanceOf(DemoException.class)
        .hasMessageContaining("no-such-folder")
        .hasMessageContaining("--examples");
  }
}
