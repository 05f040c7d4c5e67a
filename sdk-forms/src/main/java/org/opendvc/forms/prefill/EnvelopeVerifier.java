package org.opendvc.forms.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.forms.FormDefinition;

/**
 * Checks a prefill envelope that a submission brings back: that one of our keys signed it (a
 * changed envelope is {@code FORM_ENVELOPE_SIGNATURE_INVALID}), for this form version, for this
 * applicant, and that it has not expired ({@code FORM_ENVELOPE_EXPIRED}, told apart from a changed
 * envelope so the front end can offer to reload). Then {@link #unchanged} tells whether a submitted
 * value is the one prefilled.
 *
 * <p>Immutable and thread-safe.
 */
public final class EnvelopeVerifier {
  private final Map<String, EnvelopeKey> keys;
  private final Clock clock;

  /**
   * A verifier accepting envelopes signed with any of {@code keys}, judging expiry by {@code
   * clock}.
   *
   * @throws IllegalArgumentException if two keys share an id, or none is given
   */
  public EnvelopeVerifier(Collection<EnvelopeKey> keys, Clock clock) {
    Map<String, EnvelopeKey> byId = new LinkedHashMap<>();
    for (EnvelopeKey key : keys) {
      if (byId.putIfAbsent(key.id(), key) != null) {
        throw new IllegalArgumentException("Two keys share the id " + key.id());
      }
    }
    if (byId.isEmpty()) {
      throw new IllegalArgumentException("A verifier needs at least one key");
    }
    this.keys = Map.copyOf(byId);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Verifies {@code token} for {@code form}.
   *
   * @param applicantIdentifier the identifier of the applicant submitting; required when the
   *     envelope was bound to an applicant
   * @return the envelope, or no value and the diagnostic saying what is wrong
   */
  public Validated<PrefillEnvelope> verify(
      String token, FormDefinition form, @Nullable String applicantIdentifier) {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(form, "form");
    EnvelopeCodec.Parts parts = EnvelopeCodec.split(token.strip());
    if (parts.payload() == null || parts.body() == null || parts.signature() == null) {
      return Validated.invalid(PrefillDiagnostics.ENVELOPE_MALFORMED.at("", parts.problem()));
    }
    JsonNode payload = parts.payload();
    JsonNode kid = payload.get("kid");
    if (kid == null || !kid.isTextual()) {
      return Validated.invalid(PrefillDiagnostics.ENVELOPE_MALFORMED.at("", "missing kid"));
    }
    EnvelopeKey key = keys.get(kid.asText());
    if (key == null) {
      String shown = kid.asText().length() > 64 ? kid.asText().substring(0, 64) : kid.asText();
      return Validated.invalid(PrefillDiagnostics.ENVELOPE_UNKNOWN_KEY.at("", shown));
    }
    if (!EnvelopeCodec.signatureValid(key, parts.body(), parts.signature())) {
      return Validated.invalid(PrefillDiagnostics.ENVELOPE_SIGNATURE_INVALID.at(""));
    }
    PrefillEnvelope envelope;
    try {
      envelope = EnvelopeCodec.decode(token.strip(), payload);
    } catch (RuntimeException e) {
      return Validated.invalid(PrefillDiagnostics.ENVELOPE_MALFORMED.at("", "unreadable payload"));
    }
    if (!envelope.formId().equals(form.id())
        || !envelope.formVersion().equals(form.version())
        || !envelope.formHash().equals(form.contentHash())) {
      return Validated.invalid(
          PrefillDiagnostics.ENVELOPE_OTHER_FORM.at(
              "",
              envelope.formId() + "@" + envelope.formVersion(),
              form.id() + "@" + form.version()));
    }
    Instant now = clock.instant();
    if (!now.isBefore(envelope.expiresAt())) {
      return Validated.invalid(PrefillDiagnostics.ENVELOPE_EXPIRED.at("", envelope.expiresAt()));
    }
    JsonNode subject = payload.get("sub");
    if (subject != null
        && (applicantIdentifier == null
            || !EnvelopeCodec.sameDigest(
                subject.asText(), EnvelopeCodec.subjectDigest(key, applicantIdentifier)))) {
      return Validated.invalid(PrefillDiagnostics.ENVELOPE_OTHER_SUBJECT.at(""));
    }
    return Validated.valid(envelope);
  }

  /**
   * Whether {@code submitted}, the normalised value of {@code entry}'s field, is the value that was
   * prefilled.
   *
   * @throws IllegalArgumentException if the envelope's key is not one of ours (verify first)
   */
  public boolean unchanged(
      PrefillEnvelope envelope, PrefillEnvelope.Entry entry, JsonNode submitted) {
    EnvelopeKey key = keys.get(envelope.keyId());
    if (key == null) {
      throw new IllegalArgumentException("Unknown key " + envelope.keyId() + "; verify first");
    }
    String digest = EnvelopeCodec.valueDigest(key, envelope.formId(), entry.path(), submitted);
    return EnvelopeCodec.sameDigest(digest, entry.digest());
  }

  @Override
  public String toString() {
    return "EnvelopeVerifier[keys=" + keys.keySet() + "]";
  }
}
