package org.opendvc.rules.scenario;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.Language;
import org.opendvc.rules.FindingStatus;
import org.opendvc.rules.Outcome;

/**
 * What a scenario expects; only what is given is checked.
 *
 * @param outcome the expected outcome, or {@code null}
 * @param findings expected status by requirement id
 * @param rules rule ids that must fire
 * @param missing data elements that must be named as missing, exactly, when given
 * @param messages fragments the findings' messages must contain, by language
 */
public record Expectation(
    @Nullable Outcome outcome,
    Map<String, FindingStatus> findings,
    List<String> rules,
    @Nullable List<String> missing,
    Map<Language, List<String>> messages) {

  /** Copies the collections. */
  public Expectation {
    findings = Map.copyOf(findings);
    rules = List.copyOf(rules);
    missing = missing == null ? null : List.copyOf(missing);
    messages = Map.copyOf(messages);
  }
}
