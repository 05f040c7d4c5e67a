package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request to the citizen's e-document warehouse ({@code GetKetQuaGiayTo}) for earlier results;
 * source: the Thanh Hóa system's {@code KhoSoHoaDVCQGParams.cs}.
 *
 * @param ownerIdNumber {@code SoDinhDanhChuSoHuu}: whose documents
 * @param requesterName {@code HoTenNguoiYeuCau}
 * @param channel {@code KenhThucHien}: {@code "1"} an official asks, {@code "2"} the citizen asks
 * @param requesterIdNumber {@code SoDinhDanhNguoiYeuCau}
 * @param procedureCode {@code MaThuTuc}: the procedure the documents are for
 * @param results {@code DanhSachDanhMucKetQua}: the results wanted
 */
public record WarehouseQuery(
    @JsonProperty("SoDinhDanhChuSoHuu") String ownerIdNumber,
    @JsonProperty("HoTenNguoiYeuCau") @Nullable String requesterName,
    @JsonProperty("KenhThucHien") @Nullable String channel,
    @JsonProperty("SoDinhDanhNguoiYeuCau") @Nullable String requesterIdNumber,
    @JsonProperty("MaThuTuc") @Nullable String procedureCode,
    @JsonProperty("DanhSachDanhMucKetQua") List<RequestedResult> results) {

  /** Checks the owner is present and copies the list. */
  public WarehouseQuery {
    Objects.requireNonNull(ownerIdNumber, "ownerIdNumber");
    results = results == null ? List.of() : List.copyOf(results);
  }

  /** An official's request for the owner's results with {@code resultCodes}. */
  public static WarehouseQuery forOwner(
      String ownerIdNumber, @Nullable String procedureCode, List<String> resultCodes) {
    return new WarehouseQuery(
        ownerIdNumber,
        null,
        "1",
        null,
        procedureCode,
        resultCodes.stream().map(c -> new RequestedResult(c, null)).toList());
  }

  @Override
  public String toString() {
    return "WarehouseQuery[" + Masks.id(ownerIdNumber) + ", MaThuTuc=" + procedureCode + "]";
  }
}
