package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A file of a warehouse document ({@code DanhSachTepDinhKem[]}).
 *
 * @param name {@code TenTep}
 * @param path {@code DuongDan}: fetch it with {@code GetGiayToByUrl}
 */
public record WarehouseFile(
    @JsonProperty("TenTep") @Nullable String name,
    @JsonProperty("DuongDan") @Nullable String path) {}
