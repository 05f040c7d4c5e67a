package org.opendvc.client.error;

import org.jspecify.annotations.Nullable;

/**
 * No answer arrived in time: the connect, read or call timeout, or the whole-call deadline, ran
 * out. When the request had been sent, {@link #outcomeUnknown()} is true.
 */
public class DvcqgTimeoutException extends DvcqgException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param summary what failed, without personal data
   * @param details the context of the call
   * @param portalMessage the portal's own message, if any
   * @param cause the underlying exception, if any
   */
  public DvcqgTimeoutException(
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
