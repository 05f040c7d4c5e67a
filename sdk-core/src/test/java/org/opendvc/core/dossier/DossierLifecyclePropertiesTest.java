package org.opendvc.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.opendvc.core.procedure.ProcessingTime;
import org.opendvc.core.procedure.ProcessingTimeUnit;
import org.opendvc.core.time.WorkingCalendar;

/**
 * Random event sequences through the lifecycle, legal and illegal: the dossier is never in an
 * illegal state, its due date is never before its receipt, and waiting is never counted.
 */
class DossierLifecyclePropertiesTest {
  private static final WorkingCalendar CALENDAR = WorkingCalendar.standard();
  private static final DossierDeadlines DEADLINES = new DossierDeadlines(CALENDAR);

  @Provide
  Arbitrary<List<DossierArbitraries.Step>> scripts() {
    return DossierArbitraries.scripts();
  }

  @Provide
  Arbitrary<ProcessingTime> times() {
    return DossierArbitraries.times();
  }

  @Provide
  Arbitrary<Instant> starts() {
    return DossierArbitraries.starts();
  }

  /** Plays {@code script}, checking each refusal left the dossier as it was and was due. */
  private static Dossier play(
      Instant start, ProcessingTime time, List<DossierArbitraries.Step> script) {
    return DossierArbitraries.play(
        start,
        time,
        script,
        refusal -> {
          assertThat(refusal.outcome().hasErrors()).isTrue();
          assertLegal(refusal.before());
          boolean legal =
              StatusTransitions.isAllowed(refusal.before().status(), refusal.step().target());
          assertThat(legal && refusal.step().target() != DossierStatus.PROCESSING)
              .as("a legal move other than a payment was refused: %s", refusal.outcome())
              .isFalse();
        });
  }

  /** The log is a legal walk in time order, and the due date is where it should be. */
  private static void assertLegal(Dossier dossier) {
    List<DossierEvent> events = dossier.events();
    assertThat(events.get(0).from()).isNull();
    assertThat(events.get(0).to()).isEqualTo(DossierStatus.SUBMITTED);
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).from()).isEqualTo(events.get(i - 1).to());
      assertThat(StatusTransitions.isAllowed(events.get(i).from(), events.get(i).to())).isTrue();
      assertThat(events.get(i).at()).isAfterOrEqualTo(events.get(i - 1).at());
    }
    Instant received = dossier.receivedAt();
    if (received == null) {
      assertThat(dossier.dueAt()).isNull();
    } else {
      assertThat(dossier.dueAt()).isNotNull().isAfterOrEqualTo(received);
      assertThat(dossier.dueAt()).isEqualTo(DEADLINES.dueAt(dossier));
    }
  }

  @Property(tries = 300)
  void noSequenceOfEvents_yieldsAnIllegalState(
      @ForAll("starts") Instant start,
      @ForAll("times") ProcessingTime time,
      @ForAll("scripts") List<DossierArbitraries.Step> script) {
    Dossier dossier = play(start, time, script);
    assertLegal(dossier);
    assertThat(dossier.toBuilder().build()).isEqualTo(dossier);
  }

  @Property(tries = 300)
  void theDueDate_isNeverBeforeTheReceipt_atAnyInstant(
      @ForAll("starts") Instant start,
      @ForAll("times") ProcessingTime time,
      @ForAll("scripts") List<DossierArbitraries.Step> script) {
    Dossier dossier = play(start, time, script);
    Instant received = dossier.receivedAt();
    for (DossierEvent event : dossier.events()) {
      Instant due = DEADLINES.dueAt(dossier, event.at().plus(Duration.ofHours(3)));
      if (received == null || received.isAfter(event.at().plus(Duration.ofHours(3)))) {
        assertThat(due).isNull();
      } else {
        assertThat(due).isAfterOrEqualTo(received);
      }
    }
  }

  @Property(tries = 300)
  void timeSpentWaiting_isNeverCounted(
      @ForAll("starts") Instant start,
      @ForAll("times") ProcessingTime time,
      @ForAll("scripts") List<DossierArbitraries.Step> script) {
    Dossier dossier = play(start, time, script);
    Instant received = dossier.receivedAt();
    if (received == null) {
      return;
    }
    boolean office =
        time.unit() == ProcessingTimeUnit.WORKING_DAYS
            || time.unit() == ProcessingTimeUnit.WORKING_HOURS;
    // The waits, measured here independently of DossierDeadlines.
    Duration waited = Duration.ZERO;
    List<DossierEvent> events = dossier.events();
    for (int i = 1; i < events.size() - 1; i++) {
      DossierEvent event = events.get(i);
      if (event.to().stopsTheClock() && !event.at().isBefore(received)) {
        Instant end = events.get(i + 1).at();
        waited =
            waited.plus(
                office
                    ? CALENDAR.workingTimeBetween(event.at(), end)
                    : Duration.between(event.at(), end));
      }
    }
    Instant due = dossier.dueAt();
    Duration total =
        office ? CALENDAR.workingTimeBetween(received, due) : Duration.between(received, due);
    Duration consumed = total.minus(waited);
    long n = time.value().longValueExact();
    Duration day = CALENDAR.officeHours().perDay();
    switch (time.unit()) {
      case WORKING_HOURS -> assertThat(consumed).isEqualTo(Duration.ofHours(n));
      case HOURS -> assertThat(consumed).isEqualTo(Duration.ofHours(n));
      case WORKING_DAYS ->
          // The rest of the receipt day, then n days; a wait rounds up to the close of a day.
          assertThat(consumed).isBetween(day.multipliedBy(n), day.multipliedBy(n + 2));
      case DAYS ->
          // The last day may be followed by days off (Tết: at most nine) before it ends.
          assertThat(consumed)
              .isBetween(Duration.ofDays(Math.max(0, n - 1)), Duration.ofDays(n + 11));
    }
  }
}
