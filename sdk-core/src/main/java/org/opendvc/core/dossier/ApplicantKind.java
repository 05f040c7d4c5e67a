package org.opendvc.core.dossier;

/**
 * Who owns a dossier (đối tượng), in the four kinds DVCQG's dossier sync distinguishes ({@code
 * LoaiDoiTuong} 1 to 4 in the Thanh Hóa one-stop system's sync service).
 */
public enum ApplicantKind {
  /** A citizen (công dân); {@code LoaiDoiTuong} 1. */
  CITIZEN,
  /** An enterprise (doanh nghiệp); {@code LoaiDoiTuong} 2. */
  ENTERPRISE,
  /** A state agency (cơ quan nhà nước); {@code LoaiDoiTuong} 3. */
  AGENCY,
  /** Another organisation (tổ chức, khác); {@code LoaiDoiTuong} 4. */
  OTHER
}
