package org.opendvc.examples.docs;

/**
 * Runs the scoped JUnit sample of the test teams' guide as a test of this build; the other sample
 * runs as {@code ExampleScenariosTest}.
 */
class TestTeamsGuideSampleTests extends TestTeamsGuide.RetirementAgeTest {}
