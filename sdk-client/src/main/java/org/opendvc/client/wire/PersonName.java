package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A name in the population database ({@code HoVaTen}): family name, middle name, given name.
 *
 * @param family {@code Ho}
 * @param middle {@code ChuDem}
 * @param given {@code Ten}
 */
public record PersonName(
    @JsonProperty("Ho") @Nullable String family,
    @JsonProperty("ChuDem") @Nullable String middle,
    @JsonProperty("Ten") @Nullable String given) {

  /** The whole name, parts joined by spaces, as written in Vietnamese (family name first). */
  public String fullName() {
    List<String> parts = new ArrayList<>(3);
    for (String part : new String[] {family, middle, given}) {
      if (part != null && !part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return String.join(" ", parts);
  }

  @Override
  public String toString() {
    return "PersonName[***]";
  }
}
