package org.opendvc.testkit.simulator;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which faults the simulator injects and how often.
 *
 * @param rate the share of requests that get a fault, 0 to 1
 * @param kinds the faults to choose from, with equal chances
 * @param latency the delay of a {@link FaultKind#LATENCY} fault
 * @param retryAfterSeconds the {@code Retry-After} of a {@link FaultKind#RATE_LIMITED} answer
 */
public record FaultPlan(
    double rate, Set<FaultKind> kinds, Duration latency, int retryAfterSeconds) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if the rate is outside 0 to 1, or faults are asked for but no
   *     kind is given
   */
  public FaultPlan {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("rate must be between 0 and 1, was " + rate);
    }
    kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    if (rate > 0 && kinds.isEmpty()) {
      throw new IllegalArgumentException("name at least one fault kind");
    }
    Objects.requireNonNull(latency, "latency");
    if (retryAfterSeconds < 0) {
      throw new IllegalArgumentException("retryAfterSeconds must not be negative");
    }
  }

  /** No faults. */
  public static FaultPlan none() {
    return new FaultPlan(0, Set.of(), Duration.ZERO, 0);
  }

  /** Every kind of fault at {@code rate}, 200 ms latency, {@code Retry-After: 1}. */
  public static FaultPlan all(double rate) {
    return new FaultPlan(rate, EnumSet.allOf(FaultKind.class), Duration.ofMillis(200), 1);
  }

  /** The kinds in a fixed order, so choices are reproducible. */
  List<FaultKind> ordered() {
    return kinds.stream().sorted().toList();
  }

  /** A copy with another latency. */
  public FaultPlan withLatency(Duration latency) {
    return new FaultPlan(rate, kinds, latency, retryAfterSeconds);
  }

  /** A copy with another {@code Retry-After}. */
  public FaultPlan withRetryAfterSeconds(int seconds) {
    return new FaultPlan(rate, kinds, latency, seconds);
  }
}
