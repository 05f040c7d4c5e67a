package org.opendvc.rules;

import java.util.List;
import org.opendvc.core.diagnostic.Diagnostic;

/**
 * Whether a procedure can be offered as a full-process online public service (dịch vụ công trực
 * tuyến toàn trình, Decree 42/2022/ND-CP), and why not when it cannot.
 *
 * @param fullOnline whether nothing stands in the way
 * @param reasons what stands in the way, each with a stable {@code RULES_READINESS_*} code and a
 *     JSON Pointer into the procedure definition
 * @param rulesFired the ids of the rules that fired
 */
public record Readiness(boolean fullOnline, List<Diagnostic> reasons, List<String> rulesFired) {

  /** Copies the lists. */
  public Readiness {
    reasons = List.copyOf(reasons);
    rulesFired = List.copyOf(rulesFired);
  }
}
