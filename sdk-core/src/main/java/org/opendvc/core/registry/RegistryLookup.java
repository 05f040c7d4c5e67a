package org.opendvc.core.registry;

import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.opendvc.core.dictionary.Registry;

/**
 * Asks national registries what they hold about a subject. Implemented over the portal by {@code
 * sdk-client}, by synthetic registries in {@code sdk-testkit}, and by a ministry over its own
 * connections (LGSP/NDXP).
 *
 * <p>Implementations must be thread-safe: callers ask several registries concurrently. A lookup
 * completes exceptionally with a {@link RegistryException} when the registry cannot answer; an
 * answer that lacks some elements lists them as unavailable instead.
 */
public interface RegistryLookup {

  /** The registries this lookup can ask. */
  Set<Registry> registries();

  /** Asks one registry about one subject. */
  CompletionStage<RegistryAnswer> lookup(RegistryQuery query);
}
