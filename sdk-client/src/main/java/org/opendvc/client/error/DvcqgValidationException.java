package org.opendvc.client.error;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The portal rejected the request's content (HTTP 400 or 422, or a business error code with field
 * errors): a required field missing, a dossier code without the province's prefix, an illegal
 * status transition, a batch too large. Retrying the same request cannot succeed.
 */
public class DvcqgValidationException extends DvcqgException {
  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> fieldErrors;

  /**
   * Creates the exception.
   *
   * @param summary what failed, without personal data
   * @param details the context of the call
   * @param portalMessage the portal's own message, if any
   * @param fieldErrors the fields rejected, possibly none when the portal did not say
   */
  public DvcqgValidationException(
      String summary,
      ErrorDetails details,
      @Nullable String portalMessage,
      List<FieldError> fieldErrors) {
    super(summary + describe(fieldErrors), details, portalMessage, null);
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  private static String describe(List<FieldError> errors) {
    return errors.isEmpty() ? "" : " " + errors;
  }

  /** The fields the portal rejected, with their rule codes. */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }
}
