package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A result asked for from the e-document warehouse ({@code DanhSachDanhMucKetQua[]}).
 *
 * @param resultCode {@code MaKetQua}: the result code ({@code MAKETQUA}) of the procedure that
 *     issued it
 * @param reference {@code SoKyHieu}: the document's number, when known
 */
public record RequestedResult(
    @JsonProperty("MaKetQua") String resultCode,
    @JsonProperty("SoKyHieu") @Nullable String reference) {

  /** Checks the result code is present. */
  public RequestedResult {
    Objects.requireNonNull(resultCode, "resultCode");
  }
}
