package org.opendvc.rules;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.SubjectRole;

/**
 * One component (thành phần hồ sơ) of a dossier as the once-only check sees it: which component of
 * the procedure it is, what document type it is, whom it is about, and how it was provided. This is
 * the neutral form of a dossier's file list; a dossier maps onto it.
 *
 * @param component the component's code ({@code MAGIAYTO}) or, without one, its name as the
 *     procedure definition writes it
 * @param documentType the document type in the catalogue, when known
 * @param subject whom the document is about
 * @param provision how it was provided
 * @param resultCode the code of the earlier result used in its place ({@code MaKetQuaThayThe}),
 *     when {@code provision} is {@link Provision#REPLACED_BY_RESULT}
 */
public record DossierComponent(
    String component,
    @Nullable String documentType,
    SubjectRole subject,
    Provision provision,
    @Nullable String resultCode) {

  /** Checks the parts. */
  public DossierComponent {
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(provision, "provision");
  }

  /** How a component reached the dossier. */
  public enum Provision {
    /** Not provided yet: the procedure asks for it. */
    NOT_PROVIDED,
    /** The applicant uploaded a file or handed in paper. */
    SUBMITTED,
    /** Fetched from a national registry. */
    FROM_REGISTRY,
    /** Taken from the applicant's e-document warehouse ({@code DuocLayTuKhoDMQG}). */
    FROM_WAREHOUSE,
    /** Reused from an earlier dossier ({@code DuocTaiSuDung}). */
    REUSED,
    /** Replaced by an earlier electronic result ({@code MaKetQuaThayThe}). */
    REPLACED_BY_RESULT
  }
}
