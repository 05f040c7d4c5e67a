package org.opendvc.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The portal failed (HTTP 5xx). A 500, 502 or 504 leaves the outcome of a write unknown; a 503
 * means it was not applied.
 */
public class DvcqgServerException extends DvcqgException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param summary what failed, without personal data
   * @param details the context of the call
   * @param portalMessage the portal's own message, if any
   * @param cause the underlying exception, if any
   */
  public DvcqgServerException(
      String summary,
      ErrorDetails details,
      @Nullable String portalMessage,
      @Nullable Throwable cause) {
    super(summary, details, portalMessage, cause);
  }

  @Override
  public boolean isTransient() {
    return true;
  }
}
