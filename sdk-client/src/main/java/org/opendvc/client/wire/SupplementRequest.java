package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request to supplement the dossier and its answer ({@code DanhSachHoSoBoSung[]}). The shape of
 * the nested lists is not published; OpenDVC reads them as submitted documents and fee lines
 * (inferred from their names).
 *
 * @param id {@code HoSoBoSungId}
 * @param requestedBy {@code NguoiYeuCauBoSung}, an official's name
 * @param content {@code NoiDungBoSung}
 * @param requestedAt {@code NgayBoSung}
 * @param receivedBy {@code NguoiTiepNhanBoSung}, an official's name
 * @param receiptInformation {@code ThongTinTiepNhan}
 * @param receivedAt {@code NgayTiepNhanBoSung}
 * @param status {@code TrangThaiBoSung}
 * @param documents {@code DanhSachGiayToBoSung}
 * @param fees {@code DanhSachLePhiBoSung}
 * @param previousDueAt {@code NgayHenTraTruoc}
 * @param newDueAt {@code NgayHenTraMoi}
 */
public record SupplementRequest(
    @JsonProperty("HoSoBoSungId") @Nullable String id,
    @JsonProperty("NguoiYeuCauBoSung") @Nullable String requestedBy,
    @JsonProperty("NoiDungBoSung") @Nullable String content,
    @JsonProperty("NgayBoSung") @Nullable Instant requestedAt,
    @JsonProperty("NguoiTiepNhanBoSung") @Nullable String receivedBy,
    @JsonProperty("ThongTinTiepNhan") @Nullable String receiptInformation,
    @JsonProperty("NgayTiepNhanBoSung") @Nullable Instant receivedAt,
    @JsonProperty("TrangThaiBoSung") @Nullable String status,
    @JsonProperty("DanhSachGiayToBoSung") List<SubmittedDocument> documents,
    @JsonProperty("DanhSachLePhiBoSung") List<FeeLine> fees,
    @JsonProperty("NgayHenTraTruoc") @Nullable Instant previousDueAt,
    @JsonProperty("NgayHenTraMoi") @Nullable Instant newDueAt) {

  /** Copies the lists; a missing list is empty. */
  public SupplementRequest {
    documents = documents == null ? List.of() : List.copyOf(documents);
    fees = fees == null ? List.of() : List.copyOf(fees);
  }

  @Override
  public String toString() {
    return "SupplementRequest[" + id + ", status=" + status + ", requestedBy=***, content=***]";
  }
}
