package org.opendvc.client.event;

/**
 * Told of every call, attempt, retry and outbox delivery, for metrics (attempts, retries, latency,
 * outcome) and tracing. Every method has an empty default, so implement only what you need.
 *
 * <p>Methods are called on the thread that runs the call (an OkHttp thread for the async client),
 * so they must be fast and thread-safe. An exception thrown by a listener is logged and ignored: it
 * never breaks a call.
 */
public interface DvcqgListener {
  /** A listener that does nothing. */
  DvcqgListener NONE = new DvcqgListener() {};

  /** A logical call began. */
  default void callStarted(CallStarted event) {}

  /** One attempt ended. */
  default void attemptCompleted(AttemptCompleted event) {}

  /** A retry was scheduled. */
  default void retryScheduled(RetryScheduled event) {}

  /** A logical call ended. */
  default void callCompleted(CallCompleted event) {}

  /** The outbox tried to deliver entries. */
  default void outboxDelivery(OutboxDelivery event) {}
}
