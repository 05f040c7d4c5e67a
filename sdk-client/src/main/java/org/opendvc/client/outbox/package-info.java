/**
 * A durable outbox for dossier syncs and progress steps: written to disk before sending, delivered
 * at least once and in order per dossier, without duplicates on the portal, surviving crashes and
 * portal outages. See {@link org.opendvc.client.outbox.Outbox}.
 */
@NullMarked
package org.opendvc.client.outbox;

import org.jspecify.annotations.NullMarked;
