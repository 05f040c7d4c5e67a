package org.opendvc.examples.docs;

/** Runs the JUnit sample of the provincial vendors' guide as a test of this build. */
class SyncAgainstTheSimulatorSampleTest
    extends ProvincialVendorsGuide.SyncAgainstTheSimulatorTest {}
