package org.opendvc.client.internal;

/**
 * A token bucket shared by every call of one client: retries take tokens, successes give some back,
 * and an empty bucket means no more retries until calls succeed again. This keeps an outage from
 * multiplying the traffic sent to the portal (the AWS SDK's standard retry mode).
 */
public final class RetryBudget {
  private final int capacity;
  private int tokens;

  /** A full bucket of {@code capacity} tokens. */
  public RetryBudget(int capacity) {
    this.capacity = capacity;
    this.tokens = capacity;
  }

  /** Takes {@code cost} tokens if there are that many. */
  public synchronized boolean tryAcquire(int cost) {
    if (tokens < cost) {
      return false;
    }
    tokens -= cost;
    return true;
  }

  /** Gives back {@code amount} tokens, up to the capacity. */
  public synchronized void refund(int amount) {
    tokens = Math.min(capacity, tokens + amount);
  }

  /** The tokens left. */
  public synchronized int available() {
    return tokens;
  }
}
