package org.opendvc.forms.prefill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendvc.forms.prefill.PrefillPlannerTest.CLOCK;
import static org.opendvc.forms.prefill.PrefillPlannerTest.FORM;
import static org.opendvc.forms.prefill.PrefillPlannerTest.ME;

import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.TestForms;

class EnvelopeTest {
  private static final EnvelopeKey KEY =
      EnvelopeKey.of(
          "k2025", "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
  private static final EnvelopeKey OTHER = EnvelopeKey.random("k-other", new SecureRandom());

  private static PrefillResult result() {
    FakeRegistries registries =
        new FakeRegistries()
            .hold(Registry.POPULATION, ME, "person.fullName", DataValue.text("Trần Thị Mai"))
            .hold(Registry.POPULATION, ME, "person.maritalStatus", DataValue.code("SINGLE"));
    PrefillPlan plan = PrefillPlanner.standard(CLOCK).plan(FORM, PrefillRequest.forApplicant(ME));
    return PrefillEngine.builder(registries).build().prefill(plan).toCompletableFuture().join();
  }

  private static PrefillEnvelope signed() {
    return new EnvelopeSigner(KEY, CLOCK).sign(result(), ME);
  }

  private static Validated<PrefillEnvelope> verify(String token, Clock clock, String applicant) {
    return new EnvelopeVerifier(List.of(OTHER, KEY), clock).verify(token, FORM, applicant);
  }

  private static List<String> codes(Validated<?> v) {
    return v.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Test
  void signedEnvelope_verifiesAndRecordsEachValueWithoutShowingIt() {
    PrefillEnvelope envelope = signed();
    Validated<PrefillEnvelope> verified = verify(envelope.token(), CLOCK, ME);

    assertThat(verified.isValid()).isTrue();
    PrefillEnvelope read = verified.value().orElseThrow();
    assertThat(read.keyId()).isEqualTo("k2025");
    assertThat(read.formHash()).isEqualTo(FORM.contentHash());
    assertThat(read.expiresAt()).isEqualTo(CLOCK.instant().plus(EnvelopeSigner.DEFAULT_TTL));
    assertThat(read.entries())
        .extracting(PrefillEnvelope.Entry::path)
        .containsExactlyInAnyOrder("myName", "myMarital");
    assertThat(read.entry("myName").orElseThrow().lock().locked()).isTrue();
    assertThat(read.entry("myMarital").orElseThrow().lock().locked()).isFalse();
    String decoded =
        new String(
            Base64.getUrlDecoder().decode(envelope.token().split("\\.")[0]),
            StandardCharsets.UTF_8);
    assertThat(decoded).doesNotContain("Trần").doesNotContain(ME).doesNotContain("SINGLE");
    assertThat(envelope.toString()).doesNotContain(envelope.token());
  }

  @Test
  void unchanged_tellsTheSameValueFromAnother() {
    PrefillEnvelope envelope = signed();
    EnvelopeVerifier verifier = new EnvelopeVerifier(List.of(KEY), CLOCK);
    PrefillEnvelope.Entry name = envelope.entry("myName").orElseThrow();

    assertThat(verifier.unchanged(envelope, name, TextNode.valueOf("Trần Thị Mai"))).isTrue();
    assertThat(verifier.unchanged(envelope, name, TextNode.valueOf("Trần Thị Mây"))).isFalse();
  }

  @Test
  void verify_whenExpired_saysExpiredNotTampered() {
    String token = signed().token();
    Clock later = Clock.offset(CLOCK, EnvelopeSigner.DEFAULT_TTL.plusSeconds(1));

    assertThat(codes(verify(token, later, ME))).containsExactly("FORM_ENVELOPE_EXPIRED");
    assertThat(codes(verify(token, Clock.offset(CLOCK, Duration.ofHours(2)), ME))).isEmpty();
  }

  @Test
  void verify_whenThePayloadWasEdited_saysTheSignatureIsInvalid() {
    String token = signed().token();
    String[] parts = token.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
    String longer = payload.replaceFirst("\"exp\":[0-9]+", "\"exp\":9999999999");
    String forged =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(longer.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[1];

    assertThat(codes(verify(forged, CLOCK, ME))).containsExactly("FORM_ENVELOPE_SIGNATURE_INVALID");
  }

  @Test
  void verify_whenSignedWithAnUnknownKey_saysSo() {
    PrefillEnvelope envelope =
        new EnvelopeSigner(EnvelopeKey.random("retired", new SecureRandom()), CLOCK)
            .sign(result(), ME);

    assertThat(codes(verify(envelope.token(), CLOCK, ME)))
        .containsExactly("FORM_ENVELOPE_UNKNOWN_KEY");
  }

  @Test
  void verify_forAnotherPersonOrForm_isRejected() {
    String token = signed().token();
    FormDefinition other = TestForms.valid("minimal.json");

    assertThat(codes(verify(token, CLOCK, "079301006789")))
        .containsExactly("FORM_ENVELOPE_OTHER_SUBJECT");
    assertThat(codes(verify(token, CLOCK, null))).containsExactly("FORM_ENVELOPE_OTHER_SUBJECT");
    assertThat(codes(new EnvelopeVerifier(List.of(KEY), CLOCK).verify(token, other, ME)))
        .containsExactly("FORM_ENVELOPE_OTHER_FORM");
  }

  @Test
  void verify_whenNotAnEnvelope_saysMalformed() {
    for (String junk :
        new String[] {
          "",
          "abc",
          "a.b.c",
          "!!!.???",
          Base64.getUrlEncoder().encodeToString("[1]".getBytes(StandardCharsets.UTF_8)) + ".x"
        }) {
      assertThat(codes(verify(junk, CLOCK, ME)))
          .as(junk)
          .containsExactly("FORM_ENVELOPE_MALFORMED");
    }
  }

  @Test
  void keys_mustBeLongEnoughAndShowNoSecret() {
    assertThatThrownBy(() -> EnvelopeKey.of("k", new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EnvelopeKey.of("a.b", new byte[32]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(KEY.toString()).isEqualTo("EnvelopeKey[k2025, ***]");
    assertThatThrownBy(() -> new EnvelopeVerifier(List.of(KEY, KEY), CLOCK))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
