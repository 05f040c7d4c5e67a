package org.opendvc.client;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how the client tries a call again. Immutable; build with {@link #builder()} or take
 * {@link #standard()}.
 *
 * <p>Only failures that are safe to repeat are retried: a connection refused, HTTP 408, 429 or 503
 * (the request was not applied) for every operation; a timeout, a dropped connection or another 5xx
 * (the request may have been applied) only for reads and for writes the portal treats as
 * idempotent. Delays grow exponentially with full jitter: a random time between zero and {@code
 * min(maxDelay, baseDelay × 2^(attempt−1))}, with {@code throttledBaseDelay} after a 429 or 503. A
 * {@code Retry-After} from the portal (seconds or an HTTP date) is a floor for the delay; if it
 * asks for longer than {@code maxRetryAfter}, the client gives up at once with a {@link
 * org.opendvc.client.error.DvcqgRateLimitException} that says how long.
 *
 * <p>A retry budget shared by all calls of one client stops an outage from multiplying traffic (the
 * token bucket of the AWS SDK's standard mode): each retry takes {@code retryCost} tokens ({@code
 * timeoutRetryCost} after a timeout), each success gives back {@code successRefund}, and when the
 * bucket is empty failures are not retried.
 *
 * @param maxAttempts attempts per call, the first included; default 3
 * @param baseDelay the first backoff ceiling; default 200 ms
 * @param throttledBaseDelay the first backoff ceiling after a 429 or 503; default 1 s
 * @param maxDelay the largest backoff; default 20 s
 * @param maxRetryAfter the longest {@code Retry-After} the client will wait; default 60 s
 * @param budgetCapacity tokens in the retry budget; default 500
 * @param retryCost tokens a retry takes; default 5
 * @param timeoutRetryCost tokens a retry after a timeout takes; default 10
 * @param successRefund tokens a success gives back; default 1
 */
public record RetryPolicy(
    int maxAttempts,
    Duration baseDelay,
    Duration throttledBaseDelay,
    Duration maxDelay,
    Duration maxRetryAfter,
    int budgetCapacity,
    int retryCost,
    int timeoutRetryCost,
    int successRefund) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if a count is out of range or a duration negative
   */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    requireNotNegative(baseDelay, "baseDelay");
    requireNotNegative(throttledBaseDelay, "throttledBaseDelay");
    requireNotNegative(maxDelay, "maxDelay");
    requireNotNegative(maxRetryAfter, "maxRetryAfter");
    if (budgetCapacity < 0 || retryCost < 0 || timeoutRetryCost < 0 || successRefund < 0) {
      throw new IllegalArgumentException("budget figures must not be negative");
    }
  }

  private static void requireNotNegative(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
  }

  /** The defaults listed above. */
  public static RetryPolicy standard() {
    return builder().build();
  }

  /** No retries at all: every failure is thrown at once. */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this policy. */
  public Builder toBuilder() {
    return new Builder()
        .maxAttempts(maxAttempts)
        .baseDelay(baseDelay)
        .throttledBaseDelay(throttledBaseDelay)
        .maxDelay(maxDelay)
        .maxRetryAfter(maxRetryAfter)
        .budget(budgetCapacity, retryCost, timeoutRetryCost, successRefund);
  }

  /** Builds a {@link RetryPolicy}. Not thread-safe. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration baseDelay = Duration.ofMillis(200);
    private Duration throttledBaseDelay = Duration.ofSeconds(1);
    private Duration maxDelay = Duration.ofSeconds(20);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private int budgetCapacity = 500;
    private int retryCost = 5;
    private int timeoutRetryCost = 10;
    private int successRefund = 1;

    private Builder() {}

    /** Attempts per call, the first included. */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** The first backoff ceiling. */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = baseDelay;
      return this;
    }

    /** The first backoff ceiling after a 429 or 503. */
    public Builder throttledBaseDelay(Duration throttledBaseDelay) {
      this.throttledBaseDelay = throttledBaseDelay;
      return this;
    }

    /** The largest backoff. */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = maxDelay;
      return this;
    }

    /** The longest {@code Retry-After} the client will wait before giving up instead. */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    /** The retry budget: capacity, cost of a retry, cost after a timeout, refund per success. */
    public Builder budget(int capacity, int retryCost, int timeoutRetryCost, int successRefund) {
      this.budgetCapacity = capacity;
      this.retryCost = retryCost;
      this.timeoutRetryCost = timeoutRetryCost;
      this.successRefund = successRefund;
      return this;
    }

    /**
     * The policy.
     *
     * @throws IllegalArgumentException if a value is out of range
     */
    public RetryPolicy build() {
      return new RetryPolicy(
          maxAttempts,
          baseDelay,
          throttledBaseDelay,
          maxDelay,
          maxRetryAfter,
          budgetCapacity,
          retryCost,
          timeoutRetryCost,
          successRefund);
    }
  }
}
