package org.opendvc.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.FormException;
import org.opendvc.forms.TestForms;
import org.opendvc.forms.prefill.EnvelopeKey;
import org.opendvc.forms.prefill.EnvelopeSigner;
import org.opendvc.forms.prefill.EnvelopeVerifier;
import org.opendvc.forms.prefill.PrefillCorrection;
import org.opendvc.forms.prefill.PrefillEngine;
import org.opendvc.forms.prefill.PrefillEnvelope;
import org.opendvc.forms.prefill.PrefillFixtures;
import org.opendvc.forms.prefill.PrefillPlanner;
import org.opendvc.forms.prefill.PrefillRequest;
import org.opendvc.forms.prefill.PrefillResult;

/** Locked prefilled values checked at submission through the signed envelope. */
class SubmissionEnvelopeTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-07-01T03:00:00Z"), ZoneOffset.UTC);
  private static final FormDefinition FORM = TestForms.valid("family.json");
  private static final String ME = "001194012345";
  private static final EnvelopeKey KEY =
      EnvelopeKey.of("k1", "an envelope key of thirty-two bytes".getBytes(StandardCharsets.UTF_8));

  private static final PrefillResult PREFILL =
      PrefillEngine.builder(PrefillFixtures.applicant(ME))
          .build()
          .prefill(PrefillPlanner.standard(CLOCK).plan(FORM, PrefillRequest.forApplicant(ME)))
          .toCompletableFuture()
          .join();
  private static final PrefillEnvelope ENVELOPE = new EnvelopeSigner(KEY, CLOCK).sign(PREFILL, ME);

  private static SubmissionValidator validator(Clock clock) {
    return SubmissionValidator.builder(FORM)
        .clock(clock)
        .envelopeVerifier(new EnvelopeVerifier(List.of(KEY), clock))
        .build();
  }

  /** What the front end sends back: the prefilled data, possibly edited, and the answers. */
  private static ObjectNode data() {
    ObjectNode data = PREFILL.data();
    data.put("hasMother", false);
    return data;
  }

  private static SubmissionResult submit(ObjectNode data, Clock clock) {
    return validator(clock)
        .validate(Submission.on(FORM).data(data).envelope(ENVELOPE.token()).applicant(ME).build());
  }

  @Test
  void unchangedPrefilledValues_areAcceptedWithTheirProvenance() {
    SubmissionResult result = submit(data(), CLOCK);

    assertThat(result.errors()).isEmpty();
    assertThat(result.provenance())
        .extracting(p -> p.path() + ":" + p.lock().locked() + ":" + p.changed())
        .containsExactlyInAnyOrder(
            "myName:true:false", "myBirth:true:false", "myMarital:false:false");
    assertThat(result.provenance().get(0).provenance().registry()).isEqualTo(Registry.POPULATION);
  }

  @Test
  void aTamperedLockedValue_isRejectedAndNamesTheRegistry() {
    SubmissionResult result = submit(data().put("myName", "Someone Else"), CLOCK);

    FieldError error = result.problemsAt("myName").get(0);
    assertThat(error.code()).isEqualTo("FORM_LOCKED_VALUE_ALTERED");
    assertThat(error.message().en())
        .contains("National Population Database")
        .doesNotContain("Someone");
    assertThat(result.isAccepted()).isFalse();
  }

  @Test
  void aRemovedLockedValue_isTampering() {
    ObjectNode data = data();
    data.remove("myBirth");

    assertThat(submit(data, CLOCK).problemsAt("myBirth"))
        .extracting(FieldError::code)
        .contains("FORM_LOCKED_VALUE_ALTERED", "FORM_VALUE_REQUIRED");
  }

  @Test
  void anEditedEditableValue_isAcceptedAndMarkedChanged() {
    SubmissionResult result = submit(data().put("myMarital", "OTHER"), CLOCK);

    assertThat(result.errors()).isEmpty();
    assertThat(result.provenance())
        .filteredOn(p -> p.path().equals("myMarital"))
        .singleElement()
        .satisfies(p -> assertThat(p.changed()).isTrue());
  }

  @Test
  void aValueEqualUpToSpacesAndUnicodeForm_isUnchanged() {
    String decomposed =
        java.text.Normalizer.normalize("  Trần Thị Mai ", java.text.Normalizer.Form.NFD);

    assertThat(submit(data().put("myName", decomposed), CLOCK).errors()).isEmpty();
  }

  @Test
  void anExpiredEnvelope_isItsOwnError() {
    SubmissionResult result = submit(data(), Clock.offset(CLOCK, Duration.ofHours(4)));

    assertThat(result.errors())
        .extracting(FieldError::code)
        .containsExactly("FORM_ENVELOPE_EXPIRED");
    assertThat(result.errors().get(0).path()).isEmpty();
  }

  @Test
  void aMissingEnvelope_isAnErrorOnlyWhenRequired() {
    Submission without = Submission.on(FORM).data(data()).build();

    assertThat(validator(CLOCK).validate(without).errors()).isEmpty();
    assertThat(
            SubmissionValidator.builder(FORM)
                .clock(CLOCK)
                .requireEnvelope(true)
                .build()
                .validate(without)
                .errors())
        .extracting(FieldError::code)
        .containsExactly("FORM_ENVELOPE_MISSING");
  }

  @Test
  void anEnvelopeWithoutAVerifier_isAConfigurationMistake() {
    SubmissionValidator unconfigured = SubmissionValidator.builder(FORM).clock(CLOCK).build();

    assertThatThrownBy(
            () ->
                unconfigured.validate(
                    Submission.on(FORM).data(data()).envelope(ENVELOPE.token()).build()))
        .isInstanceOf(FormException.class)
        .hasMessageContaining("EnvelopeVerifier");
  }

  @Test
  void aCorrectionFlagOnALockedValue_isRoutedToItsRegistry() {
    SubmissionResult result =
        validator(CLOCK)
            .validate(
                Submission.on(FORM)
                    .data(data())
                    .envelope(ENVELOPE.token())
                    .applicant(ME)
                    .correction(
                        new PrefillCorrection("myName", TestForms.json("\"Trần Thị Mây\""), null))
                    .build());

    assertThat(result.isAccepted()).isTrue();
    CorrectionRequest correction = result.corrections().get(0);
    assertThat(correction.source())
        .get()
        .extracting(p -> p.registry())
        .isEqualTo(Registry.POPULATION);
    assertThat(correction.proposedValue().asText()).isEqualTo("Trần Thị Mây");
    assertThat(correction.toString()).doesNotContain("Mây");
  }
}
