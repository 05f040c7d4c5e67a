package org.opendvc.examples;

import org.opendvc.examples.docs.TestTeamsGuide;

/**
 * Every scenario file under {@code examples/scenarios}, one dynamic test per case, and the gate
 * that every rule of the eligibility rule base fired in some case: the test teams' guide's sample,
 * run as this build's test.
 */
class ExampleScenariosTest extends TestTeamsGuide.ScenarioFilesTest {}
