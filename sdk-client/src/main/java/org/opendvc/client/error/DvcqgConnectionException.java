package org.opendvc.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The portal could not be reached, or the connection broke before a whole answer arrived (refused,
 * reset, dropped mid-response). If it broke after the request was sent, {@link #outcomeUnknown()}
 * is true.
 */
public class DvcqgConnectionException extends DvcqgException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param summary what failed, without personal data
   * @param details the context of the call
   * @param portalMessage the portal's own message, if any
   * @param cause the underlying exception, if any
   */
  public DvcqgConnectionException(
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
