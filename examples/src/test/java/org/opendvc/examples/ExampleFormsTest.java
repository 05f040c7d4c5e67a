package org.opendvc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendvc.core.data.Subject;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.FormLoader;
import org.opendvc.forms.burden.BurdenEstimate;
import org.opendvc.forms.burden.BurdenEstimator;
import org.opendvc.forms.burden.BurdenTarget;
import org.opendvc.forms.burden.Device;
import org.opendvc.forms.burden.KeystrokeModel;
import org.opendvc.forms.burden.PrefillScenario;
import org.opendvc.forms.prefill.EnvelopeKey;
import org.opendvc.forms.prefill.EnvelopeSigner;
import org.opendvc.forms.prefill.EnvelopeVerifier;
import org.opendvc.forms.prefill.LookupOutcome;
import org.opendvc.forms.prefill.PrefillEngine;
import org.opendvc.forms.prefill.PrefillEnvelope;
import org.opendvc.forms.prefill.PrefillPlan;
import org.opendvc.forms.prefill.PrefillPlanner;
import org.opendvc.forms.prefill.PrefillRequest;
import org.opendvc.forms.prefill.PrefillResult;
import org.opendvc.forms.validation.FieldError;
import org.opendvc.forms.validation.Submission;
import org.opendvc.forms.validation.SubmissionResult;
import org.opendvc.forms.validation.SubmissionValidator;
import org.opendvc.testkit.registry.SyntheticRegistries;

/** The example forms: valid, prefilled from the synthetic registries, submitted, estimated. */
class ExampleFormsTest {
  private static final Path FORMS = Path.of("forms");
  private static final Path BIRTH = FORMS.resolve("1.001193-to-khai-dang-ky-khai-sinh.json");
  private static final Path MARRIAGE = FORMS.resolve("1.000894-to-khai-dang-ky-ket-hon.json");
  private static final Path DEATH = FORMS.resolve("1.000656-to-khai-dang-ky-khai-tu.json");
  private static final Clock CLOCK = BirthDeclaration.CLOCK;
  private static final EnvelopeKey KEY =
      EnvelopeKey.of(
          "example", "example key, thirty-two bytes long".getBytes(StandardCharsets.UTF_8));
  // Made-up people of the synthetic registries' standard fixture.
  private static final String MAI = BirthDeclaration.MAI;
  private static final String HUNG = BirthDeclaration.HUNG;
  private static final String NAM = "048098001122";
  private static final String LAN = "079301006789";
  private static final String HOA = "031310004455";

  private final SyntheticRegistries registries = SyntheticRegistries.standard(CLOCK);

  private static FormDefinition load(Path file) {
    return FormLoader.standard().load(file).orElseThrow();
  }

  /** Mai registers her child; she has typed her and the father's identification numbers. */
  private PrefillRequest motherRegistersWithTheFather() {
    return PrefillRequest.builder()
        .subject(Subject.applicant(MAI))
        .registries(registries.registries())
        .answers(
            OpenDvcJson.mapper()
                .createObjectNode()
                .put("motherPersonalIdNumber", MAI)
                .put("fatherPersonalIdNumber", HUNG))
        .build();
  }

  private PrefillResult prefill(FormDefinition form, PrefillRequest request) {
    PrefillPlan plan = PrefillPlanner.standard(CLOCK).plan(form, request);
    return PrefillEngine.builder(registries).build().prefill(plan).toCompletableFuture().join();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1.001193-to-khai-dang-ky-khai-sinh.json",
        "1.000894-to-khai-dang-ky-ket-hon.json",
        "1.000656-to-khai-dang-ky-khai-tu.json",
        "1.004873-to-khai-cap-giay-xac-nhan-tinh-trang-hon-nhan.json",
        "1.004222-to-khai-thay-doi-thong-tin-cu-tru.json"
      })
  void exampleForm_loadsWithoutWarningAndMatchesTheSchema(String name) throws IOException {
    Validated<FormDefinition> loaded = FormLoader.standard().load(FORMS.resolve(name));

    assertThat(loaded.diagnostics()).extracting(Diagnostic::code).isEmpty();
    String schema;
    try (InputStream in = FormLoader.class.getResourceAsStream(FormLoader.SCHEMA_RESOURCE)) {
      schema = new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8);
    }
    var problems =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(schema, InputFormat.JSON)
            .validate(
                Files.readString(FORMS.resolve(name), StandardCharsets.UTF_8), InputFormat.JSON);
    assertThat(problems).isEmpty();
  }

  @Test
  void birthForm_prefillsTheRequesterAndBothParents() {
    FormDefinition birth = load(BIRTH);
    PrefillResult result = prefill(birth, motherRegistersWithTheFather());

    assertThat(result.outcomes())
        .allSatisfy(o -> assertThat(o.status()).isEqualTo(LookupOutcome.Status.ANSWERED));
    ObjectNode data = result.data();
    assertThat(data.get("applicantFullName").asText()).isEqualTo("Trần Thị Mai");
    assertThat(data.get("motherYearOfBirth").asText()).isEqualTo("1994");
    assertThat(data.get("fatherFullName").asText()).isEqualTo("Nguyễn Văn Hùng");
    assertThat(data.get("fatherEthnicity").asText()).isEqualTo("01");
    assertThat(data.get("applicantResidence").get("commune").asText()).isEqualTo("00070");
    assertThat(result.value("applicantFullName").orElseThrow().isLocked()).isTrue();
    // The newborn is in no registry yet: nothing is asked about the child.
    assertThat(registries.queries()).noneMatch(q -> q.subject().role().name().equals("CHILD"));
  }

  @Test
  void birthForm_prefilledAndCompleted_isAccepted_andATamperedLockedValueIsNot() {
    FormDefinition birth = load(BIRTH);
    PrefillResult result = prefill(birth, motherRegistersWithTheFather());
    PrefillEnvelope envelope = new EnvelopeSigner(KEY, CLOCK).sign(result, MAI);
    ObjectNode data = BirthDeclaration.complete(result.data());
    SubmissionValidator validator =
        SubmissionValidator.builder(birth)
            .clock(CLOCK)
            .envelopeVerifier(new EnvelopeVerifier(List.of(KEY), CLOCK))
            .requireEnvelope(true)
            .build();

    SubmissionResult accepted =
        validator.validate(
            Submission.on(birth).data(data).envelope(envelope.token()).applicant(MAI).build());
    SubmissionResult tampered =
        validator.validate(
            Submission.on(birth)
                .data(data.deepCopy().put("fatherFullName", "Người Khác"))
                .envelope(envelope.token())
                .applicant(MAI)
                .build());

    assertThat(accepted.errors()).isEmpty();
    assertThat(accepted.data().get("declarationDate").asText()).isEqualTo("2025-07-01");
    assertThat(accepted.provenance()).hasSizeGreaterThanOrEqualTo(13);
    assertThat(tampered.errors())
        .extracting(FieldError::code)
        .containsExactly("FORM_LOCKED_VALUE_ALTERED");
  }

  @Test
  void birthForm_whenThePopulationDatabaseIsDown_leavesItsFieldsToType() {
    FormDefinition birth = load(BIRTH);
    PrefillPlan plan = PrefillPlanner.standard(CLOCK).plan(birth, PrefillRequest.forApplicant(MAI));

    PrefillResult result =
        PrefillEngine.builder(registries.down(Registry.POPULATION))
            .build()
            .prefill(plan)
            .toCompletableFuture()
            .join();

    assertThat(result.values()).isEmpty();
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .contains("FORM_PREFILL_REGISTRY_UNAVAILABLE");
  }

  @Test
  void birthForm_prefillSavesTimeAndMeetsThe2025Target() {
    FormDefinition birth = load(BIRTH);
    BurdenEstimator estimator = new BurdenEstimator(KeystrokeModel.of(Device.DESKTOP), CLOCK);

    BurdenEstimate none = estimator.estimate(birth, PrefillScenario.none());
    BurdenEstimate all = estimator.estimate(birth, PrefillScenario.everyRegistryAnswers());

    assertThat(all.fieldsToType()).isLessThan(none.fieldsToType());
    assertThat(all.fieldsPrefilledLocked()).isGreaterThanOrEqualTo(10);
    assertThat(none.estimatedSeconds() - all.estimatedSeconds()).isGreaterThan(60);
    assertThat(all.meets(BurdenTarget.DECISION_1565_2025)).isTrue();
  }

  @Test
  void marriageForm_prefillsBothParties_andEnforcesTheAgeToMarry() {
    FormDefinition marriage = load(MARRIAGE);
    PrefillResult adults =
        prefill(
            marriage,
            PrefillRequest.builder()
                .subject(Subject.applicant(NAM))
                .answers(OpenDvcJson.mapper().createObjectNode().put("spousePersonalIdNumber", LAN))
                .build());
    PrefillResult minor =
        prefill(
            marriage,
            PrefillRequest.builder()
                .subject(Subject.applicant(NAM))
                .answers(OpenDvcJson.mapper().createObjectNode().put("spousePersonalIdNumber", HOA))
                .build());
    SubmissionValidator validator = SubmissionValidator.builder(marriage).clock(CLOCK).build();

    ObjectNode ok = complete(adults.data(), LAN);
    ObjectNode young = complete(minor.data(), HOA);

    assertThat(ok.get("spouseFullName").asText()).isEqualTo("Phạm Thị Lan");
    assertThat(validator.validate(Submission.on(marriage).data(ok).build()).errors()).isEmpty();
    assertThat(validator.validate(Submission.on(marriage).data(young).build()).errors())
        .extracting(FieldError::path)
        .containsExactly("spouseDateOfBirth");
  }

  @Test
  void deathForm_rejectsADeathBeforeTheBirthAndANoticeBeforeTheDeath() {
    FormDefinition death = load(DEATH);
    SubmissionValidator validator = SubmissionValidator.builder(death).clock(CLOCK).build();
    ObjectNode data = OpenDvcJson.mapper().createObjectNode();
    data.put("applicantPersonalIdNumber", MAI)
        .put("applicantFullName", "Trần Thị Mai")
        .put("relationshipToDeceased", "Con")
        .put("applicantPhone", "0912345678");
    data.putObject("applicantResidence").put("province", "01").put("commune", "00070");
    data.put("deceasedPersonalIdNumber", HUNG)
        .put("deceasedFullName", "Nguyễn Văn Hùng")
        .put("deceasedDateOfBirth", "1950-03-01")
        .put("deceasedSex", "MALE")
        .put("deceasedEthnicity", "01")
        .put("deceasedNationality", "VN")
        .put("dateOfDeath", "2025-06-25")
        .put("timeOfDeath", "14:30")
        .put("placeOfDeath", "Bệnh viện Bạch Mai")
        .put("causeOfDeath", "Bệnh")
        .put("deathNoticeNumber", "123/GBT")
        .put("deathNoticeIssuer", "Bệnh viện Bạch Mai")
        .put("deathNoticeDate", "2025-06-26");
    data.putObject("deceasedLastResidence").put("province", "01").put("commune", "00070");
    data.putArray("deathNotice")
        .addObject()
        .put("name", "giay-bao-tu.pdf")
        .put("mediaType", "application/pdf")
        .put("size", 120_000);
    data.put("copiesWanted", false).put("declarationConfirmed", true);

    SubmissionResult accepted = validator.validate(Submission.on(death).data(data).build());
    SubmissionResult beforeBirth =
        validator.validate(
            Submission.on(death).data(data.deepCopy().put("dateOfDeath", "1949-12-31")).build());
    SubmissionResult noticeTooEarly =
        validator.validate(
            Submission.on(death)
                .data(data.deepCopy().put("deathNoticeDate", "2025-06-24"))
                .build());

    assertThat(accepted.errors()).isEmpty();
    assertThat(beforeBirth.errors()).extracting(FieldError::path).containsExactly("dateOfDeath");
    assertThat(noticeTooEarly.errors())
        .extracting(FieldError::path)
        .containsExactly("deathNoticeDate");
  }

  private static ObjectNode complete(ObjectNode prefilled, String spouse) {
    return prefilled
        .put("spousePersonalIdNumber", spouse)
        .put("applicantPersonalIdNumber", NAM)
        .put("applicantPhone", "0905123456")
        .put("applicantMarriageNumber", 1)
        .put("spouseMarriageNumber", 1)
        .put("copiesWanted", false)
        .put("declarationConfirmed", true);
  }
}
