package org.opendvc.client.event;

/**
 * The outbox tried to deliver some entries.
 *
 * @param kind {@code sync} or {@code progress}
 * @param entries how many entries the call carried
 * @param delivered whether they are now acknowledged (delivered, or found already applied)
 * @param deadLettered whether the portal rejected them for good, so they will not be retried
 * @param pending how many entries remain in the outbox after this delivery
 */
public record OutboxDelivery(
    String kind, int entries, boolean delivered, boolean deadLettered, int pending) {}
