package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An address in the population database ({@code ThuongTru}, {@code NoiOHienTai}, {@code QueQuan},
 * {@code NoiDangKyKhaiSinh}). Addresses recorded before 1 July 2025 carry a district.
 *
 * @param provinceCode {@code MaTinhThanh}
 * @param districtCode {@code MaQuanHuyen}
 * @param communeCode {@code MaPhuongXa}
 * @param provinceName {@code TenTinhThanh}
 * @param districtName {@code TenQuanHuyen}
 * @param communeName {@code TenPhuongXa}
 * @param detail {@code ChiTiet}
 * @param country {@code QuocGia}
 */
public record RegisteredAddress(
    @JsonProperty("MaTinhThanh") @Nullable String provinceCode,
    @JsonProperty("MaQuanHuyen") @Nullable String districtCode,
    @JsonProperty("MaPhuongXa") @Nullable String communeCode,
    @JsonProperty("TenTinhThanh") @Nullable String provinceName,
    @JsonProperty("TenQuanHuyen") @Nullable String districtName,
    @JsonProperty("TenPhuongXa") @Nullable String communeName,
    @JsonProperty("ChiTiet") @Nullable String detail,
    @JsonProperty("QuocGia") @Nullable String country) {

  @Override
  public String toString() {
    return "RegisteredAddress[***]";
  }
}
