package org.opendvc.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendvc.client.DvcqgClient;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.time.WorkingCalendar;
import org.opendvc.examples.BirthDeclaration;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.FormLoader;
import org.opendvc.forms.prefill.EnvelopeKey;
import org.opendvc.forms.prefill.PrefillPlanner;
import org.opendvc.forms.prefill.PrefillRequest;
import org.opendvc.forms.prefill.PrefillResult;
import org.opendvc.forms.validation.SubmissionResult;
import org.opendvc.rules.Decision;
import org.opendvc.rules.FindingStatus;
import org.opendvc.rules.Outcome;
import org.opendvc.testkit.registry.SyntheticRegistries;
import org.opendvc.testkit.simulator.PortalSimulator;
import org.opendvc.testkit.simulator.SyntheticCitizen;

/** Runs the samples of the ministry developers' guide on the example catalogue and forms. */
class MinistryDevelopersGuideTest extends WithRulesEngine {
  private static final Path BIRTH = Path.of("catalog", "1.001193-dang-ky-khai-sinh.json");
  private static final Path MARRIAGE = Path.of("catalog", "1.000894-dang-ky-ket-hon.json");
  private static final Path RESIDENCE = Path.of("catalog", "1.004222-dang-ky-thuong-tru.json");
  private static final Path BIRTH_FORM =
      Path.of("forms", "1.001193-to-khai-dang-ky-khai-sinh.json");
  private static final EnvelopeKey KEY =
      EnvelopeKey.of("test", "a test key, thirty-two bytes long".getBytes(StandardCharsets.UTF_8));

  @Test
  void loadProcedure_readsTheExampleBirthRegistration() {
    assertThat(MinistryDevelopersGuide.loadProcedure(BIRTH).code().value()).isEqualTo("1.001193");
  }

  @Test
  void findInCatalogue_findsTheVersionInForce() {
    assertThat(
            MinistryDevelopersGuide.findInCatalogue(
                List.of(Path.of("catalog")),
                ProcedureCode.of("1.000894"),
                LocalDate.of(2025, 9, 1)))
        .hasValueSatisfying(p -> assertThat(p.name().vi()).isEqualTo("Đăng ký kết hôn"));
  }

  @Test
  void roundTripThroughTheNationalFormat_keepsTheProcedure() {
    Procedure birth = MinistryDevelopersGuide.loadProcedure(BIRTH);

    Procedure back = MinistryDevelopersGuide.roundTripThroughTheNationalFormat(birth);

    assertThat(back.code()).isEqualTo(birth.code());
    assertThat(back.name().vi()).isEqualTo(birth.name().vi()); // the portal's format has no English
    assertThat(back.cases().get(0).documents()).hasSameSizeAs(birth.cases().get(0).documents());
  }

  @Test
  void extendDictionary_addsTheMinistrysElements(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("ministry-elements.json");
    Files.writeString(
        file,
        "{\"elements\": [{\"id\": \"person.militaryServiceStatus\", \"type\": \"CODE\","
            + " \"personalData\": \"BASIC\", \"subject\": \"PERSON\","
            + " \"label\": {\"vi\": \"Tình trạng nghĩa vụ quân sự\"}}]}");

    assertThat(
            MinistryDevelopersGuide.extendDictionary(file).contains("person.militaryServiceStatus"))
        .isTrue();
  }

  @Test
  void explainIdentifiers_explainsAValidNumberAndShowsItOnlyMasked() {
    List<String> facts =
        MinistryDevelopersGuide.explainIdentifiers(BirthDeclaration.MAI, BirthDeclaration.CLOCK);

    assertThat(facts)
        .contains("birth registered in Hà Nội", "FEMALE, born in 1994", "for the log: 0011******45")
        .contains("tax code check digit ok")
        .noneMatch(f -> f.contains(BirthDeclaration.MAI));
  }

  @Test
  void explainIdentifiers_whenTheNumberIsTooShort_givesCodesOnly() {
    List<String> facts =
        MinistryDevelopersGuide.explainIdentifiers("0011940", BirthDeclaration.CLOCK);

    assertThat(facts.get(0)).startsWith("ID_PERSONAL_");
  }

  @Test
  void dueDate_countsSevenWorkingDaysAcrossTet() {
    Procedure residence = MinistryDevelopersGuide.loadProcedure(RESIDENCE);

    // Received on Friday 13 February 2026 before closing: 16 to 20 February are Tết, so the
    // seven working days are 23 to 27 February, 2 and 3 March.
    assertThat(MinistryDevelopersGuide.dueDate(residence, LocalDateTime.of(2026, 2, 13, 16, 30)))
        .contains(LocalDate.of(2026, 3, 3));
  }

  @Test
  void confirmReceiptBy_isEightOfficeHoursLater() {
    // Submitted on Friday 13 March 2026 at 10:00: the eight hours end on Monday at 10:00.
    Instant submitted = Instant.parse("2026-03-13T03:00:00Z");

    assertThat(MinistryDevelopersGuide.confirmReceiptBy(submitted))
        .isEqualTo(WorkingCalendar.standard().addWorkingHours(submitted, 8))
        .isAfter(Instant.parse("2026-03-16T00:00:00Z"));
  }

  @Test
  void fromPrefillToDecision_theBirthIsRegisteredOnTimeAndFree() {
    FormDefinition form = FormLoader.standard().load(BIRTH_FORM).orElseThrow();
    SyntheticRegistries registries = SyntheticRegistries.standard(BirthDeclaration.CLOCK);
    ObjectNode typed =
        OpenDvcJson.mapper()
            .createObjectNode()
            .put("motherPersonalIdNumber", BirthDeclaration.MAI)
            .put("fatherPersonalIdNumber", BirthDeclaration.HUNG);

    MinistryDevelopersGuide.Prefilled prefilled =
        MinistryDevelopersGuide.prefill(
            form, BirthDeclaration.MAI, typed, registries, KEY, BirthDeclaration.CLOCK);
    SubmissionResult accepted =
        MinistryDevelopersGuide.validate(
            form,
            BirthDeclaration.complete(prefilled.result().data()),
            prefilled.envelope(),
            BirthDeclaration.MAI,
            List.of(KEY),
            BirthDeclaration.CLOCK);
    Decision decision =
        MinistryDevelopersGuide.decide(
            rules,
            MinistryDevelopersGuide.loadProcedure(BIRTH),
            accepted,
            LocalDate.of(2025, 7, 1));

    assertThat(prefilled.result().data().get("fatherFullName").asText())
        .isEqualTo("Nguyễn Văn Hùng");
    assertThat(accepted.errors()).isEmpty();
    assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(decision.finding("registered-within-time-limit").orElseThrow().status())
        .isEqualTo(FindingStatus.MET);
  }

  @Test
  void decideWithRegistryData_namesWhatIsMissingAndWhatTheRegistryAnswered() {
    List<String> report =
        MinistryDevelopersGuide.decideWithRegistryData(
            rules,
            MinistryDevelopersGuide.loadProcedure(MARRIAGE),
            SyntheticRegistries.standard(BirthDeclaration.CLOCK),
            "048098001122",
            LocalDate.of(2025, 9, 1));

    assertThat(report.get(0)).startsWith("missing: ").contains("person.sex"); // the spouse's
    assertThat(report).anyMatch(line -> line.startsWith("applicant-minimum-age MET: "));
    assertThat(report).anyMatch(line -> line.startsWith("applicant-not-married MET: "));
    assertThat(report).anyMatch(line -> line.startsWith("residing-in-vietnam MET: "));
  }

  @Test
  void prefillOverThePortal_prefillsFromTheSimulatorsPopulation() {
    try (PortalSimulator simulator = PortalSimulator.builder().seed(3).population(5).start();
        DvcqgClient portal = DvcqgClient.create(simulator.clientConfig().build())) {
      SyntheticCitizen citizen = simulator.population().get(0);
      FormDefinition form = FormLoader.standard().load(BIRTH_FORM).orElseThrow();

      PrefillResult result =
          MinistryDevelopersGuide.prefillOverThePortal(portal)
              .prefill(
                  PrefillPlanner.standard(BirthDeclaration.CLOCK)
                      .plan(form, PrefillRequest.forApplicant(citizen.personalIdNumber())))
              .toCompletableFuture()
              .join();

      assertThat(result.data().get("applicantFullName").asText())
          .isEqualTo(citizen.record().name().fullName());
    }
  }

  @Test
  void newEnvelopeKey_isNamedForRotation() {
    assertThat(MinistryDevelopersGuide.newEnvelopeKey().id()).isEqualTo("2025-07");
  }

  @Test
  void services_areBuiltOnceAndClosed() {
    try (MinistryDevelopersGuide.Services services =
        new MinistryDevelopersGuide.Services(BIRTH_FORM, BirthDeclaration.CLOCK)) {
      assertThat(services.birthForm.id()).isNotBlank();
      assertThat(services.procedures.load(BIRTH).isValid()).isTrue();
    }
  }
}
