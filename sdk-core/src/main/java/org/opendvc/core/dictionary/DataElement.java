package org.opendvc.core.dictionary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.opendvc.core.LocalizedText;

/**
 * A data element (phần tử dữ liệu) of the shared vocabulary, such as {@code person.fullName}:
 * procedures declare what they need in these terms, forms bind fields to them, registries provide
 * them and rules reason over them.
 *
 * @param id the identifier: dot-separated lower camel case words, such as {@code
 *     person.father.fullName}
 * @param type the type of its value
 * @param personalData whether, and how, it is personal data
 * @param subject what it describes
 * @param label its name for people
 * @param heldBy the registries that hold it, most authoritative first
 */
public record DataElement(
    String id,
    ValueType type,
    PersonalDataClass personalData,
    SubjectKind subject,
    LocalizedText label,
    List<RegistryHolding> heldBy) {
  private static final Pattern ID = Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)+");

  /**
   * Checks every part is present and the id is well formed.
   *
   * @throws IllegalArgumentException if the id is not dot-separated lower camel case words
   */
  public DataElement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(personalData, "personalData");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(label, "label");
    if (!isWellFormedId(id)) {
      throw new IllegalArgumentException(
          "A data element id is dot-separated lower camel case, such as person.fullName: " + id);
    }
    heldBy = List.copyOf(heldBy);
  }

  /** Whether {@code id} has the form of a data element id. */
  public static boolean isWellFormedId(String id) {
    return ID.matcher(id).matches();
  }

  /** Whether any registry holds this element. */
  public boolean isHeldByRegistry() {
    return !heldBy.isEmpty();
  }

  /** The holding by {@code registry}, if it holds this element. */
  public Optional<RegistryHolding> holding(Registry registry) {
    return heldBy.stream().filter(h -> h.registry() == registry).findFirst();
  }
}
