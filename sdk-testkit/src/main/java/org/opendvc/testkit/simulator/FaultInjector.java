package org.opendvc.testkit.simulator;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Decides which requests get a fault. The decision for a request depends only on the seed, the
 * request's content (without the session, which changes every run) and how many times that same
 * content was seen before, so a run is reproducible from its seed even when requests arrive
 * concurrently in a different order.
 */
final class FaultInjector {
  private final long seed;
  private final Map<Long, Integer> seen = new HashMap<>();
  private volatile FaultPlan plan;
  private long injected;

  FaultInjector(long seed, FaultPlan plan) {
    this.seed = seed;
    this.plan = plan;
  }

  void plan(FaultPlan plan) {
    this.plan = plan;
  }

  FaultPlan plan() {
    return plan;
  }

  /** The fault for this request, if any, and a random source for its details. */
  synchronized @Nullable Decision decide(String identity) {
    FaultPlan p = plan;
    if (p.rate() == 0) {
      return null;
    }
    long hash = fnv(identity);
    int occurrence = seen.merge(hash, 1, Integer::sum);
    SplittableRandom random =
        new SplittableRandom(seed ^ hash ^ (occurrence * 0x9E3779B97F4A7C15L));
    if (random.nextDouble() >= p.rate()) {
      return null;
    }
    List<FaultKind> kinds = p.ordered();
    injected++;
    return new Decision(kinds.get(random.nextInt(kinds.size())), random.split());
  }

  synchronized long injected() {
    return injected;
  }

  /** A fault and the randomness for its details. */
  record Decision(FaultKind kind, SplittableRandom random) {}

  private static long fnv(String text) {
    long h = 0xcbf29ce484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      h ^= b;
      h *= 0x100000001b3L;
    }
    return h;
  }
}
