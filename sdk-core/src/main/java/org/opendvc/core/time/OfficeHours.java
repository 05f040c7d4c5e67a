package org.opendvc.core.time;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The hours an agency works on a working day (giờ hành chính), as one or more sessions (buổi), such
 * as a morning and an afternoon.
 *
 * <p>{@link #standard()} is 08:00–12:00 and 13:00–17:00. The law fixes the length of the week, not
 * the clock: Decision 188/1999/QĐ-TTg sets a 40-hour week over five days for state agencies, and
 * each ministry or province sets its own opening times (some open at 07:00 or 07:30, some change
 * with the season). The default is therefore a convention of eight hours a day; configure the
 * agency's real hours with {@link #of(List)} or {@link #parse(String)}.
 *
 * <p>A session includes both its ends: 17:00 is within 13:00–17:00. Immutable and thread-safe.
 *
 * @param sessions the sessions in order, none overlapping
 */
public record OfficeHours(List<Session> sessions) {
  private static final OfficeHours STANDARD =
      new OfficeHours(
          List.of(
              new Session(LocalTime.of(8, 0), LocalTime.of(12, 0)),
              new Session(LocalTime.of(13, 0), LocalTime.of(17, 0))));

  /**
   * One stretch of work in a day, from {@code start} to {@code end} inclusive.
   *
   * @param start when it opens
   * @param end when it closes, after {@code start}
   */
  public record Session(LocalTime start, LocalTime end) {

    /**
     * Checks that the session ends after it starts.
     *
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     */
    public Session {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException(
            "a session must end after it starts: " + start + "-" + end);
      }
    }

    /** How long the session lasts. */
    public Duration length() {
      return Duration.between(start, end);
    }

    /** Whether {@code time} is within the session, both ends included. */
    public boolean contains(LocalTime time) {
      return !time.isBefore(start) && !time.isAfter(end);
    }

    /** The session as {@code 08:00-12:00}. */
    @Override
    public String toString() {
      return start + "-" + end;
    }
  }

  /**
   * Copies the sessions and checks their order.
   *
   * @throws IllegalArgumentException if there is no session, or one starts before the previous one
   *     ends
   */
  public OfficeHours {
    sessions = List.copyOf(sessions);
    if (sessions.isEmpty()) {
      throw new IllegalArgumentException("office hours need at least one session");
    }
    for (int i = 1; i < sessions.size(); i++) {
      if (sessions.get(i).start().isBefore(sessions.get(i - 1).end())) {
        throw new IllegalArgumentException(
            "sessions must be in order and not overlap: "
                + sessions.get(i - 1)
                + ", "
                + sessions.get(i));
      }
    }
  }

  /** 08:00–12:00 and 13:00–17:00, eight hours: the convention described above. */
  public static OfficeHours standard() {
    return STANDARD;
  }

  /** Office hours of the given sessions, in order. */
  public static OfficeHours of(List<Session> sessions) {
    return new OfficeHours(sessions);
  }

  /**
   * Reads office hours written as {@code 07:30-11:30,13:00-17:00}.
   *
   * @throws IllegalArgumentException if the text is not of that form or the sessions overlap
   */
  public static OfficeHours parse(String text) {
    Objects.requireNonNull(text, "text");
    List<Session> sessions = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String[] ends = part.strip().split("-", -1);
      if (ends.length != 2) {
        throw new IllegalArgumentException(
            "office hours are written like 08:00-12:00,13:00-17:00, not '" + text + "'");
      }
      try {
        sessions.add(
            new Session(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip())));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "office hours are written like 08:00-12:00,13:00-17:00, not '" + text + "'", e);
      }
    }
    return new OfficeHours(sessions);
  }

  /** When the first session opens. */
  public LocalTime opening() {
    return sessions.get(0).start();
  }

  /** When the last session closes. */
  public LocalTime closing() {
    return sessions.get(sessions.size() - 1).end();
  }

  /** The working time of one full day, the sessions added up. */
  public Duration perDay() {
    Duration total = Duration.ZERO;
    for (Session session : sessions) {
      total = total.plus(session.length());
    }
    return total;
  }

  /** Whether {@code time} falls within a session. */
  public boolean contains(LocalTime time) {
    Objects.requireNonNull(time, "time");
    for (Session session : sessions) {
      if (session.contains(time)) {
        return true;
      }
    }
    return false;
  }

  /** The hours as {@code 08:00-12:00,13:00-17:00}, the form {@link #parse} reads. */
  @Override
  public String toString() {
    return sessions.stream().map(Session::toString).collect(Collectors.joining(","));
  }
}
