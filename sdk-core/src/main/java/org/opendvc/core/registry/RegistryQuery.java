package org.opendvc.core.registry;

import java.util.Objects;
import java.util.Set;
import org.opendvc.core.data.Subject;
import org.opendvc.core.dictionary.Registry;

/**
 * A request to one registry for the data elements, and the earlier results, it holds about one
 * subject. Ask only for what the form or rule needs: data minimisation is the law's default.
 *
 * @param registry the registry to ask
 * @param subject whom to ask about; its identifier must be known
 * @param elements the data elements wanted, such as {@code person.fullName}
 * @param resultCodes the result codes ({@code MAKETQUA}) of earlier results wanted from the
 *     e-document warehouse
 */
public record RegistryQuery(
    Registry registry, Subject subject, Set<String> elements, Set<String> resultCodes) {

  /**
   * Checks the parts and copies the sets.
   *
   * @throws IllegalArgumentException if the subject has no identifier or nothing is asked for
   */
  public RegistryQuery {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(subject, "subject");
    if (subject.identifier() == null) {
      throw new IllegalArgumentException(
          "A registry can only be asked about an identified subject");
    }
    elements = Set.copyOf(elements);
    resultCodes = Set.copyOf(resultCodes);
    if (elements.isEmpty() && resultCodes.isEmpty()) {
      throw new IllegalArgumentException("Ask for at least one data element or result");
    }
  }

  /** A query for data elements only. */
  public static RegistryQuery elements(Registry registry, Subject subject, Set<String> elements) {
    return new RegistryQuery(registry, subject, elements, Set.of());
  }
}
