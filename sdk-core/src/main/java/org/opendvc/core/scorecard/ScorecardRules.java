package org.opendvc.core.scorecard;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rules OpenDVC applies where the reference does not say how DVCQG computes a metric. Every
 * scorecard states the rules it was computed with.
 *
 * <ul>
 *   <li>{@link #syncTolerance()} (default 24 hours): how long after an event its sync to DVCQG
 *       still counts as on time for {@link MetricCode#DOSSIER_SYNC}. The reference gives no figure.
 *   <li>{@link #onlineService()} (default {@link OnlineServiceRule#FULL_PROCESS_SHARE}): how the
 *       online-service group is scored; its formula is "not established".
 *   <li>{@link #whenInputMissing()} and {@link #whenNothingToCount()} (default {@link
 *       Fallback#REDISTRIBUTE} both): what a metric that cannot be computed is worth.
 * </ul>
 *
 * <p>Immutable.
 */
public final class ScorecardRules {
  private static final ScorecardRules DEFAULTS = builder().build();

  private final Duration syncTolerance;
  private final OnlineServiceRule onlineService;
  private final Fallback whenInputMissing;
  private final Fallback whenNothingToCount;

  private ScorecardRules(Builder b) {
    this.syncTolerance = b.syncTolerance;
    this.onlineService = b.onlineService;
    this.whenInputMissing = b.whenInputMissing;
    this.whenNothingToCount = b.whenNothingToCount;
  }

  /** The default rules. */
  public static ScorecardRules defaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these rules. */
  public Builder toBuilder() {
    return new Builder()
        .syncTolerance(syncTolerance)
        .onlineService(onlineService)
        .whenInputMissing(whenInputMissing)
        .whenNothingToCount(whenNothingToCount);
  }

  /** How long after an event its sync to DVCQG counts as on time. */
  public Duration syncTolerance() {
    return syncTolerance;
  }

  /** How the online-service group is scored. */
  public OnlineServiceRule onlineService() {
    return onlineService;
  }

  /** What a metric whose profile input is missing is worth. */
  public Fallback whenInputMissing() {
    return whenInputMissing;
  }

  /** What a metric with nothing to count is worth. */
  public Fallback whenNothingToCount() {
    return whenNothingToCount;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ScorecardRules r
        && syncTolerance.equals(r.syncTolerance)
        && onlineService == r.onlineService
        && whenInputMissing == r.whenInputMissing
        && whenNothingToCount == r.whenNothingToCount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(syncTolerance, onlineService, whenInputMissing, whenNothingToCount);
  }

  @Override
  public String toString() {
    return "ScorecardRules[syncTolerance="
        + syncTolerance
        + ", onlineService="
        + onlineService
        + ", whenInputMissing="
        + whenInputMissing
        + ", whenNothingToCount="
        + whenNothingToCount
        + "]";
  }

  /** Builds {@link ScorecardRules}. Not thread-safe. */
  public static final class Builder {
    private Duration syncTolerance = Duration.ofHours(24);
    private OnlineServiceRule onlineService = OnlineServiceRule.FULL_PROCESS_SHARE;
    private Fallback whenInputMissing = Fallback.REDISTRIBUTE;
    private Fallback whenNothingToCount = Fallback.REDISTRIBUTE;

    private Builder() {}

    /**
     * How long after an event its sync counts as on time; 24 hours by default.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder syncTolerance(Duration value) {
      Objects.requireNonNull(value, "syncTolerance");
      if (value.isNegative()) {
        throw new IllegalArgumentException("syncTolerance must not be negative: " + value);
      }
      syncTolerance = value;
      return this;
    }

    /**
     * How the online-service group is scored; {@link OnlineServiceRule#FULL_PROCESS_SHARE} by
     * default.
     */
    public Builder onlineService(OnlineServiceRule value) {
      onlineService = Objects.requireNonNull(value, "onlineService");
      return this;
    }

    /**
     * What a metric whose profile input is missing is worth; {@link Fallback#REDISTRIBUTE} by
     * default.
     */
    public Builder whenInputMissing(Fallback value) {
      whenInputMissing = Objects.requireNonNull(value, "whenInputMissing");
      return this;
    }

    /** What a metric with nothing to count is worth; {@link Fallback#REDISTRIBUTE} by default. */
    public Builder whenNothingToCount(Fallback value) {
      whenNothingToCount = Objects.requireNonNull(value, "whenNothingToCount");
      return this;
    }

    /** The rules. */
    public ScorecardRules build() {
      return new ScorecardRules(this);
    }
  }
}
