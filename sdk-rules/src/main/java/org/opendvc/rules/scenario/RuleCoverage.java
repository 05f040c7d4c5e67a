package org.opendvc.rules.scenario;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.opendvc.rules.RuleInfo;

/**
 * Which rules fired across a suite of scenarios, and how often: a rule that never fires is either
 * untested or dead. Thread-safe.
 */
public final class RuleCoverage {
  private final Map<String, AtomicInteger> fired = new ConcurrentHashMap<>();

  /** Records the rules one decision fired. */
  public void record(Collection<String> ruleIds) {
    for (String id : ruleIds) {
      fired.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    }
  }

  /** The report over {@code scope}: every rule that should fire, with its count. */
  public Report report(Collection<RuleInfo> scope) {
    Map<String, Integer> counts = new TreeMap<>();
    for (RuleInfo rule : scope) {
      AtomicInteger n = fired.get(rule.id());
      counts.put(rule.id(), n == null ? 0 : n.get());
    }
    return new Report(counts);
  }

  /**
   * How often each rule in scope fired.
   *
   * @param counts fire counts by rule id, sorted by id
   */
  public record Report(Map<String, Integer> counts) {
    /** Copies the counts. */
    public Report {
      counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    /** The rules in scope that never fired. */
    public List<String> neverFired() {
      return counts.entrySet().stream()
          .filter(e -> e.getValue() == 0)
          .map(Map.Entry::getKey)
          .toList();
    }

    /** Whether every rule in scope fired at least once. */
    public boolean isClean() {
      return neverFired().isEmpty();
    }

    /** The report as lines for people: one rule per line with its count, then a summary. */
    public List<String> lines() {
      List<String> lines = new java.util.ArrayList<>();
      counts.forEach((id, n) -> lines.add(String.format("%5d  %s", n, id)));
      lines.add(
          (counts.size() - neverFired().size())
              + "/"
              + counts.size()
              + " rules fired"
              + (isClean() ? "" : "; never fired: " + String.join(", ", neverFired())));
      return lines;
    }
  }
}
