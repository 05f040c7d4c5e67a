package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the procedure list ({@code LayDanhSachTTHC}).
 *
 * @param code {@code MATTHC}, such as {@code 1.001193}
 * @param name {@code TENTTHC}
 * @param sectorCode {@code MALINHVUC}
 * @param sectorName {@code TENLINHVUC}
 * @param publishingAgencyCode {@code MACOQUANCONGBO}
 */
public record ProcedureSummary(
    @JsonProperty("MATTHC") String code,
    @JsonProperty("TENTTHC") String name,
    @JsonProperty("MALINHVUC") @Nullable String sectorCode,
    @JsonProperty("TENLINHVUC") @Nullable String sectorName,
    @JsonProperty("MACOQUANCONGBO") @Nullable String publishingAgencyCode) {

  /** Checks the code and name are present. */
  public ProcedureSummary {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
  }
}
