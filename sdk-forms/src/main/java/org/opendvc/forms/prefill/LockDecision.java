package org.opendvc.forms.prefill;

import java.util.Objects;

/**
 * Whether a prefilled value is locked (the person sees it but cannot change it; the server checks
 * it was not changed) or editable, and why.
 *
 * @param locked whether the value is locked
 * @param reason why
 */
public record LockDecision(boolean locked, LockReason reason) {
  /** The value is locked because the registry vouches for it. */
  public static final LockDecision LOCKED = new LockDecision(true, LockReason.REGISTRY_VOUCHES);

  /**
   * Checks the reason fits.
   *
   * @throws IllegalArgumentException if a locked decision gives an editable reason or the reverse
   */
  public LockDecision {
    Objects.requireNonNull(reason, "reason");
    if (locked != (reason == LockReason.REGISTRY_VOUCHES)) {
      throw new IllegalArgumentException("Only REGISTRY_VOUCHES locks a value");
    }
  }

  /** The value is editable, for {@code reason}. */
  public static LockDecision editable(LockReason reason) {
    return new LockDecision(false, reason);
  }
}
