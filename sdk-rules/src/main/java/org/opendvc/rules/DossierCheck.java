package org.opendvc.rules;

import java.util.List;

/**
 * The once-only check of one dossier: one piece of advice per component of the procedure's case.
 *
 * @param advice the advice, in the order the procedure lists its components
 * @param rulesFired the ids of the rules that fired
 */
public record DossierCheck(List<ComponentAdvice> advice, List<String> rulesFired) {

  /** Copies the lists. */
  public DossierCheck {
    advice = List.copyOf(advice);
    rulesFired = List.copyOf(rulesFired);
  }

  /** The advice that records a violation of the once-only principle. */
  public List<ComponentAdvice> violations() {
    return advice.stream().filter(a -> a.status() == FindingStatus.ONCE_ONLY_VIOLATION).toList();
  }
}
