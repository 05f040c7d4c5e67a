package org.opendvc.client.internal;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/** Exponential backoff with full jitter: uniform in [0, min(cap, base × 2^(attempt−1))]. */
public final class Backoff {
  private Backoff() {}

  /** The delay before retry number {@code attempt} (1 for the first retry). */
  public static Duration delay(Duration base, Duration cap, int attempt, DoubleSupplier jitter) {
    long baseNanos = base.toNanos();
    int shift = Math.min(Math.max(attempt - 1, 0), 30);
    long ceiling = baseNanos > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : baseNanos << shift;
    ceiling = Math.min(ceiling, cap.toNanos());
    return Duration.ofNanos((long) (ceiling * jitter.getAsDouble()));
  }
}
