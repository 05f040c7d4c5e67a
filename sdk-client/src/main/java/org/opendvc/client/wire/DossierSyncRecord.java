package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.dossier.DossierStatus;
import org.opendvc.core.procedure.ChannelKind;

/**
 * One dossier as sent to the portal with {@code DongBoHoSoMC} (đồng bộ hồ sơ) and as returned by
 * {@code TraCuuHoSo}: every member of both working flavours, OpenCPS's and the newer Thanh Hóa
 * one's. Only the dossier code and the status are required; the portal's own rules (which the
 * simulator enforces) require more, see {@code docs/simulator.md}.
 *
 * <p>Mapping from the sdk-core dossier: the code, procedure, owner and dates map member for member;
 * the status is the dossier's {@link DossierStatus} (written as its national code); the owner's
 * identity number goes both in {@code SoGiayToChuHoSo} and, typed, in {@code DinhDanhCHS} (see
 * {@link OwnerIdentifier#of(String)}). {@link #from(org.opendvc.core.dossier.Dossier)} does the
 * mapping ({@link DossierRecords} lists it member by member); build by hand with {@link
 * #builder(String, DossierStatus)}.
 *
 * <p>{@code toString()} shows the code, procedure, status and dates only.
 *
 * @param dossierCode {@code MaHoSo}: the dossier code (mã số hồ sơ), such as {@code
 *     H56.14-260312-0001}; required
 * @param procedureCode {@code MaTTHC}: the national procedure code, such as {@code 1.001193}
 * @param procedureName {@code TenTTHC}: the procedure's name
 * @param sectorCode {@code MaLinhVuc}: the sector code ({@code MALINHVUC})
 * @param sectorName {@code TenLinhVuc}: the sector's name
 * @param channel {@code KenhThucHien}: how the dossier was submitted: {@code "1"} in person, {@code
 *     "2"} online, {@code "3"} by post (Thanh Hóa flavour)
 * @param receiptNumber {@code SoBienNhan}: the receipt number, optional
 * @param ownerName {@code ChuHoSo}: the dossier owner's name; personal
 * @param applicantType {@code LoaiDoiTuong}: who the owner is
 * @param applicantCode {@code MaDoiTuong}: the owner's code in the sending system; personal
 * @param otherInformation {@code ThongTinKhac}: other information; may be personal
 * @param email {@code Email}: the owner's e-mail; personal
 * @param fax {@code Fax}: the owner's fax; personal
 * @param phone {@code SoDienThoai}: the owner's phone; personal
 * @param summary {@code TrichYeuHoSo}: the dossier's summary (about 1,000 characters at most in the
 *     Thanh Hóa system); may be personal
 * @param receivedAt {@code NgayTiepNhan}: when the dossier was received
 * @param dueAt {@code NgayHenTra}: when the result is due
 * @param returnedAt {@code NgayTra}: when the result was returned
 * @param processingEndedAt {@code NgayKetThucXuLy}: when processing ended
 * @param refusedAt {@code NgayTuChoi}: when the dossier was refused (Thanh Hóa flavour)
 * @param submittedAt {@code NgayNopHoSo}: when the dossier was submitted (Thanh Hóa flavour)
 * @param status {@code TrangThaiHoSo}: the national status code, 1 to 10; required
 * @param returnInformation {@code ThongTinTra}: how the result is returned; may be personal
 * @param resultByPost {@code HinhThuc}: {@code "1"} when the result is returned by post (inferred),
 *     {@code "0"} otherwise
 * @param processingUnit {@code DonViXuLy}: the unit processing the dossier
 * @param note {@code GhiChu}: a note; may be personal
 * @param ownerDocumentNumber {@code SoGiayToChuHoSo}: the owner's identity document number (Thanh
 *     Hóa flavour); personal
 * @param submissionPlace {@code NoiNopHoSo}: where it was submitted (Thanh Hóa flavour; always
 *     {@code "2"} there, meaning not published)
 * @param hasDigitisedComponents {@code HoSoCoThanhPhanSoHoa}: whether components were digitised
 *     (Thanh Hóa flavour)
 * @param ownerVerifiedWithVneid {@code TaiKhoanDuocXacThucVoiVNeID}: whether the owner's account is
 *     verified with VNeID (Thanh Hóa flavour)
 * @param onlinePayment {@code DuocThanhToanTrucTuyen}: {@code "1"} paid online, {@code "3"} a fee
 *     exists but was not paid online, {@code "0"} otherwise (Thanh Hóa flavour)
 * @param ownerIdentifiers {@code DinhDanhCHS}: the owner's identifiers (Thanh Hóa flavour)
 * @param connectedDatabases {@code DSKetNoiCSDL}: national databases the dossier drew on (Thanh Hóa
 *     flavour)
 * @param submittedDocuments {@code TaiLieuNop}: files submitted
 * @param fees {@code DanhSachLePhi}: fees and charges
 * @param otherAttachments {@code DanhSachTepDinhKemKhac}: other papers
 * @param supplements {@code DanhSachHoSoBoSung}: supplement requests
 * @param resultDocuments {@code DanhSachGiayToKetQua}: result documents
 */
public record DossierSyncRecord(
    @JsonProperty("MaHoSo") String dossierCode,
    @JsonProperty("MaTTHC") @Nullable String procedureCode,
    @JsonProperty("TenTTHC") @Nullable String procedureName,
    @JsonProperty("MaLinhVuc") @Nullable String sectorCode,
    @JsonProperty("TenLinhVuc") @Nullable String sectorName,
    @JsonProperty("KenhThucHien") @Nullable ChannelKind channel,
    @JsonProperty("SoBienNhan") @Nullable String receiptNumber,
    @JsonProperty("ChuHoSo") @Nullable String ownerName,
    @JsonProperty("LoaiDoiTuong") @Nullable ApplicantType applicantType,
    @JsonProperty("MaDoiTuong") @Nullable String applicantCode,
    @JsonProperty("ThongTinKhac") @Nullable String otherInformation,
    @JsonProperty("Email") @Nullable String email,
    @JsonProperty("Fax") @Nullable String fax,
    @JsonProperty("SoDienThoai") @Nullable String phone,
    @JsonProperty("TrichYeuHoSo") @Nullable String summary,
    @JsonProperty("NgayTiepNhan") @Nullable Instant receivedAt,
    @JsonProperty("NgayHenTra") @Nullable Instant dueAt,
    @JsonProperty("NgayTra") @Nullable Instant returnedAt,
    @JsonProperty("NgayKetThucXuLy") @Nullable Instant processingEndedAt,
    @JsonProperty("NgayTuChoi") @Nullable Instant refusedAt,
    @JsonProperty("NgayNopHoSo") @Nullable Instant submittedAt,
    @JsonProperty("TrangThaiHoSo") DossierStatus status,
    @JsonProperty("ThongTinTra") @Nullable String returnInformation,
    @JsonProperty("HinhThuc") @Nullable Boolean resultByPost,
    @JsonProperty("DonViXuLy") @Nullable String processingUnit,
    @JsonProperty("GhiChu") @Nullable String note,
    @JsonProperty("SoGiayToChuHoSo") @Nullable String ownerDocumentNumber,
    @JsonProperty("NoiNopHoSo") @Nullable String submissionPlace,
    @JsonProperty("HoSoCoThanhPhanSoHoa") @Nullable Boolean hasDigitisedComponents,
    @JsonProperty("TaiKhoanDuocXacThucVoiVNeID") @Nullable Boolean ownerVerifiedWithVneid,
    @JsonProperty("DuocThanhToanTrucTuyen") @Nullable String onlinePayment,
    @JsonProperty("DinhDanhCHS") List<OwnerIdentifier> ownerIdentifiers,
    @JsonProperty("DSKetNoiCSDL") List<ConnectedDatabase> connectedDatabases,
    @JsonProperty("TaiLieuNop") List<SubmittedDocument> submittedDocuments,
    @JsonProperty("DanhSachLePhi") List<FeeLine> fees,
    @JsonProperty("DanhSachTepDinhKemKhac") List<OtherAttachment> otherAttachments,
    @JsonProperty("DanhSachHoSoBoSung") List<SupplementRequest> supplements,
    @JsonProperty("DanhSachGiayToKetQua") List<ResultDocument> resultDocuments) {

  /**
   * Checks the required members and copies the lists; a missing list is empty.
   *
   * @throws IllegalArgumentException if the dossier code is blank
   */
  public DossierSyncRecord {
    Objects.requireNonNull(dossierCode, "dossierCode");
    Objects.requireNonNull(status, "status");
    if (dossierCode.isBlank()) {
      throw new IllegalArgumentException("dossierCode must not be blank");
    }
    ownerIdentifiers = ownerIdentifiers == null ? List.of() : List.copyOf(ownerIdentifiers);
    connectedDatabases = connectedDatabases == null ? List.of() : List.copyOf(connectedDatabases);
    submittedDocuments = submittedDocuments == null ? List.of() : List.copyOf(submittedDocuments);
    fees = fees == null ? List.of() : List.copyOf(fees);
    otherAttachments = otherAttachments == null ? List.of() : List.copyOf(otherAttachments);
    supplements = supplements == null ? List.of() : List.copyOf(supplements);
    resultDocuments = resultDocuments == null ? List.of() : List.copyOf(resultDocuments);
  }

  /** The record of an sdk-core dossier, member for member as {@link DossierRecords} describes. */
  public static DossierSyncRecord from(org.opendvc.core.dossier.Dossier dossier) {
    return DossierRecords.syncRecord(dossier);
  }

  /** A builder for the dossier with {@code dossierCode} in {@code status}. */
  public static Builder builder(String dossierCode, DossierStatus status) {
    return new Builder(dossierCode, status);
  }

  /** A builder holding this record, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(dossierCode, status);
    b.procedureCode = procedureCode;
    b.procedureName = procedureName;
    b.sectorCode = sectorCode;
    b.sectorName = sectorName;
    b.channel = channel;
    b.receiptNumber = receiptNumber;
    b.ownerName = ownerName;
    b.applicantType = applicantType;
    b.applicantCode = applicantCode;
    b.otherInformation = otherInformation;
    b.email = email;
    b.fax = fax;
    b.phone = phone;
    b.summary = summary;
    b.receivedAt = receivedAt;
    b.dueAt = dueAt;
    b.returnedAt = returnedAt;
    b.processingEndedAt = processingEndedAt;
    b.refusedAt = refusedAt;
    b.submittedAt = submittedAt;
    b.returnInformation = returnInformation;
    b.resultByPost = resultByPost;
    b.processingUnit = processingUnit;
    b.note = note;
    b.ownerDocumentNumber = ownerDocumentNumber;
    b.submissionPlace = submissionPlace;
    b.hasDigitisedComponents = hasDigitisedComponents;
    b.ownerVerifiedWithVneid = ownerVerifiedWithVneid;
    b.onlinePayment = onlinePayment;
    b.ownerIdentifiers.addAll(ownerIdentifiers);
    b.connectedDatabases.addAll(connectedDatabases);
    b.submittedDocuments.addAll(submittedDocuments);
    b.fees.addAll(fees);
    b.otherAttachments.addAll(otherAttachments);
    b.supplements.addAll(supplements);
    b.resultDocuments.addAll(resultDocuments);
    return b;
  }

  @Override
  public String toString() {
    return "DossierSyncRecord[MaHoSo="
        + dossierCode
        + ", MaTTHC="
        + procedureCode
        + ", TrangThaiHoSo="
        + status.code()
        + ", NgayTiepNhan="
        + receivedAt
        + ", NgayHenTra="
        + dueAt
        + ", ChuHoSo="
        + Masks.hidden(ownerName)
        + ", SoGiayToChuHoSo="
        + Masks.id(ownerDocumentNumber)
        + ", TaiLieuNop="
        + submittedDocuments.size()
        + "]";
  }

  /** Builds a {@link DossierSyncRecord}. Not thread-safe. */
  public static final class Builder {
    private String dossierCode;
    private @Nullable String procedureCode;
    private @Nullable String procedureName;
    private @Nullable String sectorCode;
    private @Nullable String sectorName;
    private @Nullable ChannelKind channel;
    private @Nullable String receiptNumber;
    private @Nullable String ownerName;
    private @Nullable ApplicantType applicantType;
    private @Nullable String applicantCode;
    private @Nullable String otherInformation;
    private @Nullable String email;
    private @Nullable String fax;
    private @Nullable String phone;
    private @Nullable String summary;
    private @Nullable Instant receivedAt;
    private @Nullable Instant dueAt;
    private @Nullable Instant returnedAt;
    private @Nullable Instant processingEndedAt;
    private @Nullable Instant refusedAt;
    private @Nullable Instant submittedAt;
    private DossierStatus status;
    private @Nullable String returnInformation;
    private @Nullable Boolean resultByPost;
    private @Nullable String processingUnit;
    private @Nullable String note;
    private @Nullable String ownerDocumentNumber;
    private @Nullable String submissionPlace;
    private @Nullable Boolean hasDigitisedComponents;
    private @Nullable Boolean ownerVerifiedWithVneid;
    private @Nullable String onlinePayment;
    private final List<OwnerIdentifier> ownerIdentifiers = new ArrayList<>();
    private final List<ConnectedDatabase> connectedDatabases = new ArrayList<>();
    private final List<SubmittedDocument> submittedDocuments = new ArrayList<>();
    private final List<FeeLine> fees = new ArrayList<>();
    private final List<OtherAttachment> otherAttachments = new ArrayList<>();
    private final List<SupplementRequest> supplements = new ArrayList<>();
    private final List<ResultDocument> resultDocuments = new ArrayList<>();

    private Builder(String dossierCode, DossierStatus status) {
      this.dossierCode = Objects.requireNonNull(dossierCode, "dossierCode");
      this.status = Objects.requireNonNull(status, "status");
    }

    /**
     * Sets {@code MaHoSo}: the dossier code (mã số hồ sơ), such as {@code H56.14-260312-0001};
     * required.
     */
    public Builder dossierCode(String dossierCode) {
      this.dossierCode = dossierCode;
      return this;
    }

    /** Sets {@code MaTTHC}: the national procedure code, such as {@code 1.001193}. */
    public Builder procedureCode(@Nullable String procedureCode) {
      this.procedureCode = procedureCode;
      return this;
    }

    /** Sets {@code TenTTHC}: the procedure's name. */
    public Builder procedureName(@Nullable String procedureName) {
      this.procedureName = procedureName;
      return this;
    }

    /** Sets {@code MaLinhVuc}: the sector code ({@code MALINHVUC}). */
    public Builder sectorCode(@Nullable String sectorCode) {
      this.sectorCode = sectorCode;
      return this;
    }

    /** Sets {@code TenLinhVuc}: the sector's name. */
    public Builder sectorName(@Nullable String sectorName) {
      this.sectorName = sectorName;
      return this;
    }

    /**
     * Sets {@code KenhThucHien}: how the dossier was submitted: {@code "1"} in person, {@code "2"}
     * online, {@code "3"} by post (Thanh Hóa flavour).
     */
    public Builder channel(@Nullable ChannelKind channel) {
      this.channel = channel;
      return this;
    }

    /** Sets {@code SoBienNhan}: the receipt number, optional. */
    public Builder receiptNumber(@Nullable String receiptNumber) {
      this.receiptNumber = receiptNumber;
      return this;
    }

    /** Sets {@code ChuHoSo}: the dossier owner's name; personal. */
    public Builder ownerName(@Nullable String ownerName) {
      this.ownerName = ownerName;
      return this;
    }

    /** Sets {@code LoaiDoiTuong}: who the owner is. */
    public Builder applicantType(@Nullable ApplicantType applicantType) {
      this.applicantType = applicantType;
      return this;
    }

    /** Sets {@code MaDoiTuong}: the owner's code in the sending system; personal. */
    public Builder applicantCode(@Nullable String applicantCode) {
      this.applicantCode = applicantCode;
      return this;
    }

    /** Sets {@code ThongTinKhac}: other information; may be personal. */
    public Builder otherInformation(@Nullable String otherInformation) {
      this.otherInformation = otherInformation;
      return this;
    }

    /** Sets {@code Email}: the owner's e-mail; personal. */
    public Builder email(@Nullable String email) {
      this.email = email;
      return this;
    }

    /** Sets {@code Fax}: the owner's fax; personal. */
    public Builder fax(@Nullable String fax) {
      this.fax = fax;
      return this;
    }

    /** Sets {@code SoDienThoai}: the owner's phone; personal. */
    public Builder phone(@Nullable String phone) {
      this.phone = phone;
      return this;
    }

    /**
     * Sets {@code TrichYeuHoSo}: the dossier's summary (about 1,000 characters at most in the Thanh
     * Hóa system); may be personal.
     */
    public Builder summary(@Nullable String summary) {
      this.summary = summary;
      return this;
    }

    /** Sets {@code NgayTiepNhan}: when the dossier was received. */
    public Builder receivedAt(@Nullable Instant receivedAt) {
      this.receivedAt = receivedAt;
      return this;
    }

    /** Sets {@code NgayHenTra}: when the result is due. */
    public Builder dueAt(@Nullable Instant dueAt) {
      this.dueAt = dueAt;
      return this;
    }

    /** Sets {@code NgayTra}: when the result was returned. */
    public Builder returnedAt(@Nullable Instant returnedAt) {
      this.returnedAt = returnedAt;
      return this;
    }

    /** Sets {@code NgayKetThucXuLy}: when processing ended. */
    public Builder processingEndedAt(@Nullable Instant processingEndedAt) {
      this.processingEndedAt = processingEndedAt;
      return this;
    }

    /** Sets {@code NgayTuChoi}: when the dossier was refused (Thanh Hóa flavour). */
    public Builder refusedAt(@Nullable Instant refusedAt) {
      this.refusedAt = refusedAt;
      return this;
    }

    /** Sets {@code NgayNopHoSo}: when the dossier was submitted (Thanh Hóa flavour). */
    public Builder submittedAt(@Nullable Instant submittedAt) {
      this.submittedAt = submittedAt;
      return this;
    }

    /** Sets {@code TrangThaiHoSo}: the national status code, 1 to 10; required. */
    public Builder status(DossierStatus status) {
      this.status = status;
      return this;
    }

    /** Sets {@code ThongTinTra}: how the result is returned; may be personal. */
    public Builder returnInformation(@Nullable String returnInformation) {
      this.returnInformation = returnInformation;
      return this;
    }

    /**
     * Sets {@code HinhThuc}: {@code "1"} when the result is returned by post (inferred), {@code
     * "0"} otherwise.
     */
    public Builder resultByPost(@Nullable Boolean resultByPost) {
      this.resultByPost = resultByPost;
      return this;
    }

    /** Sets {@code DonViXuLy}: the unit processing the dossier. */
    public Builder processingUnit(@Nullable String processingUnit) {
      this.processingUnit = processingUnit;
      return this;
    }

    /** Sets {@code GhiChu}: a note; may be personal. */
    public Builder note(@Nullable String note) {
      this.note = note;
      return this;
    }

    /**
     * Sets {@code SoGiayToChuHoSo}: the owner's identity document number (Thanh Hóa flavour);
     * personal.
     */
    public Builder ownerDocumentNumber(@Nullable String ownerDocumentNumber) {
      this.ownerDocumentNumber = ownerDocumentNumber;
      return this;
    }

    /**
     * Sets {@code NoiNopHoSo}: where it was submitted (Thanh Hóa flavour; always {@code "2"} there,
     * meaning not published).
     */
    public Builder submissionPlace(@Nullable String submissionPlace) {
      this.submissionPlace = submissionPlace;
      return this;
    }

    /** Sets {@code HoSoCoThanhPhanSoHoa}: whether components were digitised (Thanh Hóa flavour). */
    public Builder hasDigitisedComponents(@Nullable Boolean hasDigitisedComponents) {
      this.hasDigitisedComponents = hasDigitisedComponents;
      return this;
    }

    /**
     * Sets {@code TaiKhoanDuocXacThucVoiVNeID}: whether the owner's account is verified with VNeID
     * (Thanh Hóa flavour).
     */
    public Builder ownerVerifiedWithVneid(@Nullable Boolean ownerVerifiedWithVneid) {
      this.ownerVerifiedWithVneid = ownerVerifiedWithVneid;
      return this;
    }

    /**
     * Sets {@code DuocThanhToanTrucTuyen}: {@code "1"} paid online, {@code "3"} a fee exists but
     * was not paid online, {@code "0"} otherwise (Thanh Hóa flavour).
     */
    public Builder onlinePayment(@Nullable String onlinePayment) {
      this.onlinePayment = onlinePayment;
      return this;
    }

    /** Replaces {@code DinhDanhCHS}: the owner's identifiers (Thanh Hóa flavour). */
    public Builder ownerIdentifiers(List<OwnerIdentifier> ownerIdentifiers) {
      this.ownerIdentifiers.clear();
      this.ownerIdentifiers.addAll(ownerIdentifiers);
      return this;
    }

    /**
     * Replaces {@code DSKetNoiCSDL}: national databases the dossier drew on (Thanh Hóa flavour).
     */
    public Builder connectedDatabases(List<ConnectedDatabase> connectedDatabases) {
      this.connectedDatabases.clear();
      this.connectedDatabases.addAll(connectedDatabases);
      return this;
    }

    /** Replaces {@code TaiLieuNop}: files submitted. */
    public Builder submittedDocuments(List<SubmittedDocument> submittedDocuments) {
      this.submittedDocuments.clear();
      this.submittedDocuments.addAll(submittedDocuments);
      return this;
    }

    /** Replaces {@code DanhSachLePhi}: fees and charges. */
    public Builder fees(List<FeeLine> fees) {
      this.fees.clear();
      this.fees.addAll(fees);
      return this;
    }

    /** Replaces {@code DanhSachTepDinhKemKhac}: other papers. */
    public Builder otherAttachments(List<OtherAttachment> otherAttachments) {
      this.otherAttachments.clear();
      this.otherAttachments.addAll(otherAttachments);
      return this;
    }

    /** Replaces {@code DanhSachHoSoBoSung}: supplement requests. */
    public Builder supplements(List<SupplementRequest> supplements) {
      this.supplements.clear();
      this.supplements.addAll(supplements);
      return this;
    }

    /** Replaces {@code DanhSachGiayToKetQua}: result documents. */
    public Builder resultDocuments(List<ResultDocument> resultDocuments) {
      this.resultDocuments.clear();
      this.resultDocuments.addAll(resultDocuments);
      return this;
    }

    /** The record. */
    public DossierSyncRecord build() {
      return new DossierSyncRecord(
          dossierCode,
          procedureCode,
          procedureName,
          sectorCode,
          sectorName,
          channel,
          receiptNumber,
          ownerName,
          applicantType,
          applicantCode,
          otherInformation,
          email,
          fax,
          phone,
          summary,
          receivedAt,
          dueAt,
          returnedAt,
          processingEndedAt,
          refusedAt,
          submittedAt,
          status,
          returnInformation,
          resultByPost,
          processingUnit,
          note,
          ownerDocumentNumber,
          submissionPlace,
          hasDigitisedComponents,
          ownerVerifiedWithVneid,
          onlinePayment,
          ownerIdentifiers,
          connectedDatabases,
          submittedDocuments,
          fees,
          otherAttachments,
          supplements,
          resultDocuments);
    }
  }
}
