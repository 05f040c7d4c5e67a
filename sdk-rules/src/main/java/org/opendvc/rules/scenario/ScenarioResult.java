package org.opendvc.rules.scenario;

import java.util.List;
import java.util.Objects;
import org.opendvc.rules.Decision;

/**
 * The result of running one scenario.
 *
 * @param scenario the scenario
 * @param decision the decision the engine made
 * @param failures what differed from the expectation, one line each; empty when it passed
 */
public record ScenarioResult(Scenario scenario, Decision decision, List<String> failures) {

  /** Checks the parts and copies the list. */
  public ScenarioResult {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(decision, "decision");
    failures = List.copyOf(failures);
  }

  /** Whether the decision met every expectation. */
  public boolean passed() {
    return failures.isEmpty();
  }
}
