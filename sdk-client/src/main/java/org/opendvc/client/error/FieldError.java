package org.opendvc.client.error;

import java.util.Objects;

/**
 * One field the portal rejected.
 *
 * @param field the wire name of the field, such as {@code MaHoSo} or {@code data[0].TrangThai}
 * @param code a stable code for the rule broken, such as {@code REQUIRED}, {@code PREFIX} or {@code
 *     TRANSITION}; {@code INVALID} when the portal gave none
 * @param message the portal's explanation; it may quote the value, so {@link #toString()} leaves it
 *     out
 */
public record FieldError(String field, String code, String message) {

  /** Checks the parts are present. */
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return field + ":" + code;
  }
}
