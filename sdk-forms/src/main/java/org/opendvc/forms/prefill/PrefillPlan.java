package org.opendvc.forms.prefill;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.opendvc.forms.FormDefinition;

/**
 * Which registries to ask about whom, for which data elements, to prefill a form; and which bound
 * fields are left out and why. The plan asks for the fewest elements the shown fields need: one
 * question per registry and subject, nothing for fields that are hidden, calculated, or about a
 * subject no registry knows yet. Immutable.
 *
 * @param form the form
 * @param lookups the questions to ask
 * @param skipped the bound fields left out
 */
public record PrefillPlan(
    FormDefinition form, List<PlannedLookup> lookups, List<SkippedField> skipped) {

  /** Checks the parts and copies the lists. */
  public PrefillPlan {
    Objects.requireNonNull(form, "form");
    lookups = List.copyOf(lookups);
    skipped = List.copyOf(skipped);
  }

  /** The data elements asked for, across registries and subjects, sorted. */
  public Set<String> elements() {
    Set<String> all = new TreeSet<>();
    lookups.forEach(l -> all.addAll(l.elements()));
    return all;
  }

  /** How many fields the plan may fill. */
  public int fieldCount() {
    return lookups.stream().mapToInt(l -> l.paths().size()).sum();
  }
}
