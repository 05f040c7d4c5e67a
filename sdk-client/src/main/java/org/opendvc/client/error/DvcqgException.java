package org.opendvc.client.error;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.OpenDvcException;

/**
 * The root of every exception the portal client throws. Unchecked: catch the subtype you can act on
 * ({@link DvcqgRateLimitException}, {@link DvcqgValidationException}...) or this root.
 *
 * <p>The message says what failed and ends with the context in brackets: operation, HTTP status,
 * error code, request id, attempts. It never contains personal data, nor the portal's free-text
 * message (which may quote what was sent): that is in {@link #portalMessage()}. Exceptions from the
 * HTTP and JSON libraries never escape unwrapped; they are kept as the cause.
 */
public class DvcqgException extends OpenDvcException {
  private static final long serialVersionUID = 1L;

  private final transient ErrorDetails details;
  private final transient @Nullable String portalMessage;

  /**
   * Creates an exception.
   *
   * @param summary what failed, without personal data
   * @param details the context of the call
   * @param portalMessage the portal's own message, if any; may contain personal data
   * @param cause the underlying exception, if any
   */
  public DvcqgException(
      String summary,
      ErrorDetails details,
      @Nullable String portalMessage,
      @Nullable Throwable cause) {
    super(summary + details.context(), cause);
    this.details = Objects.requireNonNull(details, "details");
    this.portalMessage = portalMessage;
  }

  /** The context of the call. */
  public ErrorDetails details() {
    return details;
  }

  /** The portal service called, such as {@code DongBoHoSoMC}. */
  public String operation() {
    return details.operation();
  }

  /** The HTTP status of the last answer, or 0 when no answer arrived. */
  public int httpStatus() {
    return details.httpStatus();
  }

  /** The portal's error code, if it gave one. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(details.errorCode());
  }

  /** The request id to quote to the portal's operators, if known. */
  public Optional<String> requestId() {
    return Optional.ofNullable(details.requestId());
  }

  /**
   * Whether the request may have been applied by the portal even though no success answer came
   * back. A caller resending a non-idempotent write must first check what the portal holds.
   */
  public boolean outcomeUnknown() {
    return details.outcomeUnknown();
  }

  /** Whether trying again later may succeed: connection problems, timeouts, rate limits, 5xx. */
  public boolean isTransient() {
    return false;
  }

  /**
   * The portal's own message, such as "Hồ sơ đã tồn tại". It may quote values that were sent, so it
   * is kept out of {@link #getMessage()}; do not log it without redaction.
   */
  public Optional<String> portalMessage() {
    return Optional.ofNullable(portalMessage);
  }
}
