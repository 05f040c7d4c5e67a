package org.opendvc.rules;

import java.util.Objects;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.dictionary.DataElement;

/**
 * A value of a data element about one subject of a decision, as the applicant declared it or a form
 * collected it: the child's date of birth, the applicant's sex. Values a registry holds are given
 * as {@link org.opendvc.core.registry.RegistryAnswer}s instead, so findings can say where a value
 * came from.
 *
 * <p>The value may be personal data: {@code toString()} does not show it.
 *
 * @param role whom it is about
 * @param element the data element, such as {@code person.dateOfBirth}
 * @param value the value
 */
public record Fact(SubjectRole role, String element, DataValue value) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code element} is not a well-formed data element id
   */
  public Fact {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(value, "value");
    if (!DataElement.isWellFormedId(element)) {
      throw new IllegalArgumentException("Not a data element id: " + element);
    }
  }

  @Override
  public String toString() {
    return "Fact[" + role + ", " + element + ", ***]";
  }
}
