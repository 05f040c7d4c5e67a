package org.opendvc.forms.prefill;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.dictionary.AssuranceLevel;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.registry.HeldValue;
import org.opendvc.core.registry.RegistryAnswer;
import org.opendvc.core.registry.RegistryException;
import org.opendvc.core.registry.RegistryLookup;
import org.opendvc.core.registry.RegistryQuery;

/** A small in-memory registry for the module's own tests (the testkit has the full one). */
final class FakeRegistries implements RegistryLookup {
  static final Instant FETCHED = Instant.parse("2025-07-01T03:00:00Z");
  static final Instant UPDATED = Instant.parse("2024-01-01T00:00:00Z");

  private final Map<String, Map<String, HeldValue>> held = new HashMap<>();
  private final Map<Registry, RegistryException.Reason> failing = new HashMap<>();
  private final Set<Registry> silent = EnumSet.noneOf(Registry.class);
  final List<RegistryQuery> queries = new CopyOnWriteArrayList<>();
  boolean throwSynchronously;

  FakeRegistries hold(Registry registry, String id, String element, DataValue value) {
    return hold(registry, id, element, value, AssuranceLevel.AUTHORITATIVE);
  }

  FakeRegistries hold(
      Registry registry, String id, String element, DataValue value, AssuranceLevel assurance) {
    held.computeIfAbsent(registry + "/" + id, k -> new HashMap<>())
        .put(element, new HeldValue(element, value, assurance, UPDATED));
    return this;
  }

  FakeRegistries failing(Registry registry, RegistryException.Reason reason) {
    failing.put(registry, reason);
    return this;
  }

  FakeRegistries silent(Registry registry) {
    silent.add(registry);
    return this;
  }

  @Override
  public Set<Registry> registries() {
    return EnumSet.allOf(Registry.class);
  }

  @Override
  public CompletionStage<RegistryAnswer> lookup(RegistryQuery query) {
    queries.add(query);
    if (throwSynchronously) {
      throw new IllegalStateException("broken client");
    }
    if (failing.containsKey(query.registry())) {
      return CompletableFuture.failedFuture(
          new RegistryException(query.registry(), failing.get(query.registry()), "test"));
    }
    if (silent.contains(query.registry())) {
      return new CompletableFuture<>();
    }
    Map<String, HeldValue> record = held.get(query.registry() + "/" + query.subject().identifier());
    if (record == null) {
      return CompletableFuture.completedFuture(RegistryAnswer.notFound(query, FETCHED));
    }
    Map<String, HeldValue> values = new HashMap<>();
    Set<String> unavailable = new TreeSet<>();
    for (String element : query.elements()) {
      if (record.containsKey(element)) {
        values.put(element, record.get(element));
      } else {
        unavailable.add(element);
      }
    }
    return CompletableFuture.completedFuture(
        new RegistryAnswer(
            query.registry(), query.subject(), true, values, unavailable, List.of(), FETCHED));
  }
}
