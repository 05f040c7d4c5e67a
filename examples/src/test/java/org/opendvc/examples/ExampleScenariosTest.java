package org.opendvc.examples;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.opendvc.testkit.junit.ScenarioTests;

/**
 * Every scenario file under {@code examples/scenarios}, one dynamic test per case, and the gate
 * that every rule of the eligibility rule base fired in some case.
 */
class ExampleScenariosTest {
  @TestFactory
  Stream<DynamicNode> exampleScenarios() {
    return ScenarioTests.of(Path.of("scenarios"));
  }
}
