package org.opendvc.examples.docs;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.opendvc.rules.RulesEngine;

/** A rules engine for the tests of a class, built once before them and closed after them. */
abstract class WithRulesEngine {
  static RulesEngine rules;

  @BeforeAll
  static void startRules() {
    rules = RulesEngine.builder().poolSize(1).build();
  }

  @AfterAll
  static void stopRules() {
    rules.close();
  }
}
