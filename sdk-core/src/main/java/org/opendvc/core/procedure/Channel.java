package org.opendvc.core.procedure;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;

/**
 * One way to submit a dossier, with its own processing time and fees: DVCQG publishes both per
 * channel.
 *
 * @param kind in person, online or by post
 * @param processingTime the time allowed, or {@code null} when not published
 * @param fees the fees and charges for this channel; empty when there are none
 * @param note the published description of this channel
 */
public record Channel(
    ChannelKind kind,
    @Nullable ProcessingTime processingTime,
    List<Fee> fees,
    @Nullable LocalizedText note) {

  /** Copies the list of fees. */
  public Channel {
    Objects.requireNonNull(kind, "kind");
    fees = List.copyOf(fees);
  }
}
