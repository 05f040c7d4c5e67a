package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fee payment through the portal's payment platform; member names from the Thanh Hóa system's
 * {@code AddGiaoDichThanhToanRequest.cs} (the platform's own specification is not public). {@code
 * MaHoSo}, linking it to a dossier, is OpenDVC's addition.
 *
 * @param referenceCode {@code MaThamChieu}: the payment's reference, unique; required
 * @param dossierCode {@code MaHoSo}
 * @param amount {@code SoTien}, in đồng
 * @param paymentType {@code LoaiHinhThanhToan}
 * @param channelCode {@code MaKenhThanhToan}
 * @param transactionInformation {@code ThongTinGiaoDich}
 * @param feeKind {@code LoaiPhiLePhi}
 * @param feeCode {@code MaPhiLePhi}
 * @param feeName {@code TenPhiLePhi}
 * @param agencyCode {@code MaDonVi}
 * @param agencyName {@code TenDonVi}
 * @param procedureCode {@code MaThuTucDVCQG}
 * @param procedureName {@code TenThuTucDVCQG}
 * @param payerName {@code HoTenNguoiNop}; personal
 * @param payerIdNumber {@code SoCMNDNguoiNop}; personal
 * @param payerAddress {@code DiaChiNguoiNop}; personal
 * @param status {@code TrangThai}
 * @param transactionTime {@code ThoiGianGD}
 * @param transactionCode {@code MaGiaoDich}
 * @param bankCode {@code MaNganHang}
 * @param succeededAt {@code ThoiGianGDThanhCong}
 * @param errorCode {@code MaLoi}: {@code "00"} success
 * @param receiptUrl {@code DuongDanBienLai}: the e-receipt
 */
public record PaymentTransaction(
    @JsonProperty("MaThamChieu") String referenceCode,
    @JsonProperty("MaHoSo") @Nullable String dossierCode,
    @JsonProperty("SoTien") @Nullable BigDecimal amount,
    @JsonProperty("LoaiHinhThanhToan") @Nullable String paymentType,
    @JsonProperty("MaKenhThanhToan") @Nullable String channelCode,
    @JsonProperty("ThongTinGiaoDich") @Nullable String transactionInformation,
    @JsonProperty("LoaiPhiLePhi") @Nullable String feeKind,
    @JsonProperty("MaPhiLePhi") @Nullable String feeCode,
    @JsonProperty("TenPhiLePhi") @Nullable String feeName,
    @JsonProperty("MaDonVi") @Nullable String agencyCode,
    @JsonProperty("TenDonVi") @Nullable String agencyName,
    @JsonProperty("MaThuTucDVCQG") @Nullable String procedureCode,
    @JsonProperty("TenThuTucDVCQG") @Nullable String procedureName,
    @JsonProperty("HoTenNguoiNop") @Nullable String payerName,
    @JsonProperty("SoCMNDNguoiNop") @Nullable String payerIdNumber,
    @JsonProperty("DiaChiNguoiNop") @Nullable String payerAddress,
    @JsonProperty("TrangThai") @Nullable PaymentStatus status,
    @JsonProperty("ThoiGianGD") @Nullable Instant transactionTime,
    @JsonProperty("MaGiaoDich") @Nullable String transactionCode,
    @JsonProperty("MaNganHang") @Nullable String bankCode,
    @JsonProperty("ThoiGianGDThanhCong") @Nullable Instant succeededAt,
    @JsonProperty("MaLoi") @Nullable String errorCode,
    @JsonProperty("DuongDanBienLai") @Nullable String receiptUrl) {

  /** Checks the reference is present. */
  public PaymentTransaction {
    Objects.requireNonNull(referenceCode, "referenceCode");
  }

  /** A transaction with the essentials: reference, dossier, amount, status and time. */
  public static PaymentTransaction of(
      String referenceCode,
      String dossierCode,
      BigDecimal amount,
      PaymentStatus status,
      Instant transactionTime) {
    return new PaymentTransaction(
        referenceCode,
        dossierCode,
        amount,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        status,
        transactionTime,
        null,
        null,
        null,
        null,
        null);
  }

  @Override
  public String toString() {
    return "PaymentTransaction[MaThamChieu="
        + referenceCode
        + ", MaHoSo="
        + dossierCode
        + ", SoTien="
        + amount
        + ", TrangThai="
        + status
        + ", HoTenNguoiNop="
        + Masks.hidden(payerName)
        + ", SoCMNDNguoiNop="
        + Masks.id(payerIdNumber)
        + "]";
  }
}
