package org.opendvc.forms.prefill;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.opendvc.core.data.Subject;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.registry.RegistryQuery;

/**
 * One question a prefill plan asks: which data elements of one subject to ask one registry for, and
 * the fields they fill. {@code toString()} masks the subject's identifier.
 *
 * @param registry the registry
 * @param subject the subject, with its identifier
 * @param elements the data elements wanted, no more than the fields need
 * @param paths the fields (paths) they fill
 */
public record PlannedLookup(
    Registry registry, Subject subject, Set<String> elements, List<String> paths) {

  /**
   * Checks the parts and copies the collections.
   *
   * @throws IllegalArgumentException if the subject has no identifier or nothing is asked for
   */
  public PlannedLookup {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(subject, "subject");
    if (subject.identifier() == null) {
      throw new IllegalArgumentException("A lookup needs an identified subject");
    }
    elements = Set.copyOf(elements);
    paths = List.copyOf(paths);
    if (elements.isEmpty()) {
      throw new IllegalArgumentException("A lookup asks for at least one element");
    }
  }

  /** The query to send. */
  public RegistryQuery toQuery() {
    return RegistryQuery.elements(registry, subject, elements);
  }
}
