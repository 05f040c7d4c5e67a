package org.opendvc.rules;

import java.util.List;
import java.util.Objects;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.registry.RegistryAnswer;

/**
 * What the once-only check of a dossier looks at: the procedure and the case the dossier follows,
 * how each component was provided, what the registries and the e-document warehouse hold about the
 * subjects, and the applicant's consent.
 *
 * @param procedure the procedure
 * @param caseIndex the index of the case (trường hợp) the dossier follows, from 0
 * @param components how components were provided; components of the case not listed are taken as
 *     not provided yet, about the applicant
 * @param registryAnswers what the registries and the warehouse answered
 * @param consent whether what the state holds may be used
 */
public record DossierRequest(
    Procedure procedure,
    int caseIndex,
    List<DossierComponent> components,
    List<RegistryAnswer> registryAnswers,
    Consent consent) {

  /**
   * Checks the parts and copies the lists.
   *
   * @throws IllegalArgumentException if the procedure has no case {@code caseIndex}
   */
  public DossierRequest {
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(consent, "consent");
    if (caseIndex < 0 || caseIndex >= procedure.cases().size()) {
      throw new IllegalArgumentException(
          "Procedure " + procedure.code() + " has no case " + caseIndex);
    }
    components = List.copyOf(components);
    registryAnswers = List.copyOf(registryAnswers);
  }
}
