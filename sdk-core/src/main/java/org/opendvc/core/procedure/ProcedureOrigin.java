package org.opendvc.core.procedure;

import java.util.Objects;

/**
 * The package a procedure was imported from, kept whole so that exporting it again loses nothing,
 * including members OpenDVC does not model.
 *
 * @param format the format of the package
 * @param json the package exactly as it was read
 */
public record ProcedureOrigin(ProcedureFormat format, String json) {

  /** Checks both parts are present. */
  public ProcedureOrigin {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(json, "json");
  }

  @Override
  public String toString() {
    return "ProcedureOrigin[format=" + format + ", json=" + json.length() + " chars]";
  }
}
