package org.opendvc.core.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.time.WorkingCalendar;

/**
 * Moves dossiers through their lifecycle: each operation returns a new {@link Dossier} with one
 * event appended to its log at the clock's instant and its due date recomputed ({@link
 * DossierDeadlines#dueAt(Dossier)}), or refuses with a diagnostic and no value. A refused operation
 * leaves nothing changed: dossiers are immutable, and the caller keeps the one it passed in.
 *
 * <p>Refusals: {@code DOSSIER_TRANSITION_NOT_ALLOWED} for a move {@link StatusTransitions} does not
 * allow (naming the moves that are), {@code DOSSIER_FINAL_STATUS} out of a final status, {@code
 * DOSSIER_WRONG_STATUS} for an operation that needs another status, {@code
 * DOSSIER_EVENT_BEFORE_PREVIOUS} when the clock reads earlier than the last event, and {@code
 * DOSSIER_RATING_TOO_EARLY}.
 *
 * <p>Actors are officer ids, {@link DossierEvent#APPLICANT} or {@link DossierEvent#SYSTEM} (see
 * {@link DossierEvent}); an actor shaped like a personal number is a programming error and throws.
 *
 * <p>Immutable and thread-safe; time comes only from the injected {@link Clock}.
 */
public final class DossierLifecycle {
  private static final Set<DossierStatus> RATEABLE =
      EnumSet.of(
          DossierStatus.REFUSED,
          DossierStatus.STOPPED,
          DossierStatus.COMPLETED,
          DossierStatus.RESULT_DELIVERED);

  private final DossierDeadlines deadlines;
  private final Clock clock;

  /** A lifecycle counting deadlines with {@code deadlines} and reading time from {@code clock}. */
  public DossierLifecycle(DossierDeadlines deadlines, Clock clock) {
    this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A lifecycle on {@code calendar} reading time from {@code clock}. */
  public static DossierLifecycle of(WorkingCalendar calendar, Clock clock) {
    return new DossierLifecycle(new DossierDeadlines(calendar), clock);
  }

  /** The deadlines used. */
  public DossierDeadlines deadlines() {
    return deadlines;
  }

  /** The clock events are dated with. */
  public Clock clock() {
    return clock;
  }

  /**
   * Opens a dossier: the draft's log becomes the single submission event, at the clock's instant,
   * by {@code actor} ({@link DossierEvent#APPLICANT} for an online submission, the officer at the
   * desk otherwise); syncs and due date are cleared.
   *
   * @throws IllegalArgumentException if the actor is blank or shaped like a personal number
   */
  public Dossier submit(Dossier.Builder draft, String actor) {
    Objects.requireNonNull(draft, "draft");
    return draft
        .events(List.of(DossierEvent.submission(clock.instant(), actor)))
        .syncs(List.of())
        .dueAt(null)
        .build();
  }

  /**
   * Moves {@code dossier} to {@code to}, logging {@code actor} and {@code note}. The specific
   * operations below do the same and also record what goes with the move.
   */
  public Validated<Dossier> move(
      Dossier dossier, DossierStatus to, String actor, @Nullable String note) {
    return apply(dossier, to, actor, note, b -> {});
  }

  /** Confirms receipt (tiếp nhận): SUBMITTED or SUPPLEMENT_REQUESTED to RECEIVED. */
  public Validated<Dossier> receive(Dossier dossier, String actor) {
    return move(dossier, DossierStatus.RECEIVED, actor, null);
  }

  /** Refuses the dossier at receipt (từ chối tiếp nhận), giving the reason. */
  public Validated<Dossier> refuse(Dossier dossier, String actor, String reason) {
    return move(dossier, DossierStatus.REFUSED, actor, reason);
  }

  /** Starts processing a received dossier. */
  public Validated<Dossier> startProcessing(Dossier dossier, String actor) {
    return move(dossier, DossierStatus.PROCESSING, actor, null);
  }

  /**
   * Asks the applicant for a supplement: moves to SUPPLEMENT_REQUESTED and opens a {@link
   * Supplement} recording the due date at the time of asking. The clock stops until it is answered.
   */
  public Validated<Dossier> requestSupplement(Dossier dossier, String actor, String content) {
    Instant now = clock.instant();
    return apply(
        dossier,
        DossierStatus.SUPPLEMENT_REQUESTED,
        actor,
        content,
        b ->
            b.supplements(
                append(dossier.supplements(), openSupplement(dossier, actor, content, now))));
  }

  /**
   * Records the applicant's answer to a supplement request: the dossier goes back to the status it
   * had when the supplement was asked for, {@code supplied} components replace those with the same
   * key (or are added), and the open {@link Supplement} is closed with the new due date.
   */
  public Validated<Dossier> supplement(
      Dossier dossier, String actor, List<SubmittedComponent> supplied) {
    Objects.requireNonNull(supplied, "supplied");
    if (dossier.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
      return wrongStatus(dossier, "supplement", DossierStatus.SUPPLEMENT_REQUESTED);
    }
    DossierStatus back = Objects.requireNonNull(dossier.lastEvent().from());
    Instant now = clock.instant();
    return apply(
            dossier, back, actor, null, b -> b.components(merge(dossier.components(), supplied)))
        .map(d -> closeSupplement(d, actor, now));
  }

  /** Asks the applicant to pay {@code fees}, which are added to the dossier's. */
  public Validated<Dossier> requestPayment(Dossier dossier, String actor, List<DossierFee> fees) {
    Objects.requireNonNull(fees, "fees");
    return apply(
        dossier, DossierStatus.PAYMENT_REQUESTED, actor, null, b -> fees.forEach(b::addFee));
  }

  /**
   * Records a payment. When the dossier is waiting for payment and is now paid in full, it goes
   * back to PROCESSING (logged as {@link DossierAction#PAY}); otherwise only the payment is added,
   * as for a fee paid with an online submission. Refused on a dossier in a final status.
   */
  public Validated<Dossier> recordPayment(Dossier dossier, String actor, Payment payment) {
    Objects.requireNonNull(payment, "payment");
    if (dossier.status().isFinal()) {
      return Validated.invalid(
          DossierChecks.refusal(
              dossier.code().value(), dossier.status(), DossierStatus.PROCESSING));
    }
    Dossier paid = dossier.toBuilder().addPayment(payment).build();
    if (dossier.status() == DossierStatus.PAYMENT_REQUESTED
        && paid.paymentState() == PaymentState.PAID) {
      return apply(paid, DossierStatus.PROCESSING, actor, null, b -> {});
    }
    return Validated.valid(paid);
  }

  /** Completes processing with {@code results}, which are added to the dossier's. */
  public Validated<Dossier> complete(Dossier dossier, String actor, List<DossierResult> results) {
    Objects.requireNonNull(results, "results");
    return apply(dossier, DossierStatus.COMPLETED, actor, null, b -> results.forEach(b::addResult));
  }

  /** Stops processing (dừng xử lý), giving the reason. */
  public Validated<Dossier> stop(Dossier dossier, String actor, String reason) {
    return move(dossier, DossierStatus.STOPPED, actor, reason);
  }

  /** Hands the result (or the notice of a stop) to the applicant. */
  public Validated<Dossier> deliverResult(Dossier dossier, String actor) {
    return move(dossier, DossierStatus.RESULT_DELIVERED, actor, null);
  }

  /**
   * Records the applicant's withdrawal, by {@code actor} (usually {@link DossierEvent#APPLICANT}).
   */
  public Validated<Dossier> withdraw(Dossier dossier, String actor, @Nullable String reason) {
    return move(dossier, DossierStatus.WITHDRAWN, actor, reason);
  }

  /**
   * Adds the owner's rating, dated now. Only a dossier that has a result or was refused can be
   * rated ({@code DOSSIER_RATING_TOO_EARLY} otherwise); no event is logged.
   */
  public Validated<Dossier> rate(
      Dossier dossier, SatisfactionLevel level, @Nullable String comment) {
    Objects.requireNonNull(level, "level");
    if (!RATEABLE.contains(dossier.status())) {
      return Validated.invalid(
          DossierDiagnostics.RATING_TOO_EARLY.at(
              "", dossier.code().value(), DossierChecks.describe(dossier.status())));
    }
    return Validated.valid(
        dossier.toBuilder().addRating(new Rating(level, clock.instant(), comment)).build());
  }

  /** Records that the dossier and its whole log were synced to DVCQG now. */
  public Validated<Dossier> recordSync(Dossier dossier) {
    Instant now = clock.instant();
    Instant last = dossier.lastEvent().at();
    if (now.isBefore(last)) {
      return Validated.invalid(
          DossierDiagnostics.EVENT_BEFORE_PREVIOUS.at("", dossier.code().value(), now, last));
    }
    return Validated.valid(
        dossier.toBuilder().addSync(new PortalSync(now, dossier.events().size())).build());
  }

  /**
   * Appends the move to {@code to} at the clock's instant, lets {@code changes} record what goes
   * with it, and recomputes the due date; or refuses.
   */
  private Validated<Dossier> apply(
      Dossier dossier,
      DossierStatus to,
      String actor,
      @Nullable String note,
      Consumer<Dossier.Builder> changes) {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(to, "to");
    DossierStatus from = dossier.status();
    String code = dossier.code().value();
    if (!StatusTransitions.isAllowed(from, to)) {
      return Validated.invalid(DossierChecks.refusal(code, from, to));
    }
    Instant now = clock.instant();
    Instant last = dossier.lastEvent().at();
    if (now.isBefore(last)) {
      return Validated.invalid(DossierDiagnostics.EVENT_BEFORE_PREVIOUS.at("", code, now, last));
    }
    List<DossierEvent> events =
        append(dossier.events(), new DossierEvent(now, actor, from, to, note));
    Dossier.Builder b = dossier.toBuilder().events(events);
    changes.accept(b);
    b.dueAt(deadlines.dueAt(dossier.processingTime(), events, dossier.dueAt(), now));
    return Validated.valid(b.build());
  }

  private Validated<Dossier> wrongStatus(
      Dossier dossier, String operation, DossierStatus expected) {
    return Validated.invalid(
        DossierDiagnostics.WRONG_STATUS.at(
            "",
            dossier.code().value(),
            DossierChecks.describe(dossier.status()),
            operation,
            DossierChecks.describe(expected)));
  }

  private static Supplement openSupplement(
      Dossier dossier, String actor, String content, Instant now) {
    return new Supplement(now, actor, content, null, null, dossier.dueAt(), null);
  }

  private static Dossier closeSupplement(Dossier dossier, String actor, Instant now) {
    List<Supplement> supplements = new ArrayList<>(dossier.supplements());
    for (int i = supplements.size() - 1; i >= 0; i--) {
      Supplement s = supplements.get(i);
      if (s.isOpen()) {
        supplements.set(
            i,
            new Supplement(
                s.requestedAt(),
                s.requestedBy(),
                s.content(),
                now,
                actor,
                s.previousDueAt(),
                dossier.dueAt()));
        return dossier.toBuilder().supplements(supplements).build();
      }
    }
    return dossier;
  }

  private static List<SubmittedComponent> merge(
      List<SubmittedComponent> components, List<SubmittedComponent> supplied) {
    List<SubmittedComponent> merged = new ArrayList<>(components);
    for (SubmittedComponent component : supplied) {
      int at = -1;
      for (int i = 0; i < merged.size(); i++) {
        if (merged.get(i).component().equals(component.component())) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        merged.add(component);
      } else {
        merged.set(at, component);
      }
    }
    return merged;
  }

  private static <T> List<T> append(List<T> list, T item) {
    List<T> out = new ArrayList<>(list.size() + 1);
    out.addAll(list);
    out.add(item);
    return out;
  }
}
