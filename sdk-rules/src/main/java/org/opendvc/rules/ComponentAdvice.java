package org.opendvc.rules;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.law.LegalReference;

/**
 * What the once-only principle says about one dossier component: fetch it, or ask the applicant;
 * whether asking for it was a violation; and the per-file flags DVCQG expects in dossier sync.
 *
 * @param component the component, as in {@link DossierComponent#component()}
 * @param documentType the document type, when known
 * @param action what to do
 * @param status {@link FindingStatus#ONCE_ONLY_VIOLATION} when the applicant was made to submit
 *     what could have been fetched, {@link FindingStatus#MET} otherwise
 * @param ruleId the rule that decided
 * @param reused the DVCQG flag {@code DuocTaiSuDung}: the file is reused data the state held
 * @param fromWarehouse the DVCQG flag {@code DuocLayTuKhoDMQG}: the file comes from the e-document
 *     warehouse
 * @param replacedByResult the DVCQG field {@code MaKetQuaThayThe}: the earlier result that replaces
 *     the component, or {@code null}
 * @param legalReference the law behind the advice
 * @param message the explanation in Vietnamese and English
 */
public record ComponentAdvice(
    String component,
    @Nullable String documentType,
    Action action,
    FindingStatus status,
    String ruleId,
    boolean reused,
    boolean fromWarehouse,
    @Nullable String replacedByResult,
    @Nullable LegalReference legalReference,
    LocalizedText message) {

  /** Checks the parts. */
  public ComponentAdvice {
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(message, "message");
  }

  /** What to do about a component. */
  public enum Action {
    /** Fetch it from the registry that holds it; do not ask the applicant. */
    FETCH_FROM_REGISTRY,
    /** Fetch the earlier result from the e-document warehouse; do not ask the applicant. */
    FETCH_FROM_WAREHOUSE,
    /** Ask the applicant: the state does not hold it, or may not use what it holds. */
    ASK_APPLICANT
  }
}
