package org.opendvc.core.dossier;

/** How a fee was paid. */
public enum PaymentMethod {
  /** Online through the national payment platform on DVCQG. */
  ONLINE_PORTAL,
  /** Online through the ministry's or province's own TTHC system. */
  ONLINE_AGENCY,
  /** In cash or by transfer at the one-stop desk, or by post. */
  OFFLINE;

  /** Whether the payment was made online, as the Decision 766 payment group counts it. */
  public boolean isOnline() {
    return this != OFFLINE;
  }
}
