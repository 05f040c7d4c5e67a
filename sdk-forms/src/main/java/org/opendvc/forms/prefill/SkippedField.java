package org.opendvc.forms.prefill;

import java.util.Objects;
import org.opendvc.core.data.SubjectRole;

/**
 * A bound field a prefill plan leaves out, and why.
 *
 * @param path the field's path (with the item for a group's field, such as {@code
 *     children[0].childName})
 * @param role the subject its value is about
 * @param reason why it is left out
 */
public record SkippedField(String path, SubjectRole role, SkipReason reason) {
  /** Checks the parts are present. */
  public SkippedField {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(reason, "reason");
  }
}
