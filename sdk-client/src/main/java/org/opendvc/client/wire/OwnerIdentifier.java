package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An identifier of the dossier's owner ({@code DinhDanhCHS[]}).
 *
 * @param type {@code LoaiDinhDanh}: {@code "1"} a 12-digit personal identification number, {@code
 *     "2"} a 9-digit identity card
 * @param number {@code SoDinhDanh}, personal data
 */
public record OwnerIdentifier(
    @JsonProperty("LoaiDinhDanh") @Nullable String type,
    @JsonProperty("SoDinhDanh") @Nullable String number) {

  /** The identifier of a 12-digit personal number ({@code "1"}) or a 9-digit card ({@code "2"}). */
  public static OwnerIdentifier of(String number) {
    return new OwnerIdentifier(number.length() == 9 ? "2" : "1", number);
  }

  @Override
  public String toString() {
    return "OwnerIdentifier[" + type + ", " + Masks.id(number) + "]";
  }
}
