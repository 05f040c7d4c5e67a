package org.opendvc.core.dossier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.ProcessingTime;
import org.opendvc.core.procedure.ProcessingTimeUnit;
import org.opendvc.core.time.WorkingCalendar;

/**
 * Due dates of dossiers, their classification as early, on time or late, and the eight-hour receipt
 * obligation, on a {@link WorkingCalendar}.
 *
 * <h2>The due date</h2>
 *
 * The processing time counts from the receipt (the first event into {@link DossierStatus#RECEIVED})
 * in the unit the procedure gives for the dossier's channel:
 *
 * <ul>
 *   <li>{@link ProcessingTimeUnit#WORKING_DAYS} <i>n</i>: by the close of office hours on the
 *       <i>n</i>-th working day after the receipt day ({@link WorkingCalendar#addWorkingDays}: 0 is
 *       the working day of receipt). A fractional <i>n</i> counts as that share of a day's office
 *       hours from the receipt instant.
 *   <li>{@link ProcessingTimeUnit#DAYS} <i>n</i>: the day of receipt is not counted and a period
 *       whose last day is a day off ends on the next working day (Civil Code 91/2015/QH13 Art. 147
 *       and 148(5), as quoted by thuvienphapluat.vn); the result is due by the close of office
 *       hours that day, as for working days, rather than at midnight.
 *   <li>{@link ProcessingTimeUnit#WORKING_HOURS}: office time from the receipt instant ({@link
 *       WorkingCalendar#addWorkingTime}); {@link ProcessingTimeUnit#HOURS}: clock time.
 * </ul>
 *
 * <h2>Waiting does not count</h2>
 *
 * Time the dossier spends in a status that {@linkplain DossierStatus#stopsTheClock() stops the
 * clock} after its receipt — waiting for a supplement or a payment — is added to the due date:
 * office time for the working units, clock time for the others. The due date then moves on by that
 * much, and a due date in days is rounded up to the close of office hours of the day it lands on,
 * so it stays "by the end of a working day". While a dossier waits, {@link #dueAt(Dossier,
 * Instant)} counts the wait up to the instant asked about; as of its last event (the due date the
 * lifecycle stores) an open wait has not counted yet.
 *
 * <h2>Classification</h2>
 *
 * Processing ends when the dossier first reaches {@link DossierStatus#COMPLETED} or {@link
 * DossierStatus#STOPPED}. It is {@link Timeliness#LATE} after the due instant, {@link
 * Timeliness#ON_TIME} on the due day (in the calendar's zone) by the due instant, {@link
 * Timeliness#EARLY} on an earlier day. An open dossier is {@link Timeliness#OVERDUE} once the due
 * instant has passed, {@link Timeliness#WITHIN_DEADLINE} before.
 *
 * <p>Immutable and thread-safe.
 */
public final class DossierDeadlines {
  private static final class StandardHolder {
    static final DossierDeadlines STANDARD = new DossierDeadlines(WorkingCalendar.standard());
  }

  private final WorkingCalendar calendar;

  /** Deadlines on {@code calendar}. */
  public DossierDeadlines(WorkingCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /** Deadlines on {@link WorkingCalendar#standard()}. */
  public static DossierDeadlines standard() {
    return StandardHolder.STANDARD;
  }

  /** The calendar deadlines are counted on. */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * When a dossier received at {@code receivedAt} is due, before any waiting.
   *
   * @throws java.time.DateTimeException if the count runs past the years the calendar covers
   */
  public Instant initialDueAt(Instant receivedAt, ProcessingTime time) {
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(time, "time");
    BigDecimal value = time.value();
    boolean whole = isWhole(value);
    return switch (time.unit()) {
      case WORKING_DAYS ->
          whole
              ? calendar.endOfOfficeHours(
                  calendar.addWorkingDays(receivedAt, value.intValueExact()))
              : calendar.addWorkingTime(receivedAt, times(calendar.officeHours().perDay(), value));
      case DAYS ->
          whole
              ? calendar.endOfOfficeHours(calendarDaysLater(receivedAt, value.intValueExact()))
              : receivedAt.plus(times(Duration.ofDays(1), value));
      case WORKING_HOURS -> calendar.addWorkingTime(receivedAt, hours(value));
      case HOURS -> receivedAt.plus(hours(value));
    };
  }

  /**
   * When {@code dossier} is due as of its last event: what {@link DossierLifecycle} stores in
   * {@link Dossier#dueAt()}.
   */
  public @Nullable Instant dueAt(Dossier dossier) {
    return dueAt(dossier, dossier.lastEvent().at());
  }

  /**
   * When {@code dossier} is due, counting only the events up to {@code asOf} and an open wait up to
   * {@code asOf}. Null before the receipt. A dossier without a processing time gives its recorded
   * {@link Dossier#dueAt()}, which may come from another system.
   *
   * @throws java.time.DateTimeException if the count runs past the years the calendar covers
   */
  public @Nullable Instant dueAt(Dossier dossier, Instant asOf) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(asOf, "asOf");
    return dueAt(dossier.processingTime(), dossier.events(), dossier.dueAt(), asOf);
  }

  /**
   * The due date of a dossier with {@code time} and {@code events} as of {@code asOf}; {@code
   * recorded} when there is no processing time.
   */
  @Nullable Instant dueAt(
      @Nullable ProcessingTime time,
      List<DossierEvent> events,
      @Nullable Instant recorded,
      Instant asOf) {
    if (time == null) {
      return recorded;
    }
    Clocked clocked = clocked(events, asOf, countsOfficeTime(time.unit()));
    if (clocked == null) {
      return null;
    }
    return extend(initialDueAt(clocked.received(), time), time, clocked.waited());
  }

  /**
   * The time {@code dossier} spent waiting after its receipt, up to {@code asOf}, in the measure
   * its processing time uses: office time for working days and hours, clock time otherwise. Zero
   * before the receipt or without a processing time.
   */
  public Duration waitingTime(Dossier dossier, Instant asOf) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(asOf, "asOf");
    ProcessingTime time = dossier.processingTime();
    if (time == null) {
      return Duration.ZERO;
    }
    Clocked clocked = clocked(dossier.events(), asOf, countsOfficeTime(time.unit()));
    return clocked == null ? Duration.ZERO : clocked.waited();
  }

  /** The receipt and the time waited after it, up to {@code asOf}. */
  private record Clocked(Instant received, Duration waited) {}

  /** The receipt and the waiting after it up to {@code asOf}; null before the receipt. */
  private @Nullable Clocked clocked(List<DossierEvent> events, Instant asOf, boolean office) {
    Instant received = null;
    Instant waitStart = null;
    Duration waited = Duration.ZERO;
    for (DossierEvent event : events) {
      if (event.at().isAfter(asOf)) {
        break;
      }
      if (waitStart != null) {
        waited = waited.plus(span(waitStart, event.at(), office));
        waitStart = null;
      }
      if (received == null && event.to() == DossierStatus.RECEIVED) {
        received = event.at();
      } else if (received != null && event.to().stopsTheClock()) {
        waitStart = event.at();
      }
    }
    if (received == null) {
      return null;
    }
    return new Clocked(
        received, waitStart == null ? waited : waited.plus(span(waitStart, asOf, office)));
  }

  /** How {@code dossier} stands against its due date at {@code asOf}. */
  public Timeliness timeliness(Dossier dossier, Instant asOf) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(asOf, "asOf");
    Instant received = dossier.receivedAt();
    if (received == null || received.isAfter(asOf)) {
      return Timeliness.NOT_APPLICABLE;
    }
    Instant ended = dossier.processingEndedAt();
    if (ended != null && ended.isAfter(asOf)) {
      ended = null;
    }
    Instant withdrawn = dossier.withdrawnAt();
    if (ended == null && withdrawn != null && !withdrawn.isAfter(asOf)) {
      return Timeliness.NOT_APPLICABLE;
    }
    Instant due = dueAt(dossier, asOf);
    if (due == null) {
      return Timeliness.NOT_APPLICABLE;
    }
    if (ended != null) {
      return classify(ended, due);
    }
    return asOf.isAfter(due) ? Timeliness.OVERDUE : Timeliness.WITHIN_DEADLINE;
  }

  /** {@link Timeliness#EARLY}, {@link Timeliness#ON_TIME} or {@link Timeliness#LATE}. */
  public Timeliness classify(Instant endedAt, Instant dueAt) {
    if (endedAt.isAfter(dueAt)) {
      return Timeliness.LATE;
    }
    LocalDate endDay = LocalDate.ofInstant(endedAt, calendar.zone());
    LocalDate dueDay = LocalDate.ofInstant(dueAt, calendar.zone());
    return endDay.isBefore(dueDay) ? Timeliness.EARLY : Timeliness.ON_TIME;
  }

  /**
   * The eight-working-hour receipt obligation of a dossier submitted online; empty for other
   * channels. Only the first submission counts: a dossier sent back for a supplement before receipt
   * and submitted again does not start a new obligation.
   */
  public Optional<ReceiptObligation> receiptObligation(Dossier dossier) {
    if (dossier.channel() != ChannelKind.ONLINE) {
      return Optional.empty();
    }
    Instant submitted = dossier.submittedAt();
    Instant answered = null;
    Instant withdrawn = null;
    for (DossierEvent event : dossier.events()) {
      if (event.from() != DossierStatus.SUBMITTED) {
        continue;
      }
      if (event.to() == DossierStatus.WITHDRAWN) {
        withdrawn = event.at();
      } else {
        answered = event.at();
      }
      break;
    }
    return Optional.of(
        new ReceiptObligation(
            submitted, calendar.receiptConfirmationDeadline(submitted), answered, withdrawn));
  }

  private Instant extend(Instant due, ProcessingTime time, Duration waited) {
    if (waited.isZero()) {
      return due;
    }
    boolean whole = isWhole(time.value());
    return switch (time.unit()) {
      case WORKING_DAYS -> {
        Instant moved = calendar.addWorkingTime(due, waited);
        yield whole ? closeOfDay(moved) : moved;
      }
      case DAYS -> whole ? closeOfDay(due.plus(waited)) : due.plus(waited);
      case WORKING_HOURS -> calendar.addWorkingTime(due, waited);
      case HOURS -> due.plus(waited);
    };
  }

  /** The close of office hours of the working day an instant counts for. */
  private Instant closeOfDay(Instant instant) {
    return calendar.endOfOfficeHours(calendar.receiptDay(instant));
  }

  /**
   * The day {@code n} calendar days after the receipt, not counting its day, moved to the next
   * working day when it is a day off; the receipt day itself (which may be the next working day)
   * for 0.
   */
  private LocalDate calendarDaysLater(Instant receivedAt, int n) {
    if (n == 0) {
      return calendar.receiptDay(receivedAt);
    }
    return calendar.receiptDay(LocalDate.ofInstant(receivedAt, calendar.zone()).plusDays(n));
  }

  private Duration span(Instant from, Instant to, boolean office) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    return office ? calendar.workingTimeBetween(from, to) : Duration.between(from, to);
  }

  private static boolean countsOfficeTime(ProcessingTimeUnit unit) {
    return unit == ProcessingTimeUnit.WORKING_DAYS || unit == ProcessingTimeUnit.WORKING_HOURS;
  }

  private static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  private static Duration hours(BigDecimal value) {
    return times(Duration.ofHours(1), value);
  }

  /** {@code unit × value}, to the second. */
  private static Duration times(Duration unit, BigDecimal value) {
    BigDecimal seconds = BigDecimal.valueOf(unit.getSeconds()).multiply(value);
    return Duration.ofSeconds(seconds.setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  @Override
  public String toString() {
    return "DossierDeadlines[" + calendar + "]";
  }
}
