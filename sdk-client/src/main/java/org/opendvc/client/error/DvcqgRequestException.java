package org.opendvc.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The portal refused the request for a reason other than field validation: HTTP 403, 404, 409 or
 * another 4xx, or a business error code without field errors.
 */
public class DvcqgRequestException extends DvcqgException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param summary what failed, without personal data
   * @param details the context of the call
   * @param portalMessage the portal's own message, if any
   * @param cause the underlying exception, if any
   */
  public DvcqgRequestException(
      String summary,
      ErrorDetails details,
      @Nullable String portalMessage,
      @Nullable Throwable cause) {
    super(summary, details, portalMessage, cause);
  }

  @Override
  public boolean isTransient() {
    return false;
  }
}
