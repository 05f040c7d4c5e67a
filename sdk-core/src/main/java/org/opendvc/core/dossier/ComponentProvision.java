package org.opendvc.core.dossier;

/**
 * How a dossier component reached the dossier. The constants are those of the once-only check in
 * {@code sdk-rules} ({@code DossierComponent.Provision}), so a dossier's components map onto that
 * check name for name.
 */
public enum ComponentProvision {
  /** Not provided yet: the procedure asks for it. */
  NOT_PROVIDED,
  /** The applicant uploaded a file or handed in paper. */
  SUBMITTED,
  /** Fetched from a national or sector registry: DVCQG's {@code DuocTaiSuDung}. */
  FROM_REGISTRY,
  /** Taken from the applicant's e-document warehouse: DVCQG's {@code DuocLayTuKhoDMQG}. */
  FROM_WAREHOUSE,
  /** Reused from an earlier dossier: DVCQG's {@code DuocTaiSuDung}. */
  REUSED,
  /** Replaced by an earlier electronic result: DVCQG's {@code MaKetQuaThayThe}. */
  REPLACED_BY_RESULT;

  /** Whether the component came from data the state already held, not from the applicant. */
  public boolean fromExistingData() {
    return this == FROM_REGISTRY
        || this == FROM_WAREHOUSE
        || this == REUSED
        || this == REPLACED_BY_RESULT;
  }
}
