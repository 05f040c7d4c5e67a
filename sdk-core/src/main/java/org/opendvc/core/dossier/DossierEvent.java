package org.opendvc.core.dossier;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.id.IdentifierKind;

/**
 * One entry of a dossier's append-only event log: who moved the dossier, when, from which status to
 * which, and why.
 *
 * <p><b>Who.</b> {@code actor} is an officer's account id in the agency's system (such as {@code
 * cb.0042}), or {@link #APPLICANT} for what the applicant did (submit, supplement, pay, withdraw),
 * or {@link #SYSTEM}. OpenDVC treats officer ids as an official's handle for acts done in office,
 * not as personal data: they appear in {@code toString()} and go to DVCQG as the progress step's
 * {@code NguoiXuLy}. An applicant's name or identity number must never be an actor, and a value
 * shaped like a personal number or phone is refused.
 *
 * @param at when it happened
 * @param actor who did it: an officer id, {@link #APPLICANT} or {@link #SYSTEM}; not blank
 * @param from the status before, or null for the submission that opens the log
 * @param to the status after
 * @param note why, in the officer's words, when given; may be personal, never in {@code toString()}
 */
public record DossierEvent(
    Instant at,
    String actor,
    @Nullable DossierStatus from,
    DossierStatus to,
    @Nullable String note) {

  /** The actor of what the applicant does. */
  public static final String APPLICANT = "applicant";

  /** The actor of what the system does on its own. */
  public static final String SYSTEM = "system";

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the actor is blank or looks like a personal identity number
   *     or phone number (the message does not repeat it)
   */
  public DossierEvent {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(to, "to");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("an event's actor must not be blank");
    }
    if (looksPersonal(actor)) {
      throw new IllegalArgumentException(
          "an event's actor must be an officer id, 'applicant' or 'system', not a personal number");
    }
    note = note == null || note.isBlank() ? null : note;
  }

  /** The submission that opens a log. */
  public static DossierEvent submission(Instant at, String actor) {
    return new DossierEvent(at, actor, null, DossierStatus.SUBMITTED, null);
  }

  /** What the event did, named from its move. */
  public DossierAction action() {
    return DossierAction.of(from, to);
  }

  /**
   * Whether {@code actor} has the shape of a personal identity number, a tax code of a person or a
   * phone number, which an actor must never be.
   */
  static boolean looksPersonal(String actor) {
    for (IdentifierKind kind : IdentifierKind.detect(actor)) {
      if (kind.isPersonal(actor)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "DossierEvent["
        + at
        + ", "
        + actor
        + ", "
        + (from == null ? "-" : from.name())
        + " -> "
        + to
        + (note == null ? "" : ", note=***")
        + "]";
  }
}
