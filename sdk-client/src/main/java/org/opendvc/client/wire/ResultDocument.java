package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A result document issued for the dossier ({@code DanhSachGiayToKetQua[]}).
 *
 * @param name {@code TenGiayTo}
 * @param componentCode {@code MaThanhPhanHoSo}
 * @param documentId {@code GiayToId}
 * @param url {@code DuongDanTepTinKetQua}
 * @param resultCode {@code MaGiayToKetQua}: the procedure's result code ({@code MAKETQUA})
 */
public record ResultDocument(
    @JsonProperty("TenGiayTo") @Nullable String name,
    @JsonProperty("MaThanhPhanHoSo") @Nullable String componentCode,
    @JsonProperty("GiayToId") @Nullable String documentId,
    @JsonProperty("DuongDanTepTinKetQua") @Nullable String url,
    @JsonProperty("MaGiayToKetQua") @Nullable String resultCode) {}
