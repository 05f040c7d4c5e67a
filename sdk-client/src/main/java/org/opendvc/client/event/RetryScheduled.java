package org.opendvc.client.event;

import java.time.Duration;

/**
 * The client will try the call again after a delay.
 *
 * @param operation the portal service
 * @param requestId the call's request id
 * @param nextAttempt the number of the attempt to come
 * @param delay how long it waits first (backoff with jitter, or the portal's {@code Retry-After})
 * @param reason the outcome of the attempt that failed
 */
public record RetryScheduled(
    String operation, String requestId, int nextAttempt, Duration delay, Outcome reason) {}
