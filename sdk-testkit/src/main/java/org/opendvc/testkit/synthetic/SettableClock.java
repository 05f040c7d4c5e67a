package org.opendvc.testkit.synthetic;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.opendvc.core.time.WorkingCalendar;

/**
 * A clock a story moves by hand: generators and the demo set it to each moment of a dossier's life
 * so that deadlines and the scorecard see a real timeline. Its zone is Vietnam's. Safe to read from
 * other threads; set it from one.
 */
public final class SettableClock extends Clock {
  private volatile Instant now;

  /** A clock standing at {@code now}. */
  public SettableClock(Instant now) {
    this.now = Objects.requireNonNull(now, "now");
  }

  /** Moves the clock to {@code instant}, forwards or back. */
  public void set(Instant instant) {
    now = Objects.requireNonNull(instant, "instant");
  }

  @Override
  public ZoneId getZone() {
    return WorkingCalendar.VIETNAM;
  }

  /** A view of this clock in {@code zone}: it follows every {@link #set}. */
  @Override
  public Clock withZone(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    SettableClock source = this;
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return source.withZone(other);
      }

      @Override
      public Instant instant() {
        return source.instant();
      }
    };
  }

  @Override
  public Instant instant() {
    return now;
  }
}
