package org.opendvc.forms;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.dictionary.Registry;

/**
 * One entry of a code list.
 *
 * @param code the code a submission carries, such as {@code 01}
 * @param label what people see
 * @param registryCodes the codes registries use for the same thing, when they differ from {@code
 *     code}: prefill translates them
 */
public record Code(String code, LocalizedText label, Map<Registry, List<String>> registryCodes) {

  /** Checks the parts and copies the mapping. */
  public Code {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    Map<Registry, List<String>> copy = new EnumMap<>(Registry.class);
    registryCodes.forEach((registry, codes) -> copy.put(registry, List.copyOf(codes)));
    registryCodes = Map.copyOf(copy);
  }

  /** A code without registry mappings. */
  public static Code of(String code, LocalizedText label) {
    return new Code(code, label, Map.of());
  }
}
