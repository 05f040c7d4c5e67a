package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A lookup in the population database for prefill. The request's member names are OpenDVC's: no
 * published source shows the portal's population lookup request (see {@code docs/simulator.md}).
 *
 * @param personalIdNumber {@code SoDinhDanh}: the 12-digit personal identification number
 * @param fullName {@code HoVaTen}: the name, which the database may require to match
 * @param birthDate {@code NgaySinh}: the date of birth as {@code yyyyMMdd}, which the database may
 *     require to match
 */
public record CitizenQuery(
    @JsonProperty("SoDinhDanh") String personalIdNumber,
    @JsonProperty("HoVaTen") @Nullable String fullName,
    @JsonProperty("NgaySinh") @Nullable String birthDate) {

  /** Checks the identity number is present. */
  public CitizenQuery {
    Objects.requireNonNull(personalIdNumber, "personalIdNumber");
  }

  /** A lookup by identity number alone. */
  public static CitizenQuery byId(String personalIdNumber) {
    return new CitizenQuery(personalIdNumber, null, null);
  }

  @Override
  public String toString() {
    return "CitizenQuery[" + Masks.id(personalIdNumber) + ", ***]";
  }
}
