package org.opendvc.client.event;

import java.time.Duration;

/**
 * A logical call ended, successfully or not.
 *
 * @param operation the portal service
 * @param requestId the call's request id
 * @param attempts how many attempts were made
 * @param outcome how the last attempt ended
 * @param duration from the start of the call to its end, waits included
 */
public record CallCompleted(
    String operation, String requestId, int attempts, Outcome outcome, Duration duration) {}
