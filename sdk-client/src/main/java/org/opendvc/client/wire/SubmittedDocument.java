package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A file submitted with the dossier ({@code TaiLieuNop[]}).
 *
 * @param fileId {@code TepDinhKemId}
 * @param fileName {@code TenTepDinhKem}
 * @param deleted {@code IsDeleted}
 * @param componentCode {@code MaThanhPhanHoSo}: the dossier component ({@code MAGIAYTO})
 * @param url {@code DuongDanTaiTepTin}
 * @param digitised {@code DuocSoHoa}
 * @param reuse {@code DuocTaiSuDung}: {@code "0"}, {@code "1"} or {@code "2"} (meanings not
 *     published)
 * @param fromNationalWarehouse {@code DuocLayTuKhoDMQG}: taken from the national e-warehouse
 * @param replacingResultCode {@code MaKetQuaThayThe}: the earlier result that replaced it
 */
public record SubmittedDocument(
    @JsonProperty("TepDinhKemId") @Nullable String fileId,
    @JsonProperty("TenTepDinhKem") @Nullable String fileName,
    @JsonProperty("IsDeleted") @Nullable Boolean deleted,
    @JsonProperty("MaThanhPhanHoSo") @Nullable String componentCode,
    @JsonProperty("DuongDanTaiTepTin") @Nullable String url,
    @JsonProperty("DuocSoHoa") @Nullable Boolean digitised,
    @JsonProperty("DuocTaiSuDung") @Nullable String reuse,
    @JsonProperty("DuocLayTuKhoDMQG") @Nullable Boolean fromNationalWarehouse,
    @JsonProperty("MaKetQuaThayThe") @Nullable String replacingResultCode) {

  @Override
  public String toString() {
    return "SubmittedDocument[" + componentCode + ", " + fileId + "]";
  }
}
