/**
 * Hooks for metrics and tracing: {@link org.opendvc.client.event.DvcqgListener} is told of every
 * call, every attempt, every retry and every outbox delivery. Events carry operations, statuses,
 * counts and durations, never personal data.
 */
@NullMarked
package org.opendvc.client.event;

import org.jspecify.annotations.NullMarked;
