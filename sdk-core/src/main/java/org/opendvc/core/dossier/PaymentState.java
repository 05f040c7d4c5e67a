package org.opendvc.core.dossier;

/** Where a dossier stands with its fees. */
public enum PaymentState {
  /** The dossier owes nothing: no fee, or only exemptions. */
  NONE_DUE,
  /** Fees are owed and nothing has been paid. */
  UNPAID,
  /** Some, not all, of the fees have been paid. */
  PARTLY_PAID,
  /** The fees have been paid in full. */
  PAID
}
