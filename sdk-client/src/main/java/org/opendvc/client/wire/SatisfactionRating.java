package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's rating of how a dossier was handled ({@code DanhGiaHaiLong}); member names from the
 * Thanh Hóa system's {@code DanhGiaHaiLong.cs}.
 *
 * @param dossierCode {@code MaHoSo}; required
 * @param ratingType {@code LoaiDanhGia}
 * @param rater {@code NguoiDanhGia}; personal
 * @param ratedAt {@code ThoiGianDanhGia}
 * @param rating {@code DanhGia}; required
 * @param comment {@code NoiDungDanhGia}; may be personal
 */
public record SatisfactionRating(
    @JsonProperty("MaHoSo") String dossierCode,
    @JsonProperty("LoaiDanhGia") @Nullable String ratingType,
    @JsonProperty("NguoiDanhGia") @Nullable String rater,
    @JsonProperty("ThoiGianDanhGia") @Nullable Instant ratedAt,
    @JsonProperty("DanhGia") Satisfaction rating,
    @JsonProperty("NoiDungDanhGia") @Nullable String comment) {

  /** Checks the dossier and rating are present. */
  public SatisfactionRating {
    Objects.requireNonNull(dossierCode, "dossierCode");
    Objects.requireNonNull(rating, "rating");
  }

  @Override
  public String toString() {
    return "SatisfactionRating[MaHoSo="
        + dossierCode
        + ", DanhGia="
        + rating
        + ", NguoiDanhGia="
        + Masks.hidden(rater)
        + ", NoiDungDanhGia="
        + Masks.hidden(comment)
        + "]";
  }
}
