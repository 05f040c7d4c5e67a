package org.opendvc.forms.burden;

/** What a field asks of the person, in the burden estimate. */
public enum FieldCategory {
  /** Shown, and left for the person to fill (typed, picked or uploaded). */
  TO_FILL,
  /** Shown and optional: read, and assumed skipped. */
  OPTIONAL,
  /** Shown, prefilled and locked: read and checked. */
  PREFILLED_LOCKED,
  /** Shown, prefilled and editable: read and checked, assumed right. */
  PREFILLED_EDITABLE,
  /** Shown and filled with the form's default: read and checked, assumed right. */
  DEFAULTED,
  /** Shown and calculated: read. */
  CALCULATED,
  /** Shown only for some answers; assumed not shown on the typical path. */
  CONDITIONAL,
  /** Never shown on the typical path, or never at all. */
  HIDDEN
}
