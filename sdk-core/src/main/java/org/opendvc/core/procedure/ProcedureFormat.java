package org.opendvc.core.procedure;

/** The file formats a procedure can be read from. */
public enum ProcedureFormat {
  /** OpenDVC's own JSON format, described by {@code procedure.schema.json}. */
  OPENDVC,
  /** The DVCQG procedure package returned by the portal's {@code LayThuTuc} service. */
  DVCQG_PACKAGE
}
