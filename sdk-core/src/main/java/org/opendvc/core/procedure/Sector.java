package org.opendvc.core.procedure;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;

/**
 * The field a procedure belongs to (lĩnh vực), such as civil status (hộ tịch).
 *
 * @param code the published sector code ({@code MALINHVUC}), or {@code null}
 * @param name the sector's name
 */
public record Sector(@Nullable String code, LocalizedText name) {

  /** Checks the name is present. */
  public Sector {
    Objects.requireNonNull(name, "name");
  }
}
