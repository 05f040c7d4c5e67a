package org.opendvc.core.dossier;

/**
 * How satisfied the owner is with how a dossier was handled: the three values of DVCQG's
 * per-dossier rating ({@code DanhGiaHaiLong.DanhGia} in the Thanh Hóa one-stop system).
 */
public enum SatisfactionLevel {
  /** Rất hài lòng. */
  VERY_SATISFIED,
  /** Hài lòng. */
  SATISFIED,
  /** Không hài lòng: the dossier counts against {@code DOSSIER_RECEIVING_SATISFACTION}. */
  NOT_SATISFIED
}
