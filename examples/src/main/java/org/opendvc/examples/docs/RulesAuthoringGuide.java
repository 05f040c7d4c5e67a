package org.opendvc.examples.docs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendvc.core.Language;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.rules.ParameterUse;
import org.opendvc.rules.RuleInfo;
import org.opendvc.rules.RulesEngine;
import org.opendvc.rules.parameter.ParameterSet;
import org.opendvc.rules.scenario.RuleCoverage;
import org.opendvc.rules.scenario.ScenarioReader;
import org.opendvc.rules.scenario.ScenarioResult;
import org.opendvc.rules.scenario.ScenarioRunner;
import org.opendvc.rules.scenario.ScenarioSuite;

/** The samples of {@code docs/guides/rules-authoring.md}. */
public final class RulesAuthoringGuide {
  private RulesAuthoringGuide() {}

  /** The value of a parameter in force on a date, with the law that sets it. */
  public static Optional<ParameterUse> valueOn(String parameterId, LocalDate date) {
    // [START resolve-parameter]
    ParameterSet parameters = ParameterSet.standard(); // the ones OpenDVC ships
    Optional<ParameterUse> use = parameters.resolve(parameterId, date);
    // use.value() 18, use.effectiveFrom() 2015-01-01, use.legalReference() 52/2014/QH13 Art. 8;
    // empty before the first date, or once a null value has ended the parameter
    // [END resolve-parameter]
    return use;
  }

  /** An engine that knows a ministry's own parameters besides the standard ones. */
  public static RulesEngine engineWithMinistryParameters(Path parametersFile) {
    // [START ministry-parameters]
    JsonDocument file = JsonDocument.read(parametersFile, "ministry-parameters.json").orElseThrow();
    ParameterSet parameters =
        ParameterSet.standard().extend(file).orElseThrow(); // no redefinitions
    RulesEngine rules = RulesEngine.builder().parameters(parameters).build();
    // [END ministry-parameters]
    return rules;
  }

  /** What the rules find wrong in a definition before it is published. */
  public static List<String> checkDefinition(RulesEngine rules, Procedure procedure) {
    List<String> problems = new ArrayList<>();
    // [START check-definition]
    for (Diagnostic d : rules.checkDefinition(procedure)) {
      // RULES_PARAMETER_UNKNOWN, RULES_PARAMETER_NOT_IN_FORCE, RULES_RULE_PACKAGE_UNKNOWN,
      // ONCE_ONLY_*: a requirement the rules could not evaluate, or a document the state holds
      problems.add(d.code() + " " + d.pointer() + ": " + d.message().get(Language.EN));
    }
    // [END check-definition]
    return problems;
  }

  /** Every rule with its metadata, as a table for reviewers. */
  public static List<String> ruleTable(RulesEngine rules) {
    List<String> lines = new ArrayList<>();
    // [START rule-metadata]
    for (RuleInfo rule : rules.rules()) { // sorted by rule base, then id
      lines.add(
          String.join(
              " | ",
              rule.ruleBase(), // eligibility, once-only, readiness
              rule.id(), // ELIG-MIN-AGE-MET, RET-135-REACHED...
              rule.ruleFile(), // requirements, retirement-age, identity-card...
              rule.messageKey(), // key in messages_vi/en.properties
              rule.lawReference(), // "requirement", or the provision the rule implements
              String.valueOf(rule.effectiveFrom()))); // 1900-01-01 for the generic rules
    }
    // [END rule-metadata]
    return lines;
  }

  /** Runs a scenario file and returns the rules no case made fire. */
  public static List<String> runScenarios(RulesEngine rules, Path scenarioFile) {
    // [START run-scenarios]
    ScenarioSuite suite = ScenarioReader.standard().read(scenarioFile).orElseThrow();
    RuleCoverage coverage = new RuleCoverage();
    List<ScenarioResult> results = new ScenarioRunner(rules, coverage).run(suite);
    List<String> failures = new ArrayList<>();
    for (ScenarioResult result : results) {
      result.failures().forEach(f -> failures.add(result.scenario().name() + ": " + f));
    }
    List<RuleInfo> scope =
        rules.rules().stream().filter(r -> r.ruleFile().equals("retirement-age")).toList();
    List<String> neverFired = coverage.report(scope).neverFired(); // untested, or dead
    // [END run-scenarios]
    if (!failures.isEmpty()) {
      throw new AssertionError(String.join("\n", failures));
    }
    return neverFired;
  }
}
