package org.opendvc.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.procedure.FeeKind;
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

  /** One attempted step: after {@code minutes}, try to move to {@code target}. */
  record Step(int minutes, DossierStatus target, boolean typed) {}

  @Provide
  Arbitrary<List<Step>> scripts() {
    Arbitrary<Integer> minutes =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 180)),
            net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(180, 3 * 24 * 60)),
            net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(3 * 24 * 60, 20 * 24 * 60)));
    Arbitrary<Step> step =
        Combinators.combine(
                minutes, Arbitraries.of(DossierStatus.class), Arbitraries.of(true, false))
            .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(25);
  }

  @Provide
  Arbitrary<ProcessingTime> times() {
    return Arbitraries.oneOf(
        Arbitraries.integers()
            .between(0, 30)
            .map(n -> ProcessingTime.of(n, ProcessingTimeUnit.WORKING_DAYS)),
        Arbitraries.integers()
            .between(0, 30)
            .map(n -> ProcessingTime.of(n, ProcessingTimeUnit.DAYS)),
        Arbitraries.integers()
            .between(1, 80)
            .map(n -> ProcessingTime.of(n, ProcessingTimeUnit.WORKING_HOURS)),
        Arbitraries.integers()
            .between(1, 200)
            .map(n -> ProcessingTime.of(n, ProcessingTimeUnit.HOURS)));
  }

  @Provide
  Arbitrary<Instant> starts() {
    return Arbitraries.longs()
        .between(0, 365L * 24 * 60 * 3)
        .map(m -> TestClock.vn("2025-01-01T00:00").plus(Duration.ofMinutes(m)));
  }

  /** Plays {@code script}, checking each refusal leaves the dossier as it was. */
  private static Dossier play(Instant start, ProcessingTime time, List<Step> script) {
    TestClock clock = new TestClock(start);
    DossierLifecycle lifecycle = new DossierLifecycle(DEADLINES, clock);
    Dossier dossier = lifecycle.submit(Dossiers.draft(time), DossierEvent.APPLICANT);
    for (Step step : script) {
      clock.advance(Duration.ofMinutes(step.minutes()));
      Dossier before = dossier;
      Validated<Dossier> after = attempt(lifecycle, dossier, step);
      if (after.value().isPresent()) {
        dossier = after.value().get();
      } else {
        assertThat(after.hasErrors()).isTrue();
        assertThat(
                StatusTransitions.isAllowed(before.status(), step.target())
                    && step.target() != DossierStatus.PROCESSING)
            .as("a legal move other than a payment was refused: %s", after.diagnostics())
            .isFalse();
      }
      assertLegal(dossier);
    }
    return dossier;
  }

  /** The generic move, or the specific operation for the target when {@code typed}. */
  private static Validated<Dossier> attempt(
      DossierLifecycle lifecycle, Dossier dossier, Step step) {
    if (!step.typed()) {
      return lifecycle.move(dossier, step.target(), Dossiers.OFFICER, null);
    }
    return switch (step.target()) {
      case SUPPLEMENT_REQUESTED -> lifecycle.requestSupplement(dossier, Dossiers.OFFICER, "x");
      case PAYMENT_REQUESTED ->
          lifecycle.requestPayment(
              dossier,
              Dossiers.OFFICER,
              List.of(new DossierFee(null, "Lệ phí", FeeKind.CHARGE, BigDecimal.TEN)));
      case PROCESSING ->
          dossier.status() == DossierStatus.SUPPLEMENT_REQUESTED
              ? lifecycle.supplement(dossier, DossierEvent.APPLICANT, List.of())
              : lifecycle.recordPayment(
                  dossier,
                  DossierEvent.APPLICANT,
                  new Payment(
                      PaymentMethod.ONLINE_PORTAL,
                      dossier.totalFees().max(BigDecimal.ONE),
                      lifecycle.clock().instant(),
                      null));
      default -> lifecycle.move(dossier, step.target(), Dossiers.OFFICER, null);
    };
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
      @ForAll("scripts") List<Step> script) {
    Dossier dossier = play(start, time, script);
    assertThat(dossier.toBuilder().build()).isEqualTo(dossier);
  }

  @Property(tries = 300)
  void theDueDate_isNeverBeforeTheReceipt_atAnyInstant(
      @ForAll("starts") Instant start,
      @ForAll("times") ProcessingTime time,
      @ForAll("scripts") List<Step> script) {
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
      @ForAll("scripts") List<Step> script) {
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
