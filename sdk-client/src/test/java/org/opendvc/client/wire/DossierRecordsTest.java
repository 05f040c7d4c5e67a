package org.opendvc.client.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.dossier.Applicant;
import org.opendvc.core.dossier.ApplicantKind;
import org.opendvc.core.dossier.ComponentProvision;
import org.opendvc.core.dossier.Dossier;
import org.opendvc.core.dossier.DossierEvent;
import org.opendvc.core.dossier.DossierFee;
import org.opendvc.core.dossier.DossierLifecycle;
import org.opendvc.core.dossier.DossierResult;
import org.opendvc.core.dossier.DossierStatus;
import org.opendvc.core.dossier.Payment;
import org.opendvc.core.dossier.PaymentMethod;
import org.opendvc.core.dossier.ProcedureRef;
import org.opendvc.core.dossier.SatisfactionLevel;
import org.opendvc.core.dossier.SubmittedComponent;
import org.opendvc.core.id.AgencyCode;
import org.opendvc.core.id.DossierCode;
import org.opendvc.core.id.LegacyIdNumber;
import org.opendvc.core.id.PersonalIdNumber;
import org.opendvc.core.id.PhoneNumber;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.FeeKind;
import org.opendvc.core.procedure.OnlineServiceLevel;
import org.opendvc.core.procedure.ProcessingTime;
import org.opendvc.core.procedure.ProcessingTimeUnit;
import org.opendvc.core.procedure.Sector;
import org.opendvc.core.time.WorkingCalendar;

class DossierRecordsTest {
  private static final String NAME = "Lê Thị Hồng";
  private static final String ID = "038190123456";
  private static final String CARD = "172345678";
  private static final String PHONE = "0987654321";
  private static final String EMAIL = "hong.le@example.vn";
  private static final String ADDRESS = "5 Trần Phú, Thanh Hóa";
  private static final ZoneId VN = WorkingCalendar.VIETNAM;

  /** A clock tests move. */
  private static final class StepClock extends Clock {
    private Instant now;

    StepClock(Instant now) {
      this.now = now;
    }

    void set(String vietnamTime) {
      now = vn(vietnamTime);
    }

    @Override
    public ZoneId getZone() {
      return VN;
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

  private static Instant vn(String time) {
    return LocalDateTime.parse(time).atZone(VN).toInstant();
  }

  /** Submitted online, received, asked for a supplement, paid, completed, delivered, rated. */
  private static Dossier dossier() {
    StepClock clock = new StepClock(vn("2026-03-09T09:00"));
    DossierLifecycle lifecycle = DossierLifecycle.of(WorkingCalendar.standard(), clock);
    Applicant applicant =
        new Applicant(
            ApplicantKind.CITIZEN,
            NAME,
            List.of(PersonalIdNumber.of(ID), LegacyIdNumber.parse(CARD).orElseThrow()),
            PhoneNumber.parse(PHONE).orElseThrow(),
            EMAIL,
            ADDRESS,
            true);
    Dossier d =
        lifecycle.submit(
            Dossier.builder(
                    DossierCode.of(AgencyCode.of("H56.14"), LocalDate.of(2026, 3, 9), 7),
                    new ProcedureRef(
                        ProcedureCode.of("1.004222"),
                        "2",
                        LocalizedText.of("Đăng ký thường trú", "Permanent residence registration"),
                        new Sector("CT", LocalizedText.of("Cư trú")),
                        OnlineServiceLevel.FULL),
                    ChannelKind.ONLINE,
                    applicant)
                .processingTime(ProcessingTime.of(7, ProcessingTimeUnit.WORKING_DAYS))
                .summary("Đăng ký thường trú cho " + NAME)
                .processingUnit("Công an phường Hạc Thành")
                .components(
                    List.of(
                        new SubmittedComponent(
                            "CT01",
                            "Tờ khai",
                            null,
                            SubjectRole.APPLICANT,
                            ComponentProvision.SUBMITTED,
                            true,
                            null,
                            null,
                            "F1",
                            "to-khai-" + NAME + ".pdf",
                            "https://example.vn/f1"),
                        new SubmittedComponent(
                            "GKS",
                            null,
                            null,
                            SubjectRole.APPLICANT,
                            ComponentProvision.REPLACED_BY_RESULT,
                            false,
                            "KQ.KHAISINH",
                            "KQ.KHAISINH",
                            null,
                            null,
                            null),
                        new SubmittedComponent(
                            "XNCT",
                            null,
                            null,
                            SubjectRole.APPLICANT,
                            ComponentProvision.FROM_REGISTRY,
                            false,
                            null,
                            null,
                            null,
                            null,
                            null),
                        SubmittedComponent.of("HDTN", ComponentProvision.NOT_PROVIDED)))
                .fees(
                    List.of(
                        new DossierFee(
                            "LP.CT",
                            "Lệ phí đăng ký cư trú",
                            FeeKind.CHARGE,
                            new BigDecimal("20000"))))
                .registries(List.of(Registry.POPULATION, Registry.CIVIL_STATUS)),
            DossierEvent.APPLICANT);
    clock.set("2026-03-09T09:05");
    d =
        lifecycle
            .recordPayment(
                d,
                DossierEvent.APPLICANT,
                new Payment(
                    PaymentMethod.ONLINE_PORTAL, new BigDecimal("20000"), clock.instant(), "PG1"))
            .orElseThrow();
    clock.set("2026-03-09T10:00");
    d = lifecycle.receive(d, "cb.0042").orElseThrow();
    clock.set("2026-03-09T11:00");
    d = lifecycle.startProcessing(d, "cb.0042").orElseThrow();
    clock.set("2026-03-10T09:00");
    d =
        lifecycle
            .requestSupplement(d, "cb.0042", "Bổ sung hợp đồng thuê nhà của " + NAME)
            .orElseThrow();
    clock.set("2026-03-11T09:00");
    d =
        lifecycle
            .supplement(
                d,
                DossierEvent.APPLICANT,
                List.of(SubmittedComponent.of("HDTN", ComponentProvision.SUBMITTED)))
            .orElseThrow();
    clock.set("2026-03-16T15:00");
    d =
        lifecycle
            .complete(
                d,
                "cb.0042",
                List.of(
                    new DossierResult(
                        "KQ.CT", "Xác nhận thường trú", true, "D9", "https://example.vn/d9", null)))
            .orElseThrow();
    clock.set("2026-03-17T08:30");
    d = lifecycle.deliverResult(d, "cb.0043").orElseThrow();
    clock.set("2026-03-17T09:00");
    return lifecycle.rate(d, SatisfactionLevel.VERY_SATISFIED, "Cảm ơn").orElseThrow();
  }

  @Test
  void syncRecord_mapsEveryModelledMember() {
    Dossier dossier = dossier();
    DossierSyncRecord r = DossierSyncRecord.from(dossier);

    assertThat(r.dossierCode()).isEqualTo("H56.14-260309-0007");
    assertThat(r.procedureCode()).isEqualTo("1.004222");
    assertThat(r.procedureName()).isEqualTo("Đăng ký thường trú");
    assertThat(r.sectorCode()).isEqualTo("CT");
    assertThat(r.sectorName()).isEqualTo("Cư trú");
    assertThat(r.channel()).isEqualTo(ChannelKind.ONLINE);
    assertThat(r.ownerName()).isEqualTo(NAME);
    assertThat(r.applicantType()).isEqualTo(ApplicantType.CITIZEN);
    assertThat(r.applicantCode()).isEqualTo(ID);
    assertThat(r.ownerDocumentNumber()).isEqualTo(ID);
    assertThat(r.ownerIdentifiers())
        .containsExactly(new OwnerIdentifier("1", ID), new OwnerIdentifier("2", CARD));
    assertThat(r.email()).isEqualTo(EMAIL);
    assertThat(r.phone()).isEqualTo(PHONE);
    assertThat(r.summary()).isEqualTo("Đăng ký thường trú cho " + NAME);
    assertThat(r.submittedAt()).isEqualTo(vn("2026-03-09T09:00"));
    assertThat(r.receivedAt()).isEqualTo(vn("2026-03-09T10:00"));
    // 7 working days from Monday 9 March is Wednesday 18; the supplement waited 8 office hours.
    assertThat(r.dueAt()).isEqualTo(dossier.dueAt()).isEqualTo(vn("2026-03-19T17:00"));
    assertThat(r.processingEndedAt()).isEqualTo(vn("2026-03-16T15:00"));
    assertThat(r.returnedAt()).isEqualTo(vn("2026-03-17T08:30"));
    assertThat(r.refusedAt()).isNull();
    assertThat(r.status()).isEqualTo(DossierStatus.RESULT_DELIVERED);
    assertThat(r.resultByPost()).isFalse();
    assertThat(r.processingUnit()).isEqualTo("Công an phường Hạc Thành");
    assertThat(r.hasDigitisedComponents()).isTrue();
    assertThat(r.ownerVerifiedWithVneid()).isTrue();
    assertThat(r.onlinePayment()).isEqualTo("1");
    assertThat(r.connectedDatabases()).isEmpty();
    assertThat(r.submittedDocuments())
        .containsExactly(
            new SubmittedDocument(
                "F1",
                "to-khai-" + NAME + ".pdf",
                false,
                "CT01",
                "https://example.vn/f1",
                true,
                "0",
                false,
                null),
            new SubmittedDocument(null, null, false, "GKS", null, false, "0", true, "KQ.KHAISINH"),
            new SubmittedDocument(null, null, false, "XNCT", null, false, "1", false, null),
            new SubmittedDocument(null, null, false, "HDTN", null, false, "0", false, null));
    assertThat(r.fees())
        .containsExactly(
            new FeeLine("Lệ phí đăng ký cư trú", "LP.CT", null, new BigDecimal("20000"), null));
    assertThat(r.supplements())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.id()).isEqualTo("H56.14-260309-0007-BS1");
              assertThat(s.requestedBy()).isEqualTo("cb.0042");
              assertThat(s.requestedAt()).isEqualTo(vn("2026-03-10T09:00"));
              assertThat(s.receivedAt()).isEqualTo(vn("2026-03-11T09:00"));
              assertThat(s.previousDueAt()).isEqualTo(vn("2026-03-18T17:00"));
              assertThat(s.newDueAt()).isEqualTo(vn("2026-03-19T17:00"));
            });
    assertThat(r.resultDocuments())
        .containsExactly(
            new ResultDocument(
                "Xác nhận thường trú", null, "D9", "https://example.vn/d9", "KQ.CT"));
    assertThat(r.receiptNumber()).isNull();
    assertThat(r.otherAttachments()).isEmpty();
  }

  @Test
  void syncRecord_listsTheDatabasesTheCallerGivesCodesFor() {
    DossierSyncRecord r = DossierRecords.syncRecord(dossier(), Map.of(Registry.POPULATION, "7"));
    assertThat(r.connectedDatabases()).containsExactly(new ConnectedDatabase("7"));
  }

  @Test
  void onlinePayment_isOneThreeOrZero() {
    Dossier paidOnline = dossier();
    Dossier paidAtTheDesk =
        paidOnline.toBuilder()
            .payments(
                List.of(
                    new Payment(
                        PaymentMethod.OFFLINE,
                        new BigDecimal("20000"),
                        vn("2026-03-09T10:00"),
                        null)))
            .build();
    Dossier free = paidOnline.toBuilder().fees(List.of()).payments(List.of()).build();
    assertThat(DossierSyncRecord.from(paidOnline).onlinePayment()).isEqualTo("1");
    assertThat(DossierSyncRecord.from(paidAtTheDesk).onlinePayment()).isEqualTo("3");
    assertThat(DossierSyncRecord.from(free).onlinePayment()).isEqualTo("0");
  }

  @Test
  void progress_isOneStepPerEvent_fromTheLog() {
    Dossier dossier = dossier();
    List<ProgressRecord> steps = DossierRecords.progress(dossier);

    assertThat(steps).hasSize(dossier.events().size());
    assertThat(steps)
        .extracting(ProgressRecord::status)
        .containsExactly(
            DossierStatus.SUBMITTED,
            DossierStatus.RECEIVED,
            DossierStatus.PROCESSING,
            DossierStatus.SUPPLEMENT_REQUESTED,
            DossierStatus.PROCESSING,
            DossierStatus.COMPLETED,
            DossierStatus.RESULT_DELIVERED);
    assertThat(steps)
        .extracting(ProgressRecord::content)
        .containsExactly(
            "Nộp hồ sơ",
            "Tiếp nhận hồ sơ",
            "Chuyển xử lý hồ sơ",
            "Yêu cầu bổ sung hồ sơ",
            "Công dân bổ sung hồ sơ",
            "Hoàn thành xử lý hồ sơ",
            "Trả kết quả");
    assertThat(steps.get(0).handler()).isNull();
    assertThat(steps.get(0).dueAt()).isNull();
    assertThat(steps.get(1).handler()).isEqualTo("cb.0042");
    assertThat(steps.get(1).startedAt()).isEqualTo(vn("2026-03-09T09:00"));
    assertThat(steps.get(1).dueAt()).isEqualTo(dossier.dueAt());
    assertThat(steps.get(6).handler()).isEqualTo("cb.0043");
    assertThat(steps).allMatch(s -> s.dossierCode().equals("H56.14-260309-0007"));
    assertThat(DossierRecords.progressSince(dossier, 5)).isEqualTo(steps.subList(5, 7));
    assertThat(DossierRecords.progressSince(dossier, 7)).isEmpty();
    assertThatThrownBy(() -> DossierRecords.progressSince(dossier, 8))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void ratings_areSentWithoutTheRater() {
    assertThat(DossierRecords.ratings(dossier()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.dossierCode()).isEqualTo("H56.14-260309-0007");
              assertThat(r.rating()).isEqualTo(Satisfaction.VERY_SATISFIED);
              assertThat(r.rater()).isNull();
              assertThat(r.ratedAt()).isEqualTo(vn("2026-03-17T09:00"));
            });
  }

  @Test
  void theWireJson_carriesTheMappedMembers() {
    String json = WireFormat.toJson(DossierSyncRecord.from(dossier()));
    assertThat(json)
        .contains("\"MaHoSo\":\"H56.14-260309-0007\"")
        .contains("\"TrangThaiHoSo\":\"10\"")
        .contains("\"NgayHenTra\":\"20260319170000\"")
        .contains("\"LoaiDoiTuong\":\"1\"")
        .contains("\"DuocThanhToanTrucTuyen\":\"1\"")
        .contains("\"MaKetQuaThayThe\":\"KQ.KHAISINH\"")
        .contains("\"DuocTaiSuDung\":\"1\"");
  }

  @Test
  void personalData_neverShowsInToStringOrExceptions() {
    Dossier dossier = dossier();
    DossierSyncRecord r = DossierSyncRecord.from(dossier);
    StringBuilder text = new StringBuilder();
    text.append(r)
        .append(r.ownerIdentifiers())
        .append(r.submittedDocuments())
        .append(r.fees())
        .append(r.supplements())
        .append(r.resultDocuments())
        .append(DossierRecords.progress(dossier))
        .append(DossierRecords.ratings(dossier))
        .append(dossier);
    assertThat(text.toString())
        .doesNotContain(NAME, ID, CARD, PHONE, EMAIL, ADDRESS, "Cảm ơn")
        .contains("H56.14-260309-0007");
    assertThatThrownBy(() -> DossierRecords.syncRecord(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("dossier");
  }
}
