package org.opendvc.core.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.opendvc.core.time.WorkingCalendar;

/** A clock tests move by hand. Not thread-safe. */
final class TestClock extends Clock {
  private Instant now;

  TestClock(Instant now) {
    this.now = now;
  }

  /** A clock at a local date-time in Vietnam, such as {@code 2026-03-09T09:00}. */
  static TestClock at(String vietnamTime) {
    return new TestClock(vn(vietnamTime));
  }

  static Instant vn(String vietnamTime) {
    return LocalDateTime.parse(vietnamTime).atZone(WorkingCalendar.VIETNAM).toInstant();
  }

  void set(String vietnamTime) {
    now = vn(vietnamTime);
  }

  void set(Instant instant) {
    now = instant;
  }

  void advance(Duration duration) {
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
