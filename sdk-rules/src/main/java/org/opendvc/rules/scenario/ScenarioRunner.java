package org.opendvc.rules.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opendvc.core.Language;
import org.opendvc.rules.Decision;
import org.opendvc.rules.Finding;
import org.opendvc.rules.FindingStatus;
import org.opendvc.rules.RulesEngine;

/**
 * Runs scenarios on the same engine production uses, and records which rules fired in a {@link
 * RuleCoverage}. Thread-safe if its coverage is only read after the runs.
 */
public final class ScenarioRunner {
  private final RulesEngine engine;
  private final RuleCoverage coverage;

  /** A runner on {@code engine}, recording into {@code coverage}. */
  public ScenarioRunner(RulesEngine engine, RuleCoverage coverage) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.coverage = Objects.requireNonNull(coverage, "coverage");
  }

  /** Runs every scenario of {@code suite}, in order. */
  public List<ScenarioResult> run(ScenarioSuite suite) {
    List<ScenarioResult> results = new ArrayList<>();
    for (Scenario scenario : suite.scenarios()) {
      results.add(run(suite, scenario));
    }
    return results;
  }

  /** Runs one scenario of {@code suite}. */
  public ScenarioResult run(ScenarioSuite suite, Scenario scenario) {
    Decision decision = engine.decide(scenario.request(suite.procedure()));
    coverage.record(decision.rulesFired());
    return new ScenarioResult(scenario, decision, compare(scenario.expectation(), decision));
  }

  /** What differs between {@code expected} and {@code decision}, one line each. */
  static List<String> compare(Expectation expected, Decision decision) {
    List<String> failures = new ArrayList<>();
    if (expected.outcome() != null && expected.outcome() != decision.outcome()) {
      failures.add("outcome: expected " + expected.outcome() + ", got " + decision.outcome());
    }
    for (Map.Entry<String, FindingStatus> e : expected.findings().entrySet()) {
      FindingStatus got = decision.finding(e.getKey()).map(Finding::status).orElse(null);
      if (got != e.getValue()) {
        failures.add("finding " + e.getKey() + ": expected " + e.getValue() + ", got " + got);
      }
    }
    for (String rule : expected.rules()) {
      if (!decision.rulesFired().contains(rule)) {
        failures.add("rule " + rule + " did not fire; fired: " + decision.rulesFired());
      }
    }
    if (expected.missing() != null && !expected.missing().equals(decision.missing())) {
      failures.add("missing: expected " + expected.missing() + ", got " + decision.missing());
    }
    for (Map.Entry<Language, List<String>> e : expected.messages().entrySet()) {
      for (String fragment : e.getValue()) {
        boolean found =
            decision.findings().stream()
                .anyMatch(f -> f.message().get(e.getKey()).contains(fragment));
        if (!found) {
          failures.add(
              "no "
                  + e.getKey().name().toLowerCase(java.util.Locale.ROOT)
                  + " message contains \""
                  + fragment
                  + "\"");
        }
      }
    }
    return failures;
  }
}
