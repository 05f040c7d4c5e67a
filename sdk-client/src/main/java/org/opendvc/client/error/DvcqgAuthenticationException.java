package org.opendvc.client.error;

import org.jspecify.annotations.Nullable;

/**
 * The portal refused the credentials: the login or token request failed, or a call was still
 * refused (HTTP 401) after logging in again once. Check the user name, password or client secret in
 * the configuration.
 */
public class DvcqgAuthenticationException extends DvcqgException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param summary what failed, without personal data
   * @param details the context of the call
   * @param portalMessage the portal's own message, if any
   * @param cause the underlying exception, if any
   */
  public DvcqgAuthenticationException(
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
