package org.opendvc.forms.prefill;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.Subject;
import org.opendvc.forms.FormDefinition;

/**
 * Signs the prefill envelope of a {@link PrefillResult}, binding it to the form version, to the
 * applicant (through a keyed digest of their identifier) and to an expiry.
 *
 * <p>HMAC-SHA256 from the JDK is used because the service that prefills is the service that
 * receives the submission: one secret, no public-key infrastructure. Immutable and thread-safe.
 */
public final class EnvelopeSigner {
  /**
   * The default lifetime: 3 hours, long enough to finish a form interrupted by a call, short enough
   * that stale registry data is fetched again (FormSG keeps its MyInfo hashes as long as its login
   * session, 3 hours by default).
   */
  public static final Duration DEFAULT_TTL = Duration.ofHours(3);

  private final EnvelopeKey key;
  private final Clock clock;
  private final Duration ttl;

  /**
   * A signer with {@code key}, dating envelopes by {@code clock}, each valid for {@code ttl}.
   *
   * @throws IllegalArgumentException if {@code ttl} is not positive
   */
  public EnvelopeSigner(EnvelopeKey key, Clock clock, Duration ttl) {
    this.key = Objects.requireNonNull(key, "key");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("ttl must be positive");
    }
  }

  /** A signer with the default lifetime. */
  public EnvelopeSigner(EnvelopeKey key, Clock clock) {
    this(key, clock, DEFAULT_TTL);
  }

  /**
   * Signs the envelope of {@code result}.
   *
   * @param applicantIdentifier the logged-in applicant's identifier, whose submission alone may use
   *     the envelope; {@code null} for an envelope any submitter may use
   */
  public PrefillEnvelope sign(PrefillResult result, @Nullable String applicantIdentifier) {
    Objects.requireNonNull(result, "result");
    FormDefinition form = result.form();
    Instant issuedAt = clock.instant();
    Instant expiresAt = issuedAt.plus(ttl);
    List<PrefillEnvelope.Entry> entries = new ArrayList<>();
    for (PrefilledValue value : result.values()) {
      if (value.json() == null) {
        continue;
      }
      Provenance p = value.provenance();
      Subject anonymous = new Subject(p.subject().role(), p.subject().index(), null);
      entries.add(
          new PrefillEnvelope.Entry(
              value.path(),
              EnvelopeCodec.valueDigest(key, form.id(), value.path(), value.json()),
              new Provenance(
                  p.registry(),
                  p.element(),
                  anonymous,
                  p.fetchedAt(),
                  p.sourceUpdatedAt(),
                  p.assurance()),
              value.lock()));
    }
    String subject =
        applicantIdentifier == null ? null : EnvelopeCodec.subjectDigest(key, applicantIdentifier);
    String token =
        EnvelopeCodec.sign(
            key,
            EnvelopeCodec.payload(
                key.id(),
                form.id(),
                form.version(),
                form.contentHash(),
                issuedAt,
                expiresAt,
                subject,
                entries));
    return new PrefillEnvelope(
        token,
        key.id(),
        form.id(),
        form.version(),
        form.contentHash(),
        Instant.ofEpochSecond(issuedAt.getEpochSecond()),
        Instant.ofEpochSecond(expiresAt.getEpochSecond()),
        entries);
  }

  @Override
  public String toString() {
    return "EnvelopeSigner[" + key + ", ttl=" + ttl + "]";
  }
}
