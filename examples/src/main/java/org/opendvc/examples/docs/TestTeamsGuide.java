package org.opendvc.examples.docs;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.opendvc.testkit.junit.ScenarioTests;

/** The samples of {@code docs/guides/test-teams.md}: scenario files as JUnit tests. */
public final class TestTeamsGuide {
  private TestTeamsGuide() {}

  // [START scenario-tests]
  /** Every scenario file under scenarios/ as a test, then the rule coverage gate. */
  public static class ScenarioFilesTest {
    @TestFactory
    Stream<DynamicNode> scenarios() {
      return ScenarioTests.of(Path.of("scenarios")); // one container per file, one test per case
    }
  }

  // [END scenario-tests]

  // [START scenario-tests-scoped]
  /** The retirement-age scenarios, gated on the rules of that package only. */
  public static class RetirementAgeTest {
    @TestFactory
    Stream<DynamicNode> scenarios() {
      return ScenarioTests.of(
          Path.of("scenarios", "fixtures", "retirement-age.yaml"),
          rules -> rules.stream().filter(r -> r.ruleFile().equals("retirement-age")).toList());
    }
  }
  // [END scenario-tests-scoped]
}
