package org.opendvc.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendvc.core.dossier.TestClock.vn;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendvc.core.Language;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.procedure.FeeKind;
import org.opendvc.core.time.WorkingCalendar;

class DossierLifecycleTest {
  private final TestClock clock = TestClock.at("2026-03-09T09:00");
  private final DossierLifecycle lifecycle = DossierLifecycle.of(WorkingCalendar.standard(), clock);

  /** Every move of the table. */
  static Stream<Arguments> legalMoves() {
    List<Arguments> moves = new ArrayList<>();
    for (DossierStatus from : DossierStatus.values()) {
      for (DossierStatus to : StatusTransitions.from(from)) {
        moves.add(Arguments.of(from, to));
      }
    }
    return moves.stream();
  }

  /** Every move the table does not allow. */
  static Stream<Arguments> illegalMoves() {
    List<Arguments> moves = new ArrayList<>();
    for (DossierStatus from : DossierStatus.values()) {
      for (DossierStatus to : DossierStatus.values()) {
        if (!StatusTransitions.isAllowed(from, to)) {
          moves.add(Arguments.of(from, to));
        }
      }
    }
    return moves.stream();
  }

  /** A dossier walked to {@code status}, one hour per move. */
  private Dossier in(DossierStatus status) {
    Dossier dossier = lifecycle.submit(Dossiers.draft(5), DossierEvent.APPLICANT);
    for (DossierStatus next : Dossiers.pathTo(status)) {
      clock.advance(Duration.ofHours(1));
      dossier = lifecycle.move(dossier, next, Dossiers.OFFICER, null).orElseThrow();
    }
    return dossier;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("legalMoves")
  void move_alongTheTable_appendsOneEventAndChangesTheStatus(DossierStatus from, DossierStatus to) {
    Dossier before = in(from);
    clock.advance(Duration.ofMinutes(30));

    Validated<Dossier> moved = lifecycle.move(before, to, Dossiers.OFFICER, "ghi chú");

    assertThat(moved.isValid()).as("%s", moved.diagnostics()).isTrue();
    Dossier after = moved.orElseThrow();
    assertThat(after.status()).isEqualTo(to);
    assertThat(after.events()).hasSize(before.events().size() + 1);
    assertThat(after.events().subList(0, before.events().size())).isEqualTo(before.events());
    DossierEvent event = after.lastEvent();
    assertThat(event.from()).isEqualTo(from);
    assertThat(event.to()).isEqualTo(to);
    assertThat(event.actor()).isEqualTo(Dossiers.OFFICER);
    assertThat(event.at()).isEqualTo(clock.instant());
    assertThat(event.note()).isEqualTo("ghi chú");
    assertThat(event.action()).isEqualTo(DossierAction.of(from, to));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("illegalMoves")
  void move_offTheTable_isRefusedAndTheDossierIsUnchanged(DossierStatus from, DossierStatus to) {
    Dossier before = in(from);
    Dossier copy = before.toBuilder().build();
    clock.advance(Duration.ofMinutes(30));

    Validated<Dossier> moved = lifecycle.move(before, to, Dossiers.OFFICER, null);

    assertThat(moved.value()).isEmpty();
    assertThat(moved.errors()).hasSize(1);
    Diagnostic error = moved.errors().get(0);
    String en = error.message().get(Language.EN);
    assertThat(en).contains(before.code().value()).contains(from.name()).contains(to.name());
    if (from.isFinal()) {
      assertThat(error.code()).isEqualTo("DOSSIER_FINAL_STATUS");
    } else {
      assertThat(error.code()).isEqualTo("DOSSIER_TRANSITION_NOT_ALLOWED");
      for (DossierStatus allowed : StatusTransitions.from(from)) {
        assertThat(en).contains(allowed.name());
      }
    }
    assertThat(before).isEqualTo(copy);
  }

  @Test
  void move_fromProcessingBackToSubmitted_namesTheAllowedMoves() {
    Dossier processing = in(DossierStatus.PROCESSING);

    Validated<Dossier> moved =
        lifecycle.move(processing, DossierStatus.SUBMITTED, Dossiers.OFFICER, null);

    assertThat(moved.errors().get(0).message().get(Language.EN))
        .isEqualTo(
            "Dossier 000.00.00.H56-260309-0001: cannot move from 4 PROCESSING to 1 SUBMITTED;"
                + " from 4 PROCESSING it may only move to 5 SUPPLEMENT_REQUESTED,"
                + " 6 PAYMENT_REQUESTED, 7 WITHDRAWN, 8 STOPPED, 9 COMPLETED");
  }

  @Test
  void move_whenTheClockReadsBeforeTheLastEvent_isRefused() {
    Dossier received = in(DossierStatus.RECEIVED);
    clock.advance(Duration.ofHours(-2));

    Validated<Dossier> moved = lifecycle.startProcessing(received, Dossiers.OFFICER);

    assertThat(moved.errors())
        .extracting(Diagnostic::code)
        .containsExactly("DOSSIER_EVENT_BEFORE_PREVIOUS");
  }

  @Test
  void submit_opensTheLogWithTheSubmissionAndNoDueDate() {
    Dossier dossier = lifecycle.submit(Dossiers.draft(5), DossierEvent.APPLICANT);

    assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
    assertThat(dossier.events())
        .containsExactly(DossierEvent.submission(vn("2026-03-09T09:00"), "applicant"));
    assertThat(dossier.dueAt()).isNull();
    assertThat(dossier.receivedAt()).isNull();
  }

  @Test
  void receive_setsTheDueDateFromTheProcessingTime() {
    Dossier dossier = lifecycle.submit(Dossiers.draft(5), DossierEvent.APPLICANT);
    clock.set("2026-03-09T10:30");

    Dossier received = lifecycle.receive(dossier, Dossiers.OFFICER).orElseThrow();

    // Monday 9 March + 5 working days = Monday 16 March, by the close of office hours.
    assertThat(received.receivedAt()).isEqualTo(vn("2026-03-09T10:30"));
    assertThat(received.dueAt()).isEqualTo(vn("2026-03-16T17:00"));
  }

  @Test
  void supplement_stopsTheClockAndMovesTheDueDateByTheWait() {
    Dossier dossier = lifecycle.submit(Dossiers.draft(5), DossierEvent.APPLICANT);
    dossier = lifecycle.receive(dossier, Dossiers.OFFICER).orElseThrow();
    clock.set("2026-03-10T09:00");
    dossier = lifecycle.startProcessing(dossier, Dossiers.OFFICER).orElseThrow();
    clock.set("2026-03-11T10:00");
    dossier =
        lifecycle.requestSupplement(dossier, Dossiers.OFFICER, "Bản sao giấy tờ").orElseThrow();

    assertThat(dossier.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    assertThat(dossier.dueAt()).isEqualTo(vn("2026-03-16T17:00"));
    assertThat(dossier.supplements())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.isOpen()).isTrue();
              assertThat(s.previousDueAt()).isEqualTo(vn("2026-03-16T17:00"));
            });

    // Answered two working days and two hours later (Wednesday 10:00 to Friday 12:00).
    clock.set("2026-03-13T12:00");
    dossier =
        lifecycle
            .supplement(
                dossier,
                DossierEvent.APPLICANT,
                List.of(SubmittedComponent.of("GT2", ComponentProvision.SUBMITTED)))
            .orElseThrow();

    assertThat(dossier.status()).isEqualTo(DossierStatus.PROCESSING);
    assertThat(dossier.lastEvent().action()).isEqualTo(DossierAction.SUPPLEMENT);
    // 18 office hours waited (6 on Wednesday, 8 on Thursday, 4 on Friday) moved on from Monday
    // 16 March 17:00 end on Thursday 19 March at 10:00, rounded up to the close of that day.
    assertThat(dossier.dueAt()).isEqualTo(vn("2026-03-19T17:00"));
    assertThat(dossier.components())
        .extracting(SubmittedComponent::component)
        .containsExactly("GT1", "GT2");
    assertThat(dossier.supplements())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.answeredAt()).isEqualTo(vn("2026-03-13T12:00"));
              assertThat(s.receivedBy()).isEqualTo("applicant");
              assertThat(s.newDueAt()).isEqualTo(vn("2026-03-19T17:00"));
            });
  }

  @Test
  void supplement_askedBeforeReceipt_returnsTheDossierToSubmitted() {
    Dossier dossier = lifecycle.submit(Dossiers.draft(5), DossierEvent.APPLICANT);
    clock.set("2026-03-09T11:00");
    dossier = lifecycle.requestSupplement(dossier, Dossiers.OFFICER, "Thiếu tờ khai").orElseThrow();
    clock.set("2026-03-10T11:00");

    Dossier answered =
        lifecycle.supplement(dossier, DossierEvent.APPLICANT, List.of()).orElseThrow();

    assertThat(answered.status()).isEqualTo(DossierStatus.SUBMITTED);
    assertThat(answered.dueAt()).isNull();
    assertThat(answered.supplements().get(0).newDueAt()).isNull();
  }

  @Test
  void supplement_whenNoneWasAskedFor_isRefused() {
    Dossier processing = in(DossierStatus.PROCESSING);

    Validated<Dossier> answered = lifecycle.supplement(processing, "applicant", List.of());

    assertThat(answered.errors())
        .extracting(Diagnostic::code)
        .containsExactly("DOSSIER_WRONG_STATUS");
    assertThat(answered.errors().get(0).message().get(Language.EN))
        .contains("4 PROCESSING")
        .contains("5 SUPPLEMENT_REQUESTED");
  }

  @Test
  void payment_inFull_takesTheDossierBackToProcessing() {
    Dossier processing = in(DossierStatus.PROCESSING);
    clock.advance(Duration.ofHours(1));
    DossierFee fee = new DossierFee("LP01", "Lệ phí", FeeKind.CHARGE, new BigDecimal("50000"));
    Dossier waiting =
        lifecycle.requestPayment(processing, Dossiers.OFFICER, List.of(fee)).orElseThrow();
    assertThat(waiting.paymentState()).isEqualTo(PaymentState.UNPAID);

    clock.advance(Duration.ofHours(1));
    Dossier part =
        lifecycle
            .recordPayment(
                waiting,
                "applicant",
                new Payment(
                    PaymentMethod.ONLINE_PORTAL, new BigDecimal("20000"), clock.instant(), "R1"))
            .orElseThrow();
    assertThat(part.status()).isEqualTo(DossierStatus.PAYMENT_REQUESTED);
    assertThat(part.paymentState()).isEqualTo(PaymentState.PARTLY_PAID);

    Dossier paid =
        lifecycle
            .recordPayment(
                part,
                "applicant",
                new Payment(
                    PaymentMethod.ONLINE_PORTAL, new BigDecimal("30000"), clock.instant(), "R2"))
            .orElseThrow();
    assertThat(paid.status()).isEqualTo(DossierStatus.PROCESSING);
    assertThat(paid.lastEvent().action()).isEqualTo(DossierAction.PAY);
    assertThat(paid.isPaidOnline()).isTrue();
  }

  @Test
  void recordPayment_onAFinalDossier_isRefused() {
    Dossier delivered = in(DossierStatus.RESULT_DELIVERED);
    Validated<Dossier> paid =
        lifecycle.recordPayment(
            delivered,
            "applicant",
            new Payment(PaymentMethod.OFFLINE, BigDecimal.TEN, clock.instant(), null));
    assertThat(paid.errors()).extracting(Diagnostic::code).containsExactly("DOSSIER_FINAL_STATUS");
  }

  @Test
  void complete_addsTheResults_andRate_needsAResult() {
    Dossier processing = in(DossierStatus.PROCESSING);
    assertThat(lifecycle.rate(processing, SatisfactionLevel.SATISFIED, null).errors())
        .extracting(Diagnostic::code)
        .containsExactly("DOSSIER_RATING_TOO_EARLY");

    clock.advance(Duration.ofHours(1));
    DossierResult certificate = new DossierResult("KQ1", "Giấy khai sinh", true, "D1", null, null);
    Dossier completed =
        lifecycle.complete(processing, Dossiers.OFFICER, List.of(certificate)).orElseThrow();
    Dossier rated =
        lifecycle.rate(completed, SatisfactionLevel.VERY_SATISFIED, "Nhanh").orElseThrow();

    assertThat(completed.results()).containsExactly(certificate);
    assertThat(completed.processingEndedAt()).isEqualTo(clock.instant());
    assertThat(rated.ratings())
        .singleElement()
        .extracting(Rating::level)
        .isEqualTo(SatisfactionLevel.VERY_SATISFIED);
    assertThat(rated.events()).isEqualTo(completed.events());
  }

  @Test
  void recordSync_coversTheWholeLog() {
    Dossier received = in(DossierStatus.RECEIVED);
    clock.advance(Duration.ofMinutes(5));

    Dossier synced = lifecycle.recordSync(received).orElseThrow();

    assertThat(synced.syncs()).containsExactly(new PortalSync(clock.instant(), 2));
  }

  @Test
  void anActorShapedLikeAPersonalNumber_isAProgrammingError() {
    Dossier dossier = lifecycle.submit(Dossiers.draft(5), DossierEvent.APPLICANT);
    assertThatThrownBy(() -> lifecycle.receive(dossier, Dossiers.ID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(Dossiers.ID);
    assertThatThrownBy(() -> lifecycle.receive(dossier, Dossiers.PHONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(Dossiers.PHONE);
  }
}
