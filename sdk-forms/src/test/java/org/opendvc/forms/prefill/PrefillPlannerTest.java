package org.opendvc.forms.prefill;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.opendvc.core.data.Subject;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.TestForms;

class PrefillPlannerTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T03:00:00Z"), ZoneOffset.UTC);
  static final FormDefinition FORM = TestForms.valid("family.json");
  static final String ME = "001194012345";
  static final String MUM = "036060054321";
  private final PrefillPlanner planner = PrefillPlanner.standard(CLOCK);

  private static String reason(PrefillPlan plan, String path) {
    return plan.skipped().stream()
        .filter(s -> s.path().equals(path))
        .map(s -> s.reason().name())
        .findFirst()
        .orElse("PLANNED");
  }

  @Test
  void plan_asksEachRegistryOnceAboutEachSubject_forNoMoreThanTheFieldsNeed() {
    PrefillPlan plan = planner.plan(FORM, PrefillRequest.forApplicant(ME));

    assertThat(plan.lookups())
        .singleElement()
        .satisfies(
            lookup -> {
              assertThat(lookup.registry()).isEqualTo(Registry.POPULATION);
              assertThat(lookup.subject()).isEqualTo(Subject.applicant(ME));
              assertThat(lookup.elements())
                  .containsExactlyInAnyOrder(
                      "person.fullName",
                      "person.middleName",
                      "person.dateOfBirth",
                      "person.sex",
                      "person.ethnicity",
                      "person.maritalStatus",
                      "person.permanentResidence",
                      "person.currentResidence",
                      "person.householdBookNumber");
              assertThat(lookup.paths()).hasSize(9).doesNotContain("myYear", "myAge");
            });
  }

  @Test
  void plan_leavesOutWhatCannotOrNeedNotBeFetched_andSaysWhy() {
    PrefillPlan plan = planner.plan(FORM, PrefillRequest.forApplicant(ME));

    assertThat(reason(plan, "myYear")).isEqualTo("PREFILL_DISABLED");
    assertThat(reason(plan, "motherId")).isEqualTo("IDENTIFIES_SUBJECT");
    assertThat(reason(plan, "motherName")).isEqualTo("SUBJECT_NOT_IDENTIFIED");
    assertThat(reason(plan, "spouseName")).isEqualTo("SUBJECT_NOT_REGISTERED");
  }

  @Test
  void plan_honoursRelevanceFromWhatIsKnown() {
    PrefillPlan unknown =
        planner.plan(
            FORM,
            PrefillRequest.builder()
                .subject(Subject.applicant(ME))
                .subject(Subject.of(SubjectRole.MOTHER, MUM))
                .build());
    PrefillPlan hidden =
        planner.plan(
            FORM,
            PrefillRequest.builder()
                .subject(Subject.applicant(ME))
                .subject(Subject.of(SubjectRole.MOTHER, MUM))
                .answers(TestForms.json("{\"hasMother\": false}"))
                .build());

    // Not known yet whether the mother's section is shown: fetched, kept for when it is.
    assertThat(reason(unknown, "motherName")).isEqualTo("PLANNED");
    assertThat(reason(hidden, "motherName")).isEqualTo("NOT_RELEVANT");
    assertThat(hidden.lookups())
        .extracting(PlannedLookup::registry)
        .containsOnly(Registry.POPULATION);
  }

  @Test
  void plan_findsASubjectsIdentifierInTheFieldThatHoldsIt() {
    PrefillPlan plan =
        planner.plan(
            FORM,
            PrefillRequest.builder()
                .subject(Subject.applicant(ME))
                .answers(TestForms.json("{\"hasMother\": true, \"motherId\": \"" + MUM + "\"}"))
                .build());

    assertThat(plan.lookups())
        .filteredOn(l -> l.subject().role() == SubjectRole.MOTHER)
        .extracting(PlannedLookup::registry)
        .containsExactlyInAnyOrder(Registry.POPULATION, Registry.CIVIL_STATUS);
  }

  @Test
  void plan_ignoresAnIdentifierOfTheWrongShape() {
    PrefillPlan plan =
        planner.plan(
            FORM,
            PrefillRequest.builder()
                .subject(Subject.applicant(ME))
                .answers(TestForms.json("{\"motherId\": \"12\"}"))
                .build());

    assertThat(reason(plan, "motherName")).isEqualTo("SUBJECT_NOT_IDENTIFIED");
  }

  @Test
  void plan_forAGroup_asksAboutEachItemsSubject() {
    PrefillPlan plan =
        planner.plan(
            FORM,
            PrefillRequest.builder()
                .subject(Subject.applicant(ME))
                .answers(
                    TestForms.json(
                        "{\"kids\": [{\"childId\": \"001222012345\"}, {\"childId\": \"001223012346\"}]}"))
                .build());

    assertThat(plan.lookups())
        .filteredOn(l -> l.subject().role() == SubjectRole.CHILD)
        .extracting(l -> l.subject().index() + ":" + l.paths())
        .containsExactly("0:[kids[0].childName]", "1:[kids[1].childName]");
  }

  @Test
  void plan_onlyAsksTheRegistriesThatCanBeAsked() {
    PrefillPlan plan =
        planner.plan(
            FORM,
            PrefillRequest.builder()
                .subject(Subject.applicant(ME))
                .subject(Subject.of(SubjectRole.MOTHER, MUM))
                .registries(EnumSet.of(Registry.CIVIL_STATUS))
                .build());

    assertThat(plan.lookups())
        .extracting(PlannedLookup::registry)
        .containsOnly(Registry.CIVIL_STATUS);
    assertThat(reason(plan, "myEthnicity")).isEqualTo("NO_REGISTRY");
  }

  @Test
  void toString_masksIdentifiersAndHidesAnswers() {
    PrefillRequest request =
        PrefillRequest.builder()
            .subject(Subject.applicant(ME))
            .answers(TestForms.json("{\"myName\": \"Secret\"}"))
            .build();
    PrefillPlan plan = planner.plan(FORM, request);

    assertThat(request.toString()).doesNotContain(ME).doesNotContain("Secret");
    assertThat(plan.lookups().get(0).toString()).doesNotContain(ME);
  }
}
