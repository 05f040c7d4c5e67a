package org.opendvc.testkit.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.rules.RuleInfo;
import org.opendvc.rules.RulesEngine;
import org.opendvc.rules.scenario.RuleCoverage;
import org.opendvc.rules.scenario.Scenario;
import org.opendvc.rules.scenario.ScenarioReader;
import org.opendvc.rules.scenario.ScenarioResult;
import org.opendvc.rules.scenario.ScenarioRunner;
import org.opendvc.rules.scenario.ScenarioSuite;

/**
 * Scenario files as JUnit 5 dynamic tests, so each case shows in the test report, followed by the
 * rule coverage gate: a test that fails when a rule of the eligibility rule base never fired.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> scenarios() {
 *   return ScenarioTests.of(Path.of("scenarios"));
 * }
 * }</pre>
 */
public final class ScenarioTests {
  private ScenarioTests() {}

  /**
   * One container per scenario file under {@code root} ({@code *.yaml}, {@code *.yml}, searched
   * recursively), one test per case, then the coverage gate over the whole eligibility rule base.
   */
  public static Stream<DynamicNode> of(Path root) {
    return of(
        root, rules -> rules.stream().filter(r -> r.ruleBase().equals("eligibility")).toList());
  }

  /**
   * As {@link #of(Path)}, with the rules the coverage gate must see fire chosen by {@code scope}.
   */
  public static Stream<DynamicNode> of(
      Path root, java.util.function.Function<List<RuleInfo>, List<RuleInfo>> scope) {
    RulesEngine engine = RulesEngine.create();
    RuleCoverage coverage = new RuleCoverage();
    ScenarioRunner runner = new ScenarioRunner(engine, coverage);
    ScenarioReader reader = ScenarioReader.standard();
    List<DynamicNode> nodes = new ArrayList<>();
    for (Path file : files(root)) {
      Validated<ScenarioSuite> suite = reader.read(file);
      if (suite.hasErrors() || suite.value().isEmpty()) {
        nodes.add(
            DynamicTest.dynamicTest(
                file.toString(),
                file.toUri(),
                () -> {
                  throw new AssertionError(describe(suite.diagnostics()));
                }));
        continue;
      }
      ScenarioSuite s = suite.value().get();
      List<DynamicTest> tests = new ArrayList<>();
      for (Scenario scenario : s.scenarios()) {
        tests.add(
            DynamicTest.dynamicTest(
                scenario.name(),
                () -> {
                  ScenarioResult result = runner.run(s, scenario);
                  if (!result.passed()) {
                    throw new AssertionError(String.join("\n", result.failures()));
                  }
                }));
      }
      nodes.add(DynamicContainer.dynamicContainer(file.toString(), file.toUri(), tests.stream()));
    }
    nodes.add(
        DynamicTest.dynamicTest(
            "rule coverage",
            () -> {
              try {
                RuleCoverage.Report report = coverage.report(scope.apply(engine.rules()));
                if (!report.isClean()) {
                  throw new AssertionError(
                      "Rules that no scenario made fire: " + report.neverFired());
                }
              } finally {
                engine.close();
              }
            }));
    return nodes.stream();
  }

  /** The scenario files under {@code root}, sorted. */
  public static List<Path> files(Path root) {
    if (Files.isRegularFile(root)) {
      return List.of(root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String describe(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder("The scenario file has problems:");
    for (Diagnostic d : diagnostics) {
      out.append("\n  ")
          .append(d.code())
          .append(' ')
          .append(d.pointer())
          .append(": ")
          .append(d.message().get(org.opendvc.core.Language.EN));
    }
    return out.toString();
  }
}
