package org.opendvc.forms.prefill;

import java.security.SecureRandom;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A secret key that signs prefill envelopes (HMAC-SHA256), with the id that names it in each
 * envelope so keys can be rotated: verify with the old and new keys while envelopes signed with the
 * old one may still be in flight, sign with the new one.
 *
 * <p>Immutable. {@code toString()} shows the id only.
 */
public final class EnvelopeKey {
  /** The fewest secret bytes accepted: 256 bits, the size of the HMAC-SHA256 output. */
  public static final int MIN_SECRET_BYTES = 32;

  private final String id;
  private final byte[] secret;

  private EnvelopeKey(String id, byte[] secret) {
    this.id = id;
    this.secret = secret;
  }

  /**
   * A key with {@code id} and {@code secret} (copied).
   *
   * @throws IllegalArgumentException if the id is blank or holds a dot, or the secret is shorter
   *     than {@link #MIN_SECRET_BYTES}
   */
  public static EnvelopeKey of(String id, byte[] secret) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(secret, "secret");
    if (id.isBlank() || id.length() > 64 || !id.matches("[A-Za-z0-9_\\-]+")) {
      throw new IllegalArgumentException("A key id is 1 to 64 letters, digits, '-' or '_'");
    }
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "An envelope key needs at least " + MIN_SECRET_BYTES + " secret bytes");
    }
    return new EnvelopeKey(id, secret.clone());
  }

  /** A new random key with {@code id}, drawn from {@code random}. */
  public static EnvelopeKey random(String id, SecureRandom random) {
    byte[] secret = new byte[MIN_SECRET_BYTES];
    random.nextBytes(secret);
    return of(id, secret);
  }

  /** The id. */
  public String id() {
    return id;
  }

  byte[] secret() {
    return secret;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EnvelopeKey other
        && id.equals(other.id)
        && java.security.MessageDigest.isEqual(secret, other.secret);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return "EnvelopeKey[" + id + ", ***]";
  }
}
