package org.opendvc.forms.validation;

import java.util.Objects;

/**
 * What the form's logic decided about one value of a submission, as the server evaluated it: the
 * same decisions a front end makes, so the two can be compared.
 *
 * @param path the value's path
 * @param shown whether the field was shown (relevant)
 * @param required whether an answer was required
 * @param readOnly whether the field was read-only
 */
public record FieldStatus(String path, boolean shown, boolean required, boolean readOnly) {
  /** Checks the path is present. */
  public FieldStatus {
    Objects.requireNonNull(path, "path");
  }
}
