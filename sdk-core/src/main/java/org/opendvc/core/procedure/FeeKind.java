package org.opendvc.core.procedure;

/** Whether an amount is a fee or a charge, the two kinds Vietnamese law distinguishes. */
public enum FeeKind {
  /** A fee (phí) for a service provided. */
  FEE,
  /** A charge (lệ phí) for an act of state administration. */
  CHARGE
}
