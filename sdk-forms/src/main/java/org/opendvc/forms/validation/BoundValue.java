package org.opendvc.forms.validation;

import java.util.Objects;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.data.Subject;

/**
 * An accepted value in the shared vocabulary: which data element of which subject it is. This is
 * what rules and dossiers read. The value and the subject's identifier are personal data: {@code
 * toString()} masks them.
 *
 * <p>A date asked for at year precision is given as the first of January of that year.
 *
 * @param path the value's path in the submission
 * @param element the data element, such as {@code person.fullName}
 * @param subject whom it is about (role, item index, and identifier when the form holds it)
 * @param value the value
 */
public record BoundValue(String path, String element, Subject subject, DataValue value) {
  /** Checks the parts are present. */
  public BoundValue {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(value, "value");
  }
}
