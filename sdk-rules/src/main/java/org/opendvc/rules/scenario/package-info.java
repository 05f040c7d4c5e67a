/**
 * Scenario tests that people who know the law write without programming: YAML files, one per
 * procedure, each case giving a decision date, facts, what the registries hold and what is
 * expected. {@link org.opendvc.rules.scenario.ScenarioReader} reads them, {@link
 * org.opendvc.rules.scenario.ScenarioRunner} runs them, and {@link
 * org.opendvc.rules.scenario.RuleCoverage} says which rules no case made fire.
 */
@NullMarked
package org.opendvc.rules.scenario;

import org.jspecify.annotations.NullMarked;
