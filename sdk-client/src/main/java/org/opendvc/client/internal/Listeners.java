package org.opendvc.client.internal;

import java.util.function.Consumer;
import org.opendvc.client.event.AttemptCompleted;
import org.opendvc.client.event.CallCompleted;
import org.opendvc.client.event.CallStarted;
import org.opendvc.client.event.DvcqgListener;
import org.opendvc.client.event.OutboxDelivery;
import org.opendvc.client.event.RetryScheduled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls the user's listener, so that a listener that throws never breaks a call. */
public final class Listeners {
  private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);
  private final DvcqgListener listener;

  /** Wraps {@code listener}. */
  public Listeners(DvcqgListener listener) {
    this.listener = listener;
  }

  private <E> void safely(String what, Consumer<E> call, E event) {
    try {
      call.accept(event);
    } catch (RuntimeException e) {
      LOG.warn("dvcqg listener failed event={} error={}", what, e.getClass().getName());
    }
  }

  void callStarted(CallStarted e) {
    safely("callStarted", listener::callStarted, e);
  }

  void attemptCompleted(AttemptCompleted e) {
    safely("attemptCompleted", listener::attemptCompleted, e);
  }

  void retryScheduled(RetryScheduled e) {
    safely("retryScheduled", listener::retryScheduled, e);
  }

  void callCompleted(CallCompleted e) {
    safely("callCompleted", listener::callCompleted, e);
  }

  /** Tells the listener of an outbox delivery. */
  public void outboxDelivery(OutboxDelivery e) {
    safely("outboxDelivery", listener::outboxDelivery, e);
  }
}
