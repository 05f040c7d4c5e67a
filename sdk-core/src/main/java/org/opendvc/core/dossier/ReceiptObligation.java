package org.opendvc.core.dossier;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The obligation to answer a dossier submitted online within eight working hours: confirm receipt,
 * refuse it, or ask for a supplement (Decree 45/2020/NĐ-CP; the article was not verified).
 *
 * @param submittedAt when the dossier was submitted
 * @param dueAt eight working hours later ({@link
 *     org.opendvc.core.time.WorkingCalendar#receiptConfirmationDeadline(Instant)})
 * @param answeredAt when the agency first answered (received, refused or asked for a supplement),
 *     or null while it has not
 * @param withdrawnAt when the applicant withdrew the dossier before an answer, or null
 */
public record ReceiptObligation(
    Instant submittedAt,
    Instant dueAt,
    @Nullable Instant answeredAt,
    @Nullable Instant withdrawnAt) {

  /** Checks the instants are present. */
  public ReceiptObligation {
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(dueAt, "dueAt");
  }

  /** Where the obligation stands. */
  public enum State {
    /** Answered in time. */
    MET,
    /** Answered, but late. */
    MISSED,
    /** Not answered yet, and there is still time. */
    PENDING,
    /** Not answered, and the time has passed. */
    OVERDUE,
    /** The applicant withdrew the dossier before it was answered. */
    WITHDRAWN
  }

  /** Whether the agency answered in time. */
  public boolean met() {
    return answeredAt != null && !answeredAt.isAfter(dueAt);
  }

  /** Where the obligation stands at {@code asOf}. */
  public State state(Instant asOf) {
    if (answeredAt != null && !answeredAt.isAfter(asOf)) {
      return met() ? State.MET : State.MISSED;
    }
    if (withdrawnAt != null && !withdrawnAt.isAfter(asOf)) {
      return State.WITHDRAWN;
    }
    return asOf.isAfter(dueAt) ? State.OVERDUE : State.PENDING;
  }
}
