package org.opendvc.testkit.synthetic;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.opendvc.core.time.WorkingCalendar;

/** The clock a generator moves as it tells a dossier's story. Not thread-safe. */
final class SettableClock extends Clock {
  private Instant now;

  SettableClock(Instant now) {
    this.now = now;
  }

  void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return WorkingCalendar.VIETNAM;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the generator reads instants only");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
