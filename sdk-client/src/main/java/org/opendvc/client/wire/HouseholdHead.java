package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The head of the household ({@code ChuHo}).
 *
 * @param relationship {@code QuanHe}: the citizen's relationship to the head
 * @param personalIdNumber {@code SoDinhDanh}
 * @param legacyIdNumber {@code SoCMND}
 * @param fullName {@code HoVaTen}
 */
public record HouseholdHead(
    @JsonProperty("QuanHe") @Nullable String relationship,
    @JsonProperty("SoDinhDanh") @Nullable String personalIdNumber,
    @JsonProperty("SoCMND") @Nullable String legacyIdNumber,
    @JsonProperty("HoVaTen") @Nullable String fullName) {

  @Override
  public String toString() {
    return "HouseholdHead[***, " + Masks.id(personalIdNumber) + "]";
  }
}
