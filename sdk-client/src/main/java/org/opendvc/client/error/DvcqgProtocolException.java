package org.opendvc.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The portal answered something the client cannot read: malformed or truncated JSON, an HTML page
 * (often a proxy or login page in front of the adapter), plain text, an unexpected shape, an answer
 * larger than the configured limit, or a redirect. Check the base URL and paths.
 */
public class DvcqgProtocolException extends DvcqgException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param summary what failed, without personal data
   * @param details the context of the call
   * @param portalMessage the portal's own message, if any
   * @param cause the underlying exception, if any
   */
  public DvcqgProtocolException(
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
