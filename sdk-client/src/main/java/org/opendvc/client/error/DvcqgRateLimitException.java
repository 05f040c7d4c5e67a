package org.opendvc.client.error;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The portal asked the client to slow down (HTTP 429), and either the retries ran out, the retry
 * budget was spent, or the portal asked for a longer wait than the configured ceiling ({@code
 * RetryPolicy.maxRetryAfter}). The request was not applied.
 */
public class DvcqgRateLimitException extends DvcqgException {
  private static final long serialVersionUID = 1L;

  private final transient @Nullable Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param summary what failed, without personal data
   * @param details the context of the call
   * @param portalMessage the portal's own message, if any
   * @param retryAfter how long the portal asked to wait ({@code Retry-After}), if it said
   */
  public DvcqgRateLimitException(
      String summary,
      ErrorDetails details,
      @Nullable String portalMessage,
      @Nullable Duration retryAfter) {
    super(summary, details, portalMessage, null);
    this.retryAfter = retryAfter;
  }

  /** How long the portal asked to wait before trying again, if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  @Override
  public boolean isTransient() {
    return true;
  }
}
