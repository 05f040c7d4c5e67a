package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A fee or charge of the dossier ({@code DanhSachLePhi[]}).
 *
 * @param name {@code TenPhiLePhi}
 * @param code {@code MaPhiLePhi}
 * @param collectionMethod {@code HinhThucThu}
 * @param amount {@code Gia}, in đồng
 * @param kind {@code LoaiPhiLePhi}
 */
public record FeeLine(
    @JsonProperty("TenPhiLePhi") @Nullable String name,
    @JsonProperty("MaPhiLePhi") @Nullable String code,
    @JsonProperty("HinhThucThu") @Nullable String collectionMethod,
    @JsonProperty("Gia") @Nullable BigDecimal amount,
    @JsonProperty("LoaiPhiLePhi") @Nullable String kind) {}
