package org.opendvc.core.registry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.opendvc.core.data.Subject;
import org.opendvc.core.dictionary.Registry;

/**
 * What a registry answered about one subject. A registry may know the subject but not every element
 * asked for: those it cannot give are listed in {@code unavailable}, never silently dropped.
 *
 * @param registry the registry that answered
 * @param subject the subject asked about
 * @param subjectFound whether the registry knows the subject at all
 * @param values the values it holds, by data element
 * @param unavailable the elements asked for that it could not give
 * @param documents the earlier results it holds, for the e-document warehouse
 * @param fetchedAt when the answer arrived
 */
public record RegistryAnswer(
    Registry registry,
    Subject subject,
    boolean subjectFound,
    Map<String, HeldValue> values,
    Set<String> unavailable,
    List<HeldDocument> documents,
    Instant fetchedAt) {

  /** Checks the parts and copies the collections. */
  public RegistryAnswer {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    values = Map.copyOf(values);
    unavailable = Set.copyOf(unavailable);
    documents = List.copyOf(documents);
  }

  /** The answer of a registry that does not know the subject: every element unavailable. */
  public static RegistryAnswer notFound(RegistryQuery query, Instant fetchedAt) {
    return new RegistryAnswer(
        query.registry(), query.subject(), false, Map.of(), query.elements(), List.of(), fetchedAt);
  }

  /** The value held for {@code element}, if any. */
  public Optional<HeldValue> value(String element) {
    return Optional.ofNullable(values.get(element));
  }
}
