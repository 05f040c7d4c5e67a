package org.opendvc.client.error;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What is known about a failed call, carried by every {@link DvcqgException}.
 *
 * @param operation the portal service called, such as {@code DongBoHoSoMC}, or {@code login}
 * @param httpStatus the HTTP status of the last answer, or 0 when no answer arrived
 * @param errorCode the portal's error code ({@code error_code}), if it gave one
 * @param requestId the request id: the portal's {@code X-Request-Id} if it sent one, otherwise the
 *     id the client sent
 * @param attempts how many attempts were made, retries included
 * @param outcomeUnknown whether the request may have reached the portal and been applied although
 *     no success answer arrived (a read timeout, a connection dropped after sending, a 5xx)
 * @param bodyExcerpt the start of the answer's body, redacted and at most {@link #MAX_EXCERPT}
 *     characters, for support tickets; empty when there was none
 */
public record ErrorDetails(
    String operation,
    int httpStatus,
    @Nullable String errorCode,
    @Nullable String requestId,
    int attempts,
    boolean outcomeUnknown,
    String bodyExcerpt) {

  /** The longest excerpt of an answer kept in an exception, in characters. */
  public static final int MAX_EXCERPT = 512;

  /**
   * Checks the parts and cuts the excerpt to {@link #MAX_EXCERPT} characters.
   *
   * @throws IllegalArgumentException if {@code httpStatus} or {@code attempts} is negative
   */
  public ErrorDetails {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(bodyExcerpt, "bodyExcerpt");
    if (httpStatus < 0 || attempts < 0) {
      throw new IllegalArgumentException("httpStatus and attempts must not be negative");
    }
    if (bodyExcerpt.length() > MAX_EXCERPT) {
      bodyExcerpt = bodyExcerpt.substring(0, MAX_EXCERPT) + "…";
    }
  }

  /** Details of a call that got no answer. */
  public static ErrorDetails noAnswer(String operation, @Nullable String requestId) {
    return new ErrorDetails(operation, 0, null, requestId, 1, false, "");
  }

  /** A copy with the number of attempts and whether the outcome is unknown. */
  public ErrorDetails withAttempts(int attempts, boolean outcomeUnknown) {
    return new ErrorDetails(
        operation, httpStatus, errorCode, requestId, attempts, outcomeUnknown, bodyExcerpt);
  }

  /** The bracketed context appended to exception messages. */
  String context() {
    StringBuilder out = new StringBuilder(" [operation=").append(operation);
    if (httpStatus > 0) {
      out.append(", status=").append(httpStatus);
    }
    if (errorCode != null) {
      out.append(", errorCode=").append(errorCode);
    }
    if (requestId != null) {
      out.append(", requestId=").append(requestId);
    }
    out.append(", attempts=").append(attempts);
    if (outcomeUnknown) {
      out.append(", outcomeUnknown=true");
    }
    return out.append(']').toString();
  }
}
