package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A parent, spouse or representative in the population database ({@code Cha}, {@code Me}, {@code
 * VoChong}, {@code NguoiDaiDien}). Here {@code HoVaTen} is read as the whole name in one string
 * (inferred: the data dictionary maps {@code Cha.HoVaTen} to a full name).
 *
 * @param fullName {@code HoVaTen}
 * @param nationality {@code QuocTich}
 * @param personalIdNumber {@code SoDinhDanh}
 * @param legacyIdNumber {@code SoCMND}
 */
public record Relative(
    @JsonProperty("HoVaTen") @Nullable String fullName,
    @JsonProperty("QuocTich") @Nullable String nationality,
    @JsonProperty("SoDinhDanh") @Nullable String personalIdNumber,
    @JsonProperty("SoCMND") @Nullable String legacyIdNumber) {

  @Override
  public String toString() {
    return "Relative[***, " + Masks.id(personalIdNumber) + "]";
  }
}
