package org.opendvc.core.dossier;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The owner's rating of how a dossier was handled (đánh giá mức độ hài lòng).
 *
 * @param level how satisfied
 * @param ratedAt when
 * @param comment what the owner wrote, when anything; may be personal, never in {@code toString()}
 */
public record Rating(SatisfactionLevel level, Instant ratedAt, @Nullable String comment) {

  /** Checks the parts. */
  public Rating {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(ratedAt, "ratedAt");
  }

  @Override
  public String toString() {
    return "Rating[" + level + ", " + ratedAt + (comment == null ? "" : ", comment=***") + "]";
  }
}
