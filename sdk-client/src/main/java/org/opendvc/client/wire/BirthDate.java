package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A date of birth in the population database ({@code NgayThangNamSinh}): the year alone when the
 * day is not known, or the whole date. The format of {@code NgayThangNam} is not published; OpenDVC
 * writes {@code yyyyMMdd} and reads that, {@code dd/MM/yyyy} and {@code yyyy-MM-dd} (inferred).
 *
 * @param year {@code Nam}
 * @param date {@code NgayThangNam}
 */
public record BirthDate(
    @JsonProperty("Nam") @Nullable String year,
    @JsonProperty("NgayThangNam") @Nullable String date) {

  @Override
  public String toString() {
    return "BirthDate[***]";
  }
}
