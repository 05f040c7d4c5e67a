package org.opendvc.core.dictionary;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * That a registry holds a data element, under which field name, and how far it can be relied on.
 *
 * @param registry the registry
 * @param sourceField the field in the registry's payload, such as {@code SoDinhDanh} or {@code
 *     Cha.HoVaTen}, when known
 * @param assurance how far the value can be relied on
 */
public record RegistryHolding(
    Registry registry, @Nullable String sourceField, AssuranceLevel assurance) {

  /** Checks the registry and assurance are present. */
  public RegistryHolding {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(assurance, "assurance");
  }
}
