package org.opendvc.client.internal;

/** Whether an operation may be repeated when its outcome is unknown. */
public enum Safety {
  /** A read: repeat freely. */
  READ,
  /**
   * A write the portal treats as idempotent (a sync answered "already exists" becomes an update of
   * the same state; payments and ratings are keyed): repeat freely.
   */
  IDEMPOTENT_WRITE,
  /**
   * A write that the portal would apply twice (progress steps): repeat only when it surely was not
   * applied (connection refused, 408, 429, 503).
   */
  NON_IDEMPOTENT_WRITE
}
