package org.opendvc.forms;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.SubjectRole;

/**
 * A subject a form is about, and how registries come to know who it is.
 *
 * @param role the role, such as {@code MOTHER}
 * @param identifiedBy how the subject's identifier becomes known
 * @param field for {@link SubjectIdentification#FIELD}, the id of the field that holds the
 *     identifier; {@code null} otherwise
 */
public record FormSubject(
    SubjectRole role, SubjectIdentification identifiedBy, @Nullable String field) {

  /**
   * Checks the parts fit together.
   *
   * @throws IllegalArgumentException if a field is given without {@code FIELD}, or missing with it
   */
  public FormSubject {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(identifiedBy, "identifiedBy");
    if ((identifiedBy == SubjectIdentification.FIELD) != (field != null)) {
      throw new IllegalArgumentException("A field identifies the subject exactly when FIELD");
    }
  }
}
