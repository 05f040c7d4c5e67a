package org.opendvc.client.wire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.dossier.ApplicantKind;
import org.opendvc.core.dossier.Dossier;
import org.opendvc.core.dossier.DossierEvent;
import org.opendvc.core.dossier.DossierFee;
import org.opendvc.core.dossier.DossierResult;
import org.opendvc.core.dossier.PaymentState;
import org.opendvc.core.dossier.Rating;
import org.opendvc.core.dossier.SatisfactionLevel;
import org.opendvc.core.dossier.SubmittedComponent;
import org.opendvc.core.dossier.Supplement;
import org.opendvc.core.id.Identifier;
import org.opendvc.core.id.IdentifierKind;

/**
 * Maps an sdk-core {@link Dossier} onto the records DVCQG takes: the dossier sync record ({@code
 * DongBoHoSoMC}), its progress steps ({@code CapNhatTienDoHoSoMC}) and its ratings.
 *
 * <p>Every member of the reference's §2.4 is considered; those OpenDVC's dossier does not model, or
 * whose code list is not published, are left out (null or empty), as the portal's integrations
 * allow:
 *
 * <table>
 *   <caption>Sync record members and where they come from</caption>
 *   <tr><th>member</th><th>from</th></tr>
 *   <tr><td>{@code MaHoSo}, {@code MaTTHC}, {@code TenTTHC}, {@code MaLinhVuc},
 *       {@code TenLinhVuc}</td><td>the code; the procedure reference (names in Vietnamese)</td></tr>
 *   <tr><td>{@code KenhThucHien}</td><td>the channel</td></tr>
 *   <tr><td>{@code ChuHoSo}, {@code LoaiDoiTuong}, {@code Email}, {@code SoDienThoai}</td>
 *       <td>the applicant: name, kind (citizen 1, enterprise 2, agency 3, other 4), e-mail,
 *       phone</td></tr>
 *   <tr><td>{@code MaDoiTuong}, {@code SoGiayToChuHoSo}</td><td>the applicant's first
 *       identifier</td></tr>
 *   <tr><td>{@code DinhDanhCHS}</td><td>the applicant's personal identification (type 1) and
 *       legacy card (type 2) numbers</td></tr>
 *   <tr><td>{@code TrichYeuHoSo}</td><td>the summary, cut to 1,000 characters as the Thanh Hóa
 *       sync does</td></tr>
 *   <tr><td>{@code NgayNopHoSo}, {@code NgayTiepNhan}, {@code NgayHenTra}, {@code
 *       NgayKetThucXuLy}, {@code NgayTra}, {@code NgayTuChoi}</td><td>the submission, the
 *       receipt, the due date, the end of processing, the delivery, the refusal</td></tr>
 *   <tr><td>{@code TrangThaiHoSo}</td><td>the status</td></tr>
 *   <tr><td>{@code HinhThuc}, {@code DonViXuLy}</td><td>result by post; the processing
 *       unit</td></tr>
 *   <tr><td>{@code HoSoCoThanhPhanSoHoa}, {@code TaiKhoanDuocXacThucVoiVNeID}</td><td>whether
 *       a component is electronic; whether the applicant's account is VNeID-verified</td></tr>
 *   <tr><td>{@code DuocThanhToanTrucTuyen}</td><td>{@code "1"} paid in full online, {@code
 *       "3"} fees owed but not paid online, {@code "0"} no fee</td></tr>
 *   <tr><td>{@code DSKetNoiCSDL}</td><td>the registries drawn on, through a code table the
 *       caller gives (the {@code MaCSDL} list is not published); empty by default</td></tr>
 *   <tr><td>{@code TaiLieuNop}</td><td>the components provided, with {@code DuocSoHoa}, {@code
 *       DuocTaiSuDung} ({@code "1"} reused, {@code "0"} not; {@code "2"} is not used: its
 *       meaning is not published), {@code DuocLayTuKhoDMQG}, {@code MaKetQuaThayThe}; file names
 *       cut to 4,000 characters</td></tr>
 *   <tr><td>{@code DanhSachLePhi}</td><td>the fees: name, code, amount ({@code HinhThucThu} and
 *       {@code LoaiPhiLePhi} are left out: their codes are not published)</td></tr>
 *   <tr><td>{@code DanhSachHoSoBoSung}</td><td>the supplement requests, numbered {@code
 *       <code>-BS<n>}</td></tr>
 *   <tr><td>{@code DanhSachGiayToKetQua}</td><td>the results</td></tr>
 *   <tr><td>{@code SoBienNhan}, {@code ThongTinKhac}, {@code Fax}, {@code ThongTinTra}, {@code
 *       GhiChu}, {@code NoiNopHoSo}, {@code DanhSachTepDinhKemKhac}</td><td>not modelled: left
 *       out</td></tr>
 * </table>
 *
 * <p>Progress steps come from the event log, one per event: {@code NguoiXuLy} is the officer id
 * (cut to 50 characters; left out for what the applicant or the system did), {@code NoiDungXuLy}
 * the action in Vietnamese (the officer's note is not sent: it may hold personal data), {@code
 * TrangThai} the status after the event, {@code NgayBatDau} the time of the event before, {@code
 * NgayKetThucTheoQuyDinh} the dossier's due date for steps after the receipt. OpenDVC does not add
 * the synthetic opening and closing steps the Thanh Hóa system sends.
 *
 * <p>Stateless and thread-safe. The records carry personal data to the portal, as they must; their
 * {@code toString()} masks it.
 */
public final class DossierRecords {
  /** The longest summary sent ({@code TrichYeuHoSo}), as the Thanh Hóa sync cuts it. */
  public static final int MAX_SUMMARY = 1000;

  /** The longest officer name sent ({@code NguoiXuLy}). */
  public static final int MAX_HANDLER = 50;

  /** The longest file name sent ({@code TenTepDinhKem}). */
  public static final int MAX_FILE_NAME = 4000;

  private DossierRecords() {}

  /** The sync record of {@code dossier}, without database codes ({@code DSKetNoiCSDL} empty). */
  public static DossierSyncRecord syncRecord(Dossier dossier) {
    return syncRecord(dossier, Map.of());
  }

  /**
   * The sync record of {@code dossier}, with {@code DSKetNoiCSDL} listing the {@code MaCSDL} code
   * {@code databaseCodes} gives each registry the dossier drew on (registries without a code are
   * left out).
   */
  public static DossierSyncRecord syncRecord(Dossier dossier, Map<Registry, String> databaseCodes) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(databaseCodes, "databaseCodes");
    var applicant = dossier.applicant();
    var procedure = dossier.procedure();
    Identifier first = applicant.primaryIdentifier().orElse(null);
    String code = dossier.code().value();
    DossierSyncRecord.Builder b =
        DossierSyncRecord.builder(code, dossier.status())
            .procedureCode(procedure.code().value())
            .procedureName(procedure.name().vi())
            .sectorCode(procedure.sector() == null ? null : procedure.sector().code())
            .sectorName(procedure.sector() == null ? null : procedure.sector().name().vi())
            .channel(dossier.channel())
            .ownerName(applicant.name())
            .applicantType(applicantType(applicant.kind()))
            .applicantCode(first == null ? null : first.value())
            .email(applicant.email())
            .phone(applicant.phone() == null ? null : applicant.phone().value())
            .summary(cut(dossier.summary(), MAX_SUMMARY))
            .submittedAt(dossier.submittedAt())
            .receivedAt(dossier.receivedAt())
            .dueAt(dossier.dueAt())
            .processingEndedAt(dossier.processingEndedAt())
            .returnedAt(dossier.deliveredAt())
            .refusedAt(dossier.refusedAt())
            .resultByPost(dossier.resultByPost())
            .processingUnit(dossier.processingUnit())
            .ownerDocumentNumber(first == null ? null : first.value())
            .hasDigitisedComponents(dossier.hasElectronicComponents())
            .ownerVerifiedWithVneid(applicant.verifiedWithVneid())
            .onlinePayment(onlinePayment(dossier))
            .ownerIdentifiers(ownerIdentifiers(applicant.identifiers()))
            .connectedDatabases(connectedDatabases(dossier.registries(), databaseCodes))
            .submittedDocuments(documents(dossier.components()))
            .fees(fees(dossier.fees()))
            .supplements(supplements(code, dossier.supplements()))
            .resultDocuments(results(dossier.results()));
    return b.build();
  }

  /** Every step of the event log, oldest first. */
  public static List<ProgressRecord> progress(Dossier dossier) {
    return progressSince(dossier, 0);
  }

  /**
   * The steps from event {@code from} (0-based) on: for example those after the last {@link
   * org.opendvc.core.dossier.PortalSync#events()} the portal holds.
   *
   * @throws IndexOutOfBoundsException if {@code from} is negative or beyond the log
   */
  public static List<ProgressRecord> progressSince(Dossier dossier, int from) {
    Objects.requireNonNull(dossier, "dossier");
    List<DossierEvent> events = dossier.events();
    Objects.checkIndex(from, events.size() + 1);
    Instant received = dossier.receivedAt();
    List<ProgressRecord> steps = new ArrayList<>(events.size() - from);
    for (int i = from; i < events.size(); i++) {
      DossierEvent event = events.get(i);
      boolean afterReceipt = received != null && !event.at().isBefore(received);
      steps.add(
          new ProgressRecord(
              dossier.code().value(),
              handler(event.actor()),
              null,
              event.at(),
              dossier.processingUnit(),
              event.action().description().vi(),
              event.to(),
              i == 0 ? event.at() : events.get(i - 1).at(),
              afterReceipt ? dossier.dueAt() : null));
    }
    return steps;
  }

  /** The owner's ratings ({@code DanhGiaHaiLong}); the rater is not sent. */
  public static List<SatisfactionRating> ratings(Dossier dossier) {
    List<SatisfactionRating> out = new ArrayList<>();
    for (Rating rating : dossier.ratings()) {
      out.add(
          new SatisfactionRating(
              dossier.code().value(),
              null,
              null,
              rating.ratedAt(),
              satisfaction(rating.level()),
              rating.comment()));
    }
    return out;
  }

  private static ApplicantType applicantType(ApplicantKind kind) {
    return switch (kind) {
      case CITIZEN -> ApplicantType.CITIZEN;
      case ENTERPRISE -> ApplicantType.BUSINESS;
      case AGENCY -> ApplicantType.STATE_AGENCY;
      case OTHER -> ApplicantType.ORGANISATION;
    };
  }

  private static Satisfaction satisfaction(SatisfactionLevel level) {
    return switch (level) {
      case VERY_SATISFIED -> Satisfaction.VERY_SATISFIED;
      case SATISFIED -> Satisfaction.SATISFIED;
      case NOT_SATISFIED -> Satisfaction.NOT_SATISFIED;
    };
  }

  private static String onlinePayment(Dossier dossier) {
    if (dossier.paymentState() == PaymentState.NONE_DUE) {
      return "0";
    }
    return dossier.isPaidOnline() ? "1" : "3";
  }

  private static List<OwnerIdentifier> ownerIdentifiers(List<Identifier> identifiers) {
    List<OwnerIdentifier> out = new ArrayList<>();
    for (Identifier id : identifiers) {
      if (id.kind() == IdentifierKind.PERSONAL_ID || id.kind() == IdentifierKind.LEGACY_ID) {
        out.add(OwnerIdentifier.of(id.value()));
      }
    }
    return out;
  }

  private static List<ConnectedDatabase> connectedDatabases(
      List<Registry> registries, Map<Registry, String> codes) {
    List<ConnectedDatabase> out = new ArrayList<>();
    for (Registry registry : registries) {
      String code = codes.get(registry);
      if (code != null) {
        out.add(new ConnectedDatabase(code));
      }
    }
    return out;
  }

  private static List<SubmittedDocument> documents(List<SubmittedComponent> components) {
    List<SubmittedDocument> out = new ArrayList<>();
    for (SubmittedComponent c : components) {
      if (!c.isProvided()) {
        continue;
      }
      out.add(
          new SubmittedDocument(
              c.fileId(),
              cut(c.fileName(), MAX_FILE_NAME),
              false,
              c.component(),
              c.url(),
              c.digitised(),
              c.reused() ? "1" : "0",
              c.fromWarehouse(),
              c.resultCode()));
    }
    return out;
  }

  private static List<FeeLine> fees(List<DossierFee> fees) {
    List<FeeLine> out = new ArrayList<>();
    for (DossierFee fee : fees) {
      out.add(new FeeLine(fee.name(), fee.code(), null, fee.amount(), null));
    }
    return out;
  }

  private static List<SupplementRequest> supplements(String code, List<Supplement> supplements) {
    List<SupplementRequest> out = new ArrayList<>();
    for (int i = 0; i < supplements.size(); i++) {
      Supplement s = supplements.get(i);
      out.add(
          new SupplementRequest(
              code + "-BS" + (i + 1),
              s.requestedBy(),
              s.content(),
              s.requestedAt(),
              s.receivedBy(),
              null,
              s.answeredAt(),
              null,
              List.of(),
              List.of(),
              s.previousDueAt(),
              s.newDueAt()));
    }
    return out;
  }

  private static List<ResultDocument> results(List<DossierResult> results) {
    List<ResultDocument> out = new ArrayList<>();
    for (DossierResult r : results) {
      out.add(new ResultDocument(r.name(), null, r.documentId(), r.url(), r.code()));
    }
    return out;
  }

  private static @Nullable String handler(String actor) {
    if (actor.equals(DossierEvent.APPLICANT) || actor.equals(DossierEvent.SYSTEM)) {
      return null;
    }
    return cut(actor, MAX_HANDLER);
  }

  private static @Nullable String cut(@Nullable String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
