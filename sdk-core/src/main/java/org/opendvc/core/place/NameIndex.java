package org.opendvc.core.place;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds values by name, tolerant of diacritics, case, punctuation and unit words ({@link
 * PlaceNames}). Immutable once built; safe to share between threads.
 *
 * <p>Each name is indexed in full and without its unit word, and a query is tried in full first: so
 * "Quan Sơn" finds the district "Huyện Quan Sơn" although "Quận" folds to "quan" too.
 */
final class NameIndex<T> {
  private final Map<String, List<T>> byKey;
  private final PlaceNames.Level level;

  private NameIndex(Map<String, List<T>> byKey, PlaceNames.Level level) {
    this.byKey = byKey;
    this.level = level;
  }

  static <T> Builder<T> builder(PlaceNames.Level level) {
    return new Builder<>(level);
  }

  /** The values named {@code name}, in the order they were added; empty when none. */
  List<T> find(String name) {
    String key = PlaceNames.key(name);
    List<T> found = byKey.get(key);
    if (found != null) {
      return found;
    }
    String stripped = PlaceNames.withoutUnitWords(key, level);
    return stripped.equals(key) ? List.of() : byKey.getOrDefault(stripped, List.of());
  }

  /** Collects names before the index is built. Not thread-safe. */
  static final class Builder<T> {
    private final Map<String, List<T>> byKey = new HashMap<>();
    private final PlaceNames.Level level;

    private Builder(PlaceNames.Level level) {
      this.level = level;
    }

    /** Indexes {@code value} under {@code name}, in full and without its unit words. */
    Builder<T> add(String name, T value) {
      String key = PlaceNames.key(name);
      put(key, value);
      put(PlaceNames.withoutUnitWords(key, level), value);
      return this;
    }

    private void put(String key, T value) {
      List<T> values = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
      if (!values.contains(value)) {
        values.add(value);
      }
    }

    NameIndex<T> build() {
      Map<String, List<T>> frozen = new HashMap<>(byKey.size() * 2);
      byKey.forEach((key, values) -> frozen.put(key, List.copyOf(values)));
      return new NameIndex<>(Map.copyOf(frozen), level);
    }
  }
}
