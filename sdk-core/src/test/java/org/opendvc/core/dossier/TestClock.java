package org.opendvc.core.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.opendvc.core.time.WorkingCalendar;

/** A clock tests move by hand. Not thread-safe. */
public final class TestClock extends Clock {
  private Instant now;

  public TestClock(Instant now) {
    this.now = now;
  }

  /** A clock at a local date-time in Vietnam, such as {@code 2026-03-09T09:00}. */
  public static TestClock at(String vietnamTime) {
    return new TestClock(vn(vietnamTime));
  }

  public static Instant vn(String vietnamTime) {
    return LocalDateTime.parse(vietnamTime).atZone(WorkingCalendar.VIETNAM).toInstant();
  }

  public void set(String vietnamTime) {
    now = vn(vietnamTime);
  }

  public void set(Instant instant) {
    now = instant;
  }

  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return WorkingCalendar.VIETNAM;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Instant instant() {
    return now;
  }
}
