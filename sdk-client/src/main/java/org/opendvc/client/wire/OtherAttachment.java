package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Another paper handed in with the dossier ({@code DanhSachTepDinhKemKhac[]}).
 *
 * @param name {@code TenGiayTo}
 * @param count {@code SoLuong}
 * @param kind {@code LoaiGiayTo}
 */
public record OtherAttachment(
    @JsonProperty("TenGiayTo") @Nullable String name,
    @JsonProperty("SoLuong") @Nullable Integer count,
    @JsonProperty("LoaiGiayTo") @Nullable String kind) {}
