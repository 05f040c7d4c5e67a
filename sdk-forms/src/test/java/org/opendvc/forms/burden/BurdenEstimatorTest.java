package org.opendvc.forms.burden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.TestForms;
import org.opendvc.forms.prefill.PrefillEngine;
import org.opendvc.forms.prefill.PrefillFixtures;
import org.opendvc.forms.prefill.PrefillPlanner;
import org.opendvc.forms.prefill.PrefillRequest;
import org.opendvc.forms.prefill.PrefillResult;

class BurdenEstimatorTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-07-01T03:00:00Z"), ZoneOffset.UTC);
  private static final FormDefinition FAMILY = TestForms.valid("family.json");
  private final BurdenEstimator desktop =
      new BurdenEstimator(KeystrokeModel.of(Device.DESKTOP), CLOCK);

  private static FieldCategory category(BurdenEstimate estimate, String path) {
    return estimate.fields().stream()
        .filter(f -> f.path().equals(path))
        .findFirst()
        .orElseThrow()
        .category();
  }

  @Test
  void keystrokeModel_usesTheCitedConstants() {
    KeystrokeModel d = KeystrokeModel.of(Device.DESKTOP);
    KeystrokeModel m = KeystrokeModel.of(Device.MOBILE);

    assertThat(d.keystroke()).isEqualTo(0.28);
    assertThat(d.codeKeystroke()).isEqualTo(0.50);
    assertThat(d.point()).isEqualTo(1.10);
    assertThat(d.home()).isEqualTo(0.40);
    assertThat(d.mental()).isEqualTo(1.35);
    assertThat(m.keystroke()).isCloseTo(60 / (36.2 * 5), within(1e-9));
    assertThat(m.home()).isZero();
    assertThat(d.read(238)).isCloseTo(60, within(1e-9));
    assertThatThrownBy(() -> new KeystrokeModel(Device.DESKTOP, 0, 1, 1, 1, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutPrefill_everyRequiredShownFieldIsLeftToFill() {
    BurdenEstimate none = desktop.estimate(FAMILY, PrefillScenario.none());

    assertThat(none.fieldsPrefilled()).isZero();
    assertThat(category(none, "myName")).isEqualTo(FieldCategory.TO_FILL);
    assertThat(category(none, "myMiddleName")).isEqualTo(FieldCategory.OPTIONAL);
    assertThat(category(none, "myAge")).isEqualTo(FieldCategory.CALCULATED);
    assertThat(category(none, "myYear")).isEqualTo(FieldCategory.HIDDEN);
    assertThat(none.fieldsTotal())
        .isEqualTo(none.fieldsShown() + none.fieldsConditional() + 1 /* hidden myYear */);
  }

  @Test
  void whenEveryRegistryAnswers_boundFieldsArePrefilledAndLockedByPolicy() {
    BurdenEstimate all = desktop.estimate(FAMILY, PrefillScenario.everyRegistryAnswers());

    assertThat(category(all, "myName")).isEqualTo(FieldCategory.PREFILLED_LOCKED);
    assertThat(category(all, "myCurrent")).isEqualTo(FieldCategory.PREFILLED_EDITABLE);
    assertThat(category(all, "myMarital")).isEqualTo(FieldCategory.PREFILLED_EDITABLE);
    // The field that identifies the mother is typed; a subject no registry knows is typed.
    assertThat(category(all, "spouseName")).isEqualTo(FieldCategory.OPTIONAL);
    BurdenEstimate none = desktop.estimate(FAMILY, PrefillScenario.none());
    assertThat(all.fieldsToType()).isLessThan(none.fieldsToType());
    // A prefilled optional field is read and checked; an empty one is only read and skipped.
    assertThat(all.fieldsShown()).isEqualTo(none.fieldsShown());
  }

  @Test
  void anActualPrefill_countsWhatItReallyFilled() {
    PrefillResult result =
        PrefillEngine.builder(PrefillFixtures.applicant("001194012345"))
            .build()
            .prefill(
                PrefillPlanner.standard(CLOCK)
                    .plan(FAMILY, PrefillRequest.forApplicant("001194012345")))
            .toCompletableFuture()
            .join();

    BurdenEstimate estimate = desktop.estimate(FAMILY, PrefillScenario.of(result));

    assertThat(estimate.scenario()).isEqualTo("result");
    assertThat(estimate.fieldsPrefilledLocked()).isEqualTo(2);
    assertThat(estimate.fieldsPrefilledEditable()).isEqualTo(1);
    assertThat(category(estimate, "myEthnicity")).isEqualTo(FieldCategory.OPTIONAL);
  }

  @Test
  void conditionalFollowUps_areCountedButAssumedNotToApply() {
    FormDefinition form = TestForms.valid("all-types.json");
    BurdenEstimate estimate = desktop.estimate(form, PrefillScenario.none());

    assertThat(category(estimate, "relationshipOther")).isEqualTo(FieldCategory.CONDITIONAL);
    assertThat(estimate.fieldsConditional()).isGreaterThan(0);
  }

  @Test
  void defaults_leadTheTypicalPathAndCountAsChecked() {
    FormDefinition form = TestForms.valid("family.json");
    BurdenEstimate estimate = desktop.estimate(form, PrefillScenario.none());

    // hasMother has no default: the mother's section is a follow-up.
    assertThat(category(estimate, "motherName")).isEqualTo(FieldCategory.CONDITIONAL);
  }

  @Test
  void aFieldHoldingItsDefault_isCountedApartFromPrefill() {
    FormDefinition form =
        TestForms.minimalWith(
                """
                {"id": "nation", "type": "TEXT", "label": {"vi": "Quốc gia", "en": "Country"},
                 "required": true, "default": "'Việt Nam'"}""")
            .orElseThrow();

    BurdenEstimate estimate = desktop.estimate(form, PrefillScenario.none());

    assertThat(category(estimate, "nation")).isEqualTo(FieldCategory.DEFAULTED);
    assertThat(estimate.fieldsDefaulted()).isEqualTo(1);
    assertThat(estimate.fieldsPrefilled()).isZero();
  }

  @Test
  void aTypedFieldCostsItsOperatorsAndExpectedLength() {
    BurdenEstimate none = desktop.estimate(FAMILY, PrefillScenario.none());
    FieldBurden name =
        none.fields().stream().filter(f -> f.path().equals("myName")).findFirst().orElseThrow();

    assertThat(name.operators()).startsWith("R2.0w M H P K H 23K");
    // 2 words read, M, H, P, K, H, 18 characters x 1.25 keys
    double expected = 2 * 60 / 238.0 + 1.35 + 0.40 + 1.10 + 0.28 + 0.40 + 23 * 0.28;
    assertThat(name.seconds()).isCloseTo(expected, within(0.1));
  }

  @Test
  void mobile_typesSlowerButNeedsNoHoming() {
    BurdenEstimate desk = desktop.estimate(FAMILY, PrefillScenario.none());
    BurdenEstimate phone =
        new BurdenEstimator(KeystrokeModel.of(Device.MOBILE), CLOCK)
            .estimate(FAMILY, PrefillScenario.none());

    assertThat(phone.device()).isEqualTo(Device.MOBILE);
    assertThat(phone.fields().get(0).operators()).doesNotContain(" H ");
    assertThat(phone.estimatedSeconds()).isNotEqualTo(desk.estimatedSeconds());
  }

  @Test
  void targets_areTheDecisionsFigures() {
    assertThat(BurdenTarget.DECISION_1565_2025.seconds()).isEqualTo(480);
    assertThat(BurdenTarget.AIM_2026.seconds()).isEqualTo(300);
    BurdenEstimate estimate = desktop.estimate(FAMILY, PrefillScenario.everyRegistryAnswers());
    assertThat(estimate.meets(BurdenTarget.DECISION_1565_2025))
        .isEqualTo(estimate.estimatedSeconds() <= 480);
  }
}
