package org.opendvc.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendvc.core.dossier.TestClock.vn;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.ProcessingTime;
import org.opendvc.core.procedure.ProcessingTimeUnit;
import org.opendvc.core.time.WorkingCalendar;

class DossierDeadlinesTest {
  private static final DossierDeadlines DEADLINES = DossierDeadlines.standard();

  @ParameterizedTest(name = "received {0}, {1} {2}: due {3}")
  @CsvSource({
    // Working days count from the working day after the receipt day.
    "2026-03-09T10:00, 5, WORKING_DAYS, 2026-03-16T17:00",
    "2026-03-09T10:00, 0, WORKING_DAYS, 2026-03-09T17:00",
    "2026-03-09T18:00, 0, WORKING_DAYS, 2026-03-10T17:00", // after hours: the next day
    "2026-02-13T10:00, 3, WORKING_DAYS, 2026-02-25T17:00", // across Tết 2026
    "2026-03-09T10:00, 0.5, WORKING_DAYS, 2026-03-09T15:00", // half a day of office time
    // Calendar days: the receipt day is not counted; a last day off moves to the next working day.
    "2026-03-09T10:00, 3, DAYS, 2026-03-12T17:00",
    "2026-03-09T10:00, 5, DAYS, 2026-03-16T17:00", // Saturday 14 March: Monday
    "2026-03-09T18:00, 0, DAYS, 2026-03-10T17:00",
    "2026-03-09T10:00, 8, WORKING_HOURS, 2026-03-10T10:00",
    "2026-03-09T16:00, 2, WORKING_HOURS, 2026-03-10T09:00",
    "2026-03-09T16:00, 2, HOURS, 2026-03-09T18:00",
    "2026-03-09T16:00, 1.5, HOURS, 2026-03-09T17:30"
  })
  void initialDueAt_countsInTheUnitOfTheProcessingTime(
      String received, BigDecimal value, ProcessingTimeUnit unit, String due) {
    assertThat(DEADLINES.initialDueAt(vn(received), new ProcessingTime(value, unit, null)))
        .isEqualTo(vn(due));
  }

  /** A dossier received at 2026-03-09T10:00 that waited as {@code steps} say. */
  private static Dossier dossier(ProcessingTime time, String... steps) {
    TestClock clock = TestClock.at("2026-03-09T09:00");
    DossierLifecycle lifecycle = new DossierLifecycle(DEADLINES, clock);
    Dossier d = lifecycle.submit(Dossiers.draft(time), DossierEvent.APPLICANT);
    clock.set("2026-03-09T10:00");
    d = lifecycle.receive(d, Dossiers.OFFICER).orElseThrow();
    for (String step : steps) {
      String[] parts = step.split(" ");
      clock.set(parts[0]);
      d = lifecycle.move(d, DossierStatus.valueOf(parts[1]), Dossiers.OFFICER, null).orElseThrow();
    }
    return d;
  }

  @Test
  void dueAt_ofCalendarDays_movesByTheClockTimeWaited() {
    Dossier d =
        dossier(
            ProcessingTime.of(3, ProcessingTimeUnit.DAYS),
            "2026-03-09T11:00 PROCESSING",
            "2026-03-10T09:00 PAYMENT_REQUESTED",
            "2026-03-12T09:00 PROCESSING");
    // Due Thursday 12 March 17:00, moved on by two days: Saturday 14 March, then Monday 16.
    assertThat(d.dueAt()).isEqualTo(vn("2026-03-16T17:00"));
  }

  @Test
  void dueAt_ofWorkingHours_movesByTheOfficeTimeWaited() {
    Dossier d =
        dossier(
            ProcessingTime.of(8, ProcessingTimeUnit.WORKING_HOURS),
            "2026-03-09T11:00 PROCESSING",
            "2026-03-09T16:00 SUPPLEMENT_REQUESTED",
            "2026-03-10T09:00 PROCESSING");
    // Due Tuesday 10:00, moved on by the two office hours waited (16:00-17:00, 08:00-09:00).
    assertThat(d.dueAt()).isEqualTo(vn("2026-03-10T12:00"));
    assertThat(DEADLINES.waitingTime(d, d.lastEvent().at())).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void dueAt_whileWaiting_countsTheWaitUpToTheInstantAsked() {
    Dossier d =
        dossier(
            ProcessingTime.of(8, ProcessingTimeUnit.WORKING_HOURS),
            "2026-03-09T11:00 PROCESSING",
            "2026-03-09T16:00 SUPPLEMENT_REQUESTED");
    assertThat(d.dueAt()).isEqualTo(vn("2026-03-10T10:00"));
    assertThat(DEADLINES.dueAt(d, vn("2026-03-11T08:30"))).isEqualTo(vn("2026-03-11T11:30"));
    // Asked about a time before the wait, the wait does not exist yet.
    assertThat(DEADLINES.dueAt(d, vn("2026-03-09T12:00"))).isEqualTo(vn("2026-03-10T10:00"));
    assertThat(DEADLINES.dueAt(d, vn("2026-03-09T09:30"))).isNull();
  }

  @Test
  void aWaitBeforeReceipt_doesNotMoveTheDueDate() {
    TestClock clock = TestClock.at("2026-03-09T09:00");
    DossierLifecycle lifecycle = new DossierLifecycle(DEADLINES, clock);
    Dossier d = lifecycle.submit(Dossiers.draft(5), DossierEvent.APPLICANT);
    clock.set("2026-03-09T10:00");
    d = lifecycle.requestSupplement(d, Dossiers.OFFICER, "Thiếu").orElseThrow();
    clock.set("2026-03-11T10:00");
    d = lifecycle.supplement(d, DossierEvent.APPLICANT, List.of()).orElseThrow();
    d = lifecycle.receive(d, Dossiers.OFFICER).orElseThrow();
    assertThat(d.dueAt()).isEqualTo(vn("2026-03-18T17:00"));
    assertThat(DEADLINES.waitingTime(d, d.lastEvent().at())).isZero();
  }

  @ParameterizedTest(name = "ended {0}: {1}")
  @CsvSource({
    "2026-03-13T16:00, EARLY",
    "2026-03-16T08:00, ON_TIME",
    "2026-03-16T17:00, ON_TIME",
    "2026-03-16T17:01, LATE",
    "2026-03-20T10:00, LATE"
  })
  void timeliness_ofAFinishedDossier_comparesTheEndWithTheDueDay(
      String ended, Timeliness expected) {
    Dossier d =
        dossier(
            ProcessingTime.of(5, ProcessingTimeUnit.WORKING_DAYS),
            "2026-03-09T11:00 PROCESSING",
            ended + " COMPLETED",
            "2026-03-25T09:00 RESULT_DELIVERED");
    assertThat(DEADLINES.timeliness(d, vn("2026-03-31T00:00"))).isEqualTo(expected);
  }

  @Test
  void timeliness_ofAnOpenDossier_isWithinOrOverdueAtTheInstantAsked() {
    Dossier d =
        dossier(
            ProcessingTime.of(5, ProcessingTimeUnit.WORKING_DAYS), "2026-03-09T11:00 PROCESSING");
    assertThat(DEADLINES.timeliness(d, vn("2026-03-16T17:00")))
        .isEqualTo(Timeliness.WITHIN_DEADLINE);
    assertThat(DEADLINES.timeliness(d, vn("2026-03-16T17:01"))).isEqualTo(Timeliness.OVERDUE);
    assertThat(DEADLINES.timeliness(d, vn("2026-03-09T09:30")))
        .isEqualTo(Timeliness.NOT_APPLICABLE);
  }

  @Test
  void timeliness_looksOnlyAtEventsUpToTheInstantAsked() {
    // Overdue at the end of March; a wait in April moves the final due date, not March's.
    Dossier d =
        dossier(
            ProcessingTime.of(5, ProcessingTimeUnit.WORKING_DAYS),
            "2026-03-09T11:00 PROCESSING",
            "2026-04-01T09:00 SUPPLEMENT_REQUESTED",
            "2026-04-30T09:00 PROCESSING",
            "2026-05-05T09:00 COMPLETED");
    assertThat(DEADLINES.timeliness(d, vn("2026-03-31T23:59"))).isEqualTo(Timeliness.OVERDUE);
    assertThat(DEADLINES.timeliness(d, vn("2026-06-01T00:00"))).isEqualTo(Timeliness.LATE);
  }

  @Test
  void timeliness_ofAWithdrawnOrRefusedDossier_doesNotApply() {
    Dossier withdrawn =
        dossier(
            ProcessingTime.of(5, ProcessingTimeUnit.WORKING_DAYS), "2026-03-20T11:00 WITHDRAWN");
    assertThat(DEADLINES.timeliness(withdrawn, vn("2026-03-31T00:00")))
        .isEqualTo(Timeliness.NOT_APPLICABLE);
    Dossier noTime =
        Dossiers.draft(5)
            .processingTime(null)
            .events(
                List.of(
                    DossierEvent.submission(vn("2026-03-09T09:00"), "applicant"),
                    new DossierEvent(
                        vn("2026-03-09T10:00"),
                        "cb",
                        DossierStatus.SUBMITTED,
                        DossierStatus.RECEIVED,
                        null)))
            .build();
    assertThat(DEADLINES.timeliness(noTime, vn("2026-03-31T00:00")))
        .isEqualTo(Timeliness.NOT_APPLICABLE);
  }

  @Test
  void aDossierWithoutProcessingTime_keepsTheDueDateItWasGiven() {
    Instant given = vn("2026-03-20T17:00");
    Dossier imported =
        Dossiers.draft(5)
            .processingTime(null)
            .events(
                List.of(
                    DossierEvent.submission(vn("2026-03-09T09:00"), "applicant"),
                    new DossierEvent(
                        vn("2026-03-09T10:00"),
                        "cb",
                        DossierStatus.SUBMITTED,
                        DossierStatus.RECEIVED,
                        null)))
            .dueAt(given)
            .build();
    assertThat(DEADLINES.dueAt(imported)).isEqualTo(given);
    assertThat(DEADLINES.timeliness(imported, vn("2026-03-21T00:00")))
        .isEqualTo(Timeliness.OVERDUE);
  }

  @Test
  void receiptObligation_ofAnOnlineDossier_isEightWorkingHours() {
    Dossier d = dossier(ProcessingTime.of(5, ProcessingTimeUnit.WORKING_DAYS));
    ReceiptObligation obligation = DEADLINES.receiptObligation(d).orElseThrow();
    assertThat(obligation.dueAt()).isEqualTo(vn("2026-03-10T09:00"));
    assertThat(obligation.answeredAt()).isEqualTo(vn("2026-03-09T10:00"));
    assertThat(obligation.met()).isTrue();
    assertThat(obligation.state(vn("2026-03-12T00:00"))).isEqualTo(ReceiptObligation.State.MET);
  }

  @Test
  void receiptObligation_unanswered_isPendingThenOverdue_andLateAnswerIsMissed() {
    TestClock clock = TestClock.at("2026-03-13T16:00"); // Friday
    DossierLifecycle lifecycle = new DossierLifecycle(DEADLINES, clock);
    Dossier d = lifecycle.submit(Dossiers.draft(5), DossierEvent.APPLICANT);
    ReceiptObligation open = DEADLINES.receiptObligation(d).orElseThrow();
    assertThat(open.dueAt()).isEqualTo(vn("2026-03-16T16:00"));
    assertThat(open.state(vn("2026-03-16T15:59"))).isEqualTo(ReceiptObligation.State.PENDING);
    assertThat(open.state(vn("2026-03-16T16:01"))).isEqualTo(ReceiptObligation.State.OVERDUE);

    clock.set("2026-03-17T08:00");
    Dossier late = lifecycle.receive(d, Dossiers.OFFICER).orElseThrow();
    assertThat(DEADLINES.receiptObligation(late).orElseThrow().state(vn("2026-03-20T00:00")))
        .isEqualTo(ReceiptObligation.State.MISSED);
  }

  @Test
  void receiptObligation_appliesOnlyOnline() {
    Dossier inPerson =
        Dossiers.draft(5)
            .channel(ChannelKind.IN_PERSON)
            .events(List.of(DossierEvent.submission(vn("2026-03-09T09:00"), "cb")))
            .build();
    assertThat(DEADLINES.receiptObligation(inPerson)).isEmpty();
    assertThat(new DossierDeadlines(WorkingCalendar.standard()).calendar()).isNotNull();
  }
}
