package org.opendvc.rules;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.opendvc.core.id.ProcedureCode;

/**
 * An eligibility decision: the outcome, one finding per requirement, and what is missing to decide.
 *
 * @param procedure the procedure decided on
 * @param decisionDate the date the law was applied at
 * @param outcome {@link Outcome#ELIGIBLE}, {@link Outcome#NOT_ELIGIBLE}, or {@link
 *     Outcome#NEEDS_INFORMATION} when some condition cannot be decided yet
 * @param findings one finding per requirement, in the order the procedure declares them
 * @param rulesFired the ids of the rules that fired, in order, for audit and rule coverage
 */
public record Decision(
    ProcedureCode procedure,
    LocalDate decisionDate,
    Outcome outcome,
    List<Finding> findings,
    List<String> rulesFired) {

  /** Checks the parts and copies the lists. */
  public Decision {
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(decisionDate, "decisionDate");
    Objects.requireNonNull(outcome, "outcome");
    findings = List.copyOf(findings);
    rulesFired = List.copyOf(rulesFired);
  }

  /**
   * The data elements (and document types) whose absence leaves requirements undecided, each once,
   * in the order the findings name them. Not empty when the outcome is {@link
   * Outcome#NEEDS_INFORMATION}; may also list what an undecided notice lacks.
   */
  public List<String> missing() {
    Set<String> all = new LinkedHashSet<>();
    findings.forEach(f -> all.addAll(f.missing()));
    return List.copyOf(all);
  }

  /** The finding for {@code requirementId}, if the procedure declares that requirement. */
  public Optional<Finding> finding(String requirementId) {
    return findings.stream().filter(f -> f.requirementId().equals(requirementId)).findFirst();
  }
}
