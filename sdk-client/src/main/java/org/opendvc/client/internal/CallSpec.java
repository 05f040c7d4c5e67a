package org.opendvc.client.internal;

import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * One logical call: its name for metrics and errors, whether it may be repeated, whether it needs
 * the session or token, and how to build the HTTP request of an attempt.
 *
 * @param operation the portal service, or {@code login} / {@code token}
 * @param safety whether it may be repeated when its outcome is unknown
 * @param authenticated whether it needs the session or bearer token
 * @param credentialEndpoint whether it is the login or token request itself, whose refusals mean
 *     bad credentials
 * @param builder builds the request of an attempt, given the current session or token
 */
record CallSpec(
    String operation,
    Safety safety,
    boolean authenticated,
    boolean credentialEndpoint,
    RequestFactory builder) {

  /** Builds the request of one attempt. */
  @FunctionalInterface
  interface RequestFactory {
    Request.Builder build(AuthToken.@Nullable Token token);
  }
}
