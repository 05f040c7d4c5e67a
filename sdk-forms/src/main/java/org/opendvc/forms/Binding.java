package org.opendvc.forms;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.SubjectRole;

/**
 * What a field holds in the shared vocabulary: a data element of the dictionary, about a subject.
 * {@code {"element": "person.fullName", "subject": "FATHER"}} is the father's full name.
 *
 * @param element the data element, such as {@code person.dateOfBirth}
 * @param subject whom it is about; {@code null} inside a repeating group, whose items are the
 *     subjects (the second item of a {@code CHILD} group is the child with index 1)
 * @param prefill whether to prefill it from a registry that holds it (default {@code true})
 * @param lock whether a prefilled value may be locked
 */
public record Binding(
    String element, @Nullable SubjectRole subject, boolean prefill, LockMode lock) {

  /** Checks the element and lock mode are present. */
  public Binding {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(lock, "lock");
  }
}
