package org.opendvc.client.event;

import java.time.Duration;

/**
 * One attempt of a call ended.
 *
 * @param operation the portal service
 * @param requestId the call's request id
 * @param attempt the attempt number, from 1
 * @param httpStatus the HTTP status, or 0 when no answer arrived
 * @param outcome how it ended
 * @param latency from sending to the end of reading the answer
 */
public record AttemptCompleted(
    String operation,
    String requestId,
    int attempt,
    int httpStatus,
    Outcome outcome,
    Duration latency) {}
