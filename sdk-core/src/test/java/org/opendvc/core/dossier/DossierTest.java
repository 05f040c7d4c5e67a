package org.opendvc.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opendvc.core.dossier.TestClock.vn;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.procedure.FeeKind;

class DossierTest {
  private static DossierEvent event(String at, DossierStatus from, DossierStatus to) {
    return new DossierEvent(vn(at), Dossiers.OFFICER, from, to, null);
  }

  private static final List<DossierEvent> RECEIVED =
      List.of(
          DossierEvent.submission(vn("2026-03-09T09:00"), "applicant"),
          event("2026-03-09T10:00", DossierStatus.SUBMITTED, DossierStatus.RECEIVED));

  @Test
  void build_withoutAnEventLog_isRefused() {
    assertThatThrownBy(() -> Dossiers.draft(5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Dossier 000.00.00.H56-260309-0001: the log must open with the submission (no from,"
                + " to SUBMITTED)");
  }

  @Test
  void build_withAnIllegalMoveInTheLog_isRefused() {
    List<DossierEvent> events =
        List.of(
            DossierEvent.submission(vn("2026-03-09T09:00"), "applicant"),
            event("2026-03-09T10:00", DossierStatus.SUBMITTED, DossierStatus.COMPLETED));
    assertThatThrownBy(() -> Dossiers.draft(5).events(events).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot move from 1 SUBMITTED to 9 COMPLETED");
  }

  @Test
  void build_withABrokenChainOrEventsOutOfOrder_isRefused() {
    assertThatThrownBy(
            () ->
                Dossiers.draft(5)
                    .events(
                        List.of(
                            RECEIVED.get(0),
                            RECEIVED.get(1),
                            event(
                                "2026-03-09T11:00",
                                DossierStatus.SUBMITTED,
                                DossierStatus.RECEIVED)))
                    .build())
        .hasMessageContaining("event 2 starts from 1 SUBMITTED")
        .hasMessageContaining("2 RECEIVED");
    assertThatThrownBy(
            () ->
                Dossiers.draft(5)
                    .events(
                        List.of(
                            RECEIVED.get(0),
                            event(
                                "2026-03-09T08:00",
                                DossierStatus.SUBMITTED,
                                DossierStatus.RECEIVED)))
                    .build())
        .hasMessageContaining("earlier than the one before it");
  }

  @Test
  void build_withADueDateBeforeTheReceiptOrWithoutOne_isRefused() {
    assertThatThrownBy(
            () -> Dossiers.draft(5).events(RECEIVED).dueAt(vn("2026-03-09T09:30")).build())
        .hasMessageContaining("is before the receipt");
    assertThatThrownBy(
            () ->
                Dossiers.draft(5)
                    .events(RECEIVED.subList(0, 1))
                    .dueAt(vn("2026-03-20T17:00"))
                    .build())
        .hasMessageContaining("never received");
  }

  @Test
  void build_withASyncBeyondTheLogOrBeforeItsEvents_isRefused() {
    assertThatThrownBy(
            () ->
                Dossiers.draft(5)
                    .events(RECEIVED)
                    .syncs(List.of(new PortalSync(vn("2026-03-09T11:00"), 3)))
                    .build())
        .hasMessageContaining("covers 3 events");
    assertThatThrownBy(
            () ->
                Dossiers.draft(5)
                    .events(RECEIVED)
                    .syncs(List.of(new PortalSync(vn("2026-03-09T09:30"), 2)))
                    .build())
        .hasMessageContaining("earlier than the last event it covers");
  }

  @Test
  void derivedDates_comeFromTheLog() {
    Dossier d =
        Dossiers.draft(5)
            .events(
                List.of(
                    RECEIVED.get(0),
                    RECEIVED.get(1),
                    event("2026-03-09T11:00", DossierStatus.RECEIVED, DossierStatus.PROCESSING),
                    event("2026-03-10T11:00", DossierStatus.PROCESSING, DossierStatus.COMPLETED),
                    event(
                        "2026-03-11T11:00",
                        DossierStatus.COMPLETED,
                        DossierStatus.RESULT_DELIVERED)))
            .build();
    assertThat(d.status()).isEqualTo(DossierStatus.RESULT_DELIVERED);
    assertThat(d.submittedAt()).isEqualTo(vn("2026-03-09T09:00"));
    assertThat(d.receivedAt()).isEqualTo(vn("2026-03-09T10:00"));
    assertThat(d.processingEndedAt()).isEqualTo(vn("2026-03-10T11:00"));
    assertThat(d.deliveredAt()).isEqualTo(vn("2026-03-11T11:00"));
    assertThat(d.refusedAt()).isNull();
    assertThat(d.withdrawnAt()).isNull();
    assertThat(d.firstReached(DossierStatus.PROCESSING)).contains(vn("2026-03-09T11:00"));
    assertThat(d.agency().value()).isEqualTo("000.00.00.H56");
  }

  @Test
  void paymentState_followsFeesAndPayments() {
    Dossier.Builder b = Dossiers.draft(5).events(RECEIVED);
    assertThat(b.build().paymentState()).isEqualTo(PaymentState.NONE_DUE);
    b.addFee(new DossierFee("LP", "Lệ phí", FeeKind.CHARGE, new BigDecimal("8000")));
    assertThat(b.build().paymentState()).isEqualTo(PaymentState.UNPAID);
    Instant at = vn("2026-03-09T10:00");
    b.addPayment(new Payment(PaymentMethod.OFFLINE, new BigDecimal("8000"), at, null));
    assertThat(b.build().paymentState()).isEqualTo(PaymentState.PAID);
    assertThat(b.build().isPaidOnline()).isFalse();
  }

  @Test
  void componentFlags_followTheProvision_asTheOnceOnlyRulesSetThem() {
    SubmittedComponent registry = SubmittedComponent.of("GT1", ComponentProvision.FROM_REGISTRY);
    SubmittedComponent result =
        new SubmittedComponent(
            "GT2",
            null,
            null,
            SubjectRole.CHILD,
            ComponentProvision.REPLACED_BY_RESULT,
            false,
            "KQ.KHAISINH",
            "KQ.KHAISINH",
            null,
            null,
            null);
    SubmittedComponent paper = SubmittedComponent.of("GT3", ComponentProvision.SUBMITTED);
    assertThat(registry.reused()).isTrue();
    assertThat(registry.fromWarehouse()).isFalse();
    assertThat(result.reused()).isFalse();
    assertThat(result.fromWarehouse()).isTrue();
    assertThat(paper.isElectronic()).isFalse();
    assertThat(result.isElectronic()).isTrue();
    assertThatThrownBy(() -> SubmittedComponent.of("GT4", ComponentProvision.REPLACED_BY_RESULT))
        .hasMessageContaining("GT4");
  }

  @Test
  void toString_showsNoPersonalData() {
    Dossier d =
        Dossiers.draft(5)
            .summary("Khai sinh cho con của " + Dossiers.NAME)
            .events(
                List.of(
                    RECEIVED.get(0),
                    new DossierEvent(
                        vn("2026-03-09T10:00"),
                        Dossiers.OFFICER,
                        DossierStatus.SUBMITTED,
                        DossierStatus.REFUSED,
                        "Ông " + Dossiers.NAME + " nộp sai nơi")))
            .supplements(
                List.of(
                    new Supplement(
                        vn("2026-03-09T09:30"),
                        Dossiers.OFFICER,
                        "CCCD " + Dossiers.ID,
                        null,
                        null,
                        null,
                        null)))
            .ratings(
                List.of(
                    new Rating(
                        SatisfactionLevel.SATISFIED, vn("2026-03-10T10:00"), Dossiers.PHONE)))
            .build();
    String all =
        d
            + " "
            + d.applicant()
            + " "
            + d.events()
            + " "
            + d.supplements()
            + " "
            + d.ratings()
            + " "
            + d.components();
    assertThat(all)
        .doesNotContain(Dossiers.NAME)
        .doesNotContain(Dossiers.ID)
        .doesNotContain(Dossiers.PHONE)
        .doesNotContain("an.nguyen")
        .doesNotContain("Lê Lợi")
        .contains("0010******56")
        .contains("000.00.00.H56-260309-0001");
    assertThat(d.procedure().code()).isEqualTo(ProcedureCode.of("1.001193"));
  }

  @Test
  void applicant_refusesAnIdentifierKindThatCannotIdentifyAnOwner() {
    assertThatThrownBy(
            () ->
                Applicant.citizen(
                    "X", org.opendvc.core.id.PhoneNumber.parse(Dossiers.PHONE).orElseThrow()))
        .hasMessage("an applicant cannot be identified by a phone");
  }
}
