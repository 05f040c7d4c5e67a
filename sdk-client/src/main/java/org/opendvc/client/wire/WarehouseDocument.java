package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An earlier result held in the e-document warehouse ({@code DanhSachGiayToKetQua[]} of the {@code
 * GetKetQuaGiayTo} answer).
 *
 * @param resultCode {@code MaKetQua}
 * @param name {@code TenGiayTo}
 * @param reference {@code SoKyHieu}
 * @param issuer {@code CoQuanChuQuan}
 * @param files {@code DanhSachTepDinhKem}
 */
public record WarehouseDocument(
    @JsonProperty("MaKetQua") @Nullable String resultCode,
    @JsonProperty("TenGiayTo") @Nullable String name,
    @JsonProperty("SoKyHieu") @Nullable String reference,
    @JsonProperty("CoQuanChuQuan") @Nullable String issuer,
    @JsonProperty("DanhSachTepDinhKem") List<WarehouseFile> files) {

  /** Copies the list; a missing list is empty. */
  public WarehouseDocument {
    files = files == null ? List.of() : List.copyOf(files);
  }

  @Override
  public String toString() {
    return "WarehouseDocument[" + resultCode + ", ***]";
  }
}
