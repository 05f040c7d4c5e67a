package org.opendvc.forms.prefill;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A signed record of what prefill gave a form: for each prefilled value, a keyed digest of the
 * value (never the value), its provenance and lock decision. The server hands {@link #token()} to
 * the front end with the prefilled data; the submission brings it back, and the server checks with
 * {@link EnvelopeVerifier} that it signed it, that it has not expired, and that no locked value was
 * changed. No server state is needed.
 *
 * <p>The token is {@code base64url(payload).base64url(HMAC-SHA256)}; digests are HMAC-SHA256 with
 * the same key over the form id, the path and the value's canonical JSON, cut to 128 bits, so a
 * token reveals no value even to someone who guesses candidates. Immutable.
 *
 * @param token the signed token
 * @param keyId the id of the key that signed it
 * @param formId the form's id
 * @param formVersion the form's version
 * @param formHash the form's content hash
 * @param issuedAt when it was signed
 * @param expiresAt when it stops being accepted
 * @param entries one per prefilled, non-blank value
 */
public record PrefillEnvelope(
    String token,
    String keyId,
    String formId,
    String formVersion,
    String formHash,
    Instant issuedAt,
    Instant expiresAt,
    List<Entry> entries) {

  /** Checks the parts and copies the entries. */
  public PrefillEnvelope {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(formId, "formId");
    Objects.requireNonNull(formVersion, "formVersion");
    Objects.requireNonNull(formHash, "formHash");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    entries = List.copyOf(entries);
  }

  /** The entry for {@code path}, if that value was prefilled. */
  public Optional<Entry> entry(String path) {
    return entries.stream().filter(e -> e.path().equals(path)).findFirst();
  }

  @Override
  public String toString() {
    return "PrefillEnvelope["
        + formId
        + "@"
        + formVersion
        + ", key "
        + keyId
        + ", "
        + entries.size()
        + " values, expires "
        + expiresAt
        + "]";
  }

  /**
   * One prefilled value, as the envelope records it.
   *
   * @param path the value's path
   * @param digest the keyed digest of the value
   * @param provenance where it came from (the subject without identifier)
   * @param lock whether it was locked
   */
  public record Entry(String path, String digest, Provenance provenance, LockDecision lock) {
    /** Checks the parts are present. */
    public Entry {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(digest, "digest");
      Objects.requireNonNull(provenance, "provenance");
      Objects.requireNonNull(lock, "lock");
    }

    @Override
    public String toString() {
      return "Entry["
          + path
          + ", "
          + provenance.registry()
          + " "
          + provenance.element()
          + ", "
          + (lock.locked() ? "LOCKED" : "EDITABLE")
          + "]";
    }
  }
}
