package org.opendvc.forms.prefill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendvc.forms.prefill.PrefillPlannerTest.CLOCK;
import static org.opendvc.forms.prefill.PrefillPlannerTest.FORM;
import static org.opendvc.forms.prefill.PrefillPlannerTest.ME;
import static org.opendvc.forms.prefill.PrefillPlannerTest.MUM;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.data.Subject;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.dictionary.AssuranceLevel;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.registry.RegistryException;

class PrefillEngineTest {
  private static final DataValue.Address HOME =
      new DataValue.Address(
          "01", null, "00070", "Hà Nội", null, "Phường Hoàn Kiếm", "Số 12 phố Hàng Bạc");

  private static FakeRegistries people() {
    return new FakeRegistries()
        .hold(Registry.POPULATION, ME, "person.fullName", DataValue.text("Trần Thị Mai"))
        .hold(Registry.POPULATION, ME, "person.middleName", DataValue.text(""))
        .hold(
            Registry.POPULATION,
            ME,
            "person.dateOfBirth",
            DataValue.date(LocalDate.of(1994, 5, 12)))
        .hold(Registry.POPULATION, ME, "person.sex", DataValue.code("2"))
        .hold(Registry.POPULATION, ME, "person.ethnicity", DataValue.code("55"))
        .hold(Registry.POPULATION, ME, "person.maritalStatus", DataValue.code("MARRIED"))
        .hold(Registry.POPULATION, ME, "person.permanentResidence", HOME)
        .hold(Registry.POPULATION, ME, "person.currentResidence", HOME, AssuranceLevel.INFORMATIVE)
        .hold(Registry.POPULATION, ME, "person.householdBookNumber", DataValue.text("HK-1"))
        .hold(Registry.POPULATION, MUM, "person.fullName", DataValue.text("Lê Thị Hồng"))
        .hold(
            Registry.CIVIL_STATUS,
            MUM,
            "person.placeOfBirth",
            new DataValue.Address(null, null, null, "Nam Định", null, null, null));
  }

  private static PrefillRequest request() {
    return PrefillRequest.builder()
        .subject(Subject.applicant(ME))
        .subject(Subject.of(SubjectRole.MOTHER, MUM))
        .build();
  }

  private static PrefillResult prefill(FakeRegistries registries) {
    return prefill(registries, Duration.ofSeconds(5));
  }

  private static PrefillResult prefill(FakeRegistries registries, Duration timeout) {
    PrefillPlan plan = PrefillPlanner.standard(CLOCK).plan(FORM, request());
    return PrefillEngine.builder(registries)
        .timeout(timeout)
        .build()
        .prefill(plan)
        .toCompletableFuture()
        .join();
  }

  private static LockReason lock(PrefillResult result, String path) {
    return result.value(path).orElseThrow().lock().reason();
  }

  @Test
  void prefill_fillsEachFieldWithProvenance() {
    PrefillResult result = prefill(people());

    PrefilledValue name = result.value("myName").orElseThrow();
    assertThat(name.json().asText()).isEqualTo("Trần Thị Mai");
    assertThat(name.provenance().registry()).isEqualTo(Registry.POPULATION);
    assertThat(name.provenance().element()).isEqualTo("person.fullName");
    assertThat(name.provenance().subject().role()).isEqualTo(SubjectRole.APPLICANT);
    assertThat(name.provenance().subject().identifier()).isNull();
    assertThat(name.provenance().fetchedAt()).isEqualTo(FakeRegistries.FETCHED);
    assertThat(name.provenance().sourceUpdatedAt()).isEqualTo(FakeRegistries.UPDATED);
    assertThat(name.provenance().assurance()).isEqualTo(AssuranceLevel.AUTHORITATIVE);
    assertThat(result.value("motherName").orElseThrow().json().asText()).isEqualTo("Lê Thị Hồng");
    assertThat(result.data().get("myBirth").asText()).isEqualTo("1994-05-12");
    assertThat(result.data().get("myResidence").get("commune").asText()).isEqualTo("00070");
  }

  @Test
  void prefill_asksTheRegistriesConcurrentlyOncePerSubject() {
    FakeRegistries registries = people();
    prefill(registries);

    assertThat(registries.queries)
        .extracting(q -> q.registry() + "/" + q.subject().role())
        .containsExactlyInAnyOrder(
            "POPULATION/APPLICANT", "POPULATION/MOTHER", "CIVIL_STATUS/MOTHER");
  }

  @Test
  void lockDecision_followsTheRegistryThePolicyAndTheValue() {
    PrefillResult result = prefill(people());

    assertThat(result.value("myName").orElseThrow().isLocked()).isTrue();
    assertThat(lock(result, "myName")).isEqualTo(LockReason.REGISTRY_VOUCHES);
    assertThat(lock(result, "myMiddleName")).isEqualTo(LockReason.BLANK_VALUE);
    assertThat(lock(result, "myCurrent")).isEqualTo(LockReason.POLICY_EDITABLE);
    assertThat(lock(result, "myMarital")).isEqualTo(LockReason.CODE_NOT_IN_LIST);
    assertThat(lock(result, "myHousehold")).isEqualTo(LockReason.FIELD_NEVER_LOCKED);
    assertThat(lock(result, "myEthnicity")).isEqualTo(LockReason.CODE_NOT_IN_LIST);
    assertThat(lock(result, "motherPlace")).isEqualTo(LockReason.CODE_NOT_IN_LIST);
    assertThat(result.value("myMiddleName").orElseThrow().json()).isNull();
    assertThat(result.data().has("myMiddleName")).isFalse();
  }

  @Test
  void lockPolicy_canLockInformativeValuesToo() {
    PrefillPlan plan = PrefillPlanner.standard(CLOCK).plan(FORM, request());
    PrefillResult result =
        PrefillEngine.builder(
                people()
                    .hold(
                        Registry.POPULATION,
                        ME,
                        "person.householdBookNumber",
                        DataValue.text("HK-1"),
                        AssuranceLevel.INFORMATIVE))
            .lockPolicy(LockPolicy.of(java.util.Set.of(), true))
            .build()
            .prefill(plan)
            .toCompletableFuture()
            .join();

    assertThat(lock(result, "myCurrent")).isEqualTo(LockReason.REGISTRY_VOUCHES);
  }

  @Test
  void codes_areTranslatedByTheListAndUnknownOnesFollowItsRule() {
    PrefillResult result = prefill(people());

    assertThat(result.data().get("mySex").asText()).isEqualTo("FEMALE");
    assertThat(result.data().get("myEthnicity").asText()).isEqualTo("55");
    assertThat(result.data().get("myMarital").asText()).isEqualTo("OTHER");
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .contains("FORM_PREFILL_CODE_UNKNOWN");
  }

  @Test
  void aRejectedCode_isNotPrefilled() {
    PrefillResult result =
        prefill(people().hold(Registry.POPULATION, ME, "person.sex", DataValue.code("9")));

    assertThat(result.value("mySex")).isEmpty();
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code().equals("FORM_PREFILL_CODE_UNKNOWN"))
        .anySatisfy(d -> assertThat(d.message().en()).contains("not prefilled"));
  }

  @Test
  void aValueOfTheWrongKind_isNotPrefilled() {
    PrefillResult result =
        prefill(
            people()
                .hold(Registry.POPULATION, ME, "person.dateOfBirth", DataValue.text("long ago")));

    assertThat(result.value("myBirth")).isEmpty();
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .contains("FORM_PREFILL_VALUE_UNUSABLE");
  }

  @Test
  void aPartialAnswer_prefillsWhatCameAndListsTheRest() {
    PrefillResult result =
        prefill(
            new FakeRegistries()
                .hold(Registry.POPULATION, ME, "person.fullName", DataValue.text("Trần Thị Mai")));

    LookupOutcome outcome =
        result.outcomes().stream()
            .filter(o -> o.lookup().subject().role() == SubjectRole.APPLICANT)
            .findFirst()
            .orElseThrow();
    assertThat(outcome.status()).isEqualTo(LookupOutcome.Status.PARTIAL);
    assertThat(outcome.unavailable())
        .contains("person.dateOfBirth")
        .doesNotContain("person.fullName");
    assertThat(result.value("myName")).isPresent();
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .contains("FORM_PREFILL_ELEMENT_UNAVAILABLE");
  }

  @Test
  void aRegistryThatIsDown_costsOnlyItsOwnFields() {
    PrefillResult result =
        prefill(people().failing(Registry.CIVIL_STATUS, RegistryException.Reason.UNAVAILABLE));

    assertThat(result.value("myName")).isPresent();
    assertThat(result.value("motherPlace")).isEmpty();
    assertThat(result.outcomes())
        .filteredOn(o -> o.lookup().registry() == Registry.CIVIL_STATUS)
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.status()).isEqualTo(LookupOutcome.Status.FAILED);
              assertThat(o.failure()).isEqualTo(RegistryException.Reason.UNAVAILABLE);
            });
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .contains("FORM_PREFILL_REGISTRY_UNAVAILABLE");
  }

  @Test
  void aRegistryThatNeverAnswers_isGivenUpAfterTheTimeout() {
    PrefillResult result = prefill(people().silent(Registry.CIVIL_STATUS), Duration.ofMillis(50));

    assertThat(result.value("myName")).isPresent();
    assertThat(result.outcomes())
        .filteredOn(o -> o.lookup().registry() == Registry.CIVIL_STATUS)
        .singleElement()
        .extracting(LookupOutcome::failure)
        .isEqualTo(RegistryException.Reason.TIMEOUT);
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code().equals("FORM_PREFILL_REGISTRY_TIMEOUT"))
        .singleElement()
        .satisfies(d -> assertThat(d.message().en()).contains("50 ms").contains("the mother"));
  }

  @Test
  void refusingAndBrokenClients_areDiagnosticsNotExceptions() {
    FakeRegistries refusing =
        people().failing(Registry.POPULATION, RegistryException.Reason.REFUSED);
    FakeRegistries broken = people();
    broken.throwSynchronously = true;

    assertThat(prefill(refusing).diagnostics())
        .extracting(Diagnostic::code)
        .contains("FORM_PREFILL_REGISTRY_REFUSED");
    assertThat(prefill(broken).values()).isEmpty();
    assertThat(prefill(broken).diagnostics())
        .extracting(Diagnostic::code)
        .contains("FORM_PREFILL_REGISTRY_UNAVAILABLE");
  }

  @Test
  void anUnknownSubject_isReportedAsNotFound() {
    PrefillResult result = prefill(new FakeRegistries());

    assertThat(result.outcomes())
        .allSatisfy(o -> assertThat(o.status()).isEqualTo(LookupOutcome.Status.SUBJECT_NOT_FOUND));
    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .contains("FORM_PREFILL_SUBJECT_NOT_FOUND");
  }

  @Test
  void valuesAndDiagnostics_neverShowPersonalData() {
    PrefillResult result =
        prefill(people().failing(Registry.CIVIL_STATUS, RegistryException.Reason.UNAVAILABLE));
    String everything =
        result + " " + result.values() + " " + result.outcomes() + " " + result.diagnostics();

    assertThat(everything)
        .doesNotContain("Trần")
        .doesNotContain("Hàng Bạc")
        .doesNotContain(ME)
        .doesNotContain(MUM);
  }
}
