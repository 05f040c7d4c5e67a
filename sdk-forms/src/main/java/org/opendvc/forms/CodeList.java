package org.opendvc.forms;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.dictionary.Registry;

/**
 * A versioned list of codes for choice fields (danh mục), such as the ethnic groups, with the rule
 * for codes it does not know and the translation of registries' codes into its own.
 *
 * <p>Immutable and thread-safe.
 */
public final class CodeList {
  private final String id;
  private final String version;
  private final @Nullable String source;
  private final List<Code> codes;
  private final UnknownCodeRule unknownCodes;
  private final @Nullable String otherCode;
  private final Map<String, Code> byCode;
  private final Map<Registry, Map<String, String>> fromRegistry;

  /**
   * Creates a code list.
   *
   * @param id the id fields refer to it by
   * @param version the version of the list, such as the decision that issued it
   * @param source where the list comes from, or {@code null}
   * @param codes the codes, in display order
   * @param unknownCodes what to do with a code the list does not know
   * @param otherCode the code that stands for the unknown ones under {@link
   *     UnknownCodeRule#MAP_TO_OTHER}, else {@code null}
   * @throws IllegalArgumentException if two entries share a code, or the other code is missing
   *     under {@code MAP_TO_OTHER} or not one of the codes
   */
  public CodeList(
      String id,
      String version,
      @Nullable String source,
      List<Code> codes,
      UnknownCodeRule unknownCodes,
      @Nullable String otherCode) {
    this.id = Objects.requireNonNull(id, "id");
    this.version = Objects.requireNonNull(version, "version");
    this.source = source;
    this.codes = List.copyOf(codes);
    this.unknownCodes = Objects.requireNonNull(unknownCodes, "unknownCodes");
    this.otherCode = otherCode;
    Map<String, Code> index = new LinkedHashMap<>();
    Map<Registry, Map<String, String>> translations = new HashMap<>();
    for (Code code : this.codes) {
      if (index.putIfAbsent(code.code(), code) != null) {
        throw new IllegalArgumentException("Duplicate code " + code.code() + " in list " + id);
      }
      code.registryCodes()
          .forEach(
              (registry, theirs) -> {
                for (String their : theirs) {
                  translations
                      .computeIfAbsent(registry, r -> new HashMap<>())
                      .put(their, code.code());
                }
              });
    }
    if (unknownCodes == UnknownCodeRule.MAP_TO_OTHER
        && (otherCode == null || !index.containsKey(otherCode))) {
      throw new IllegalArgumentException("MAP_TO_OTHER needs an otherCode from the list " + id);
    }
    this.byCode = Map.copyOf(index);
    Map<Registry, Map<String, String>> frozen = new HashMap<>();
    translations.forEach((registry, map) -> frozen.put(registry, Map.copyOf(map)));
    this.fromRegistry = Map.copyOf(frozen);
  }

  /** The id. */
  public String id() {
    return id;
  }

  /** The version. */
  public String version() {
    return version;
  }

  /** Where the list comes from, if said. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** The codes, in display order. */
  public List<Code> codes() {
    return codes;
  }

  /** The rule for codes the list does not know. */
  public UnknownCodeRule unknownCodes() {
    return unknownCodes;
  }

  /** The code standing for unknown ones under {@link UnknownCodeRule#MAP_TO_OTHER}. */
  public Optional<String> otherCode() {
    return Optional.ofNullable(otherCode);
  }

  /** Whether the list has {@code code}. */
  public boolean contains(String code) {
    return byCode.containsKey(code);
  }

  /** The entry for {@code code}. */
  public Optional<Code> code(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The list's code for a code {@code registry} returned: its declared translation, else the same
   * code when the list has it, else nothing (the caller applies {@link #unknownCodes()}).
   */
  public Optional<String> fromRegistry(Registry registry, String registryCode) {
    Map<String, String> translations = fromRegistry.get(registry);
    if (translations != null) {
      String mapped = translations.get(registryCode);
      if (mapped != null) {
        return Optional.of(mapped);
      }
    }
    return contains(registryCode) ? Optional.of(registryCode) : Optional.empty();
  }

  @Override
  public String toString() {
    return "CodeList[" + id + "@" + version + ", " + codes.size() + " codes]";
  }
}
