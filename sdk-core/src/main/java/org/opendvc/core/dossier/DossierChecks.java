package org.opendvc.core.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.Diagnostic;

/**
 * The invariants of a dossier that span its parts: the event log is a legal walk through {@link
 * StatusTransitions} in time order opened by the submission, the due date is not before the
 * receipt, and syncs cover the log in order. {@link Dossier}'s constructor refuses a dossier that
 * breaks one; the JSON reader reports them as diagnostics with pointers into the record.
 */
final class DossierChecks {
  private DossierChecks() {}

  /** Every broken invariant, with a JSON Pointer into the dossier's JSON form. */
  static List<Diagnostic> check(
      String code, List<DossierEvent> events, List<PortalSync> syncs, @Nullable Instant dueAt) {
    List<Diagnostic> found = new ArrayList<>(0);
    if (events.isEmpty()
        || events.get(0).from() != null
        || events.get(0).to() != DossierStatus.SUBMITTED) {
      found.add(
          DossierDiagnostics.LOG_NOT_OPENED_BY_SUBMISSION.at(
              events.isEmpty() ? "/events" : "/events/0", code));
      return found;
    }
    Instant received = null;
    for (int i = 1; i < events.size(); i++) {
      DossierEvent previous = events.get(i - 1);
      DossierEvent event = events.get(i);
      DossierStatus from = event.from();
      if (from != previous.to()) {
        found.add(
            DossierDiagnostics.LOG_BROKEN.at(
                "/events/" + i + "/from",
                code,
                i,
                from == null ? "-" : describe(from),
                describe(previous.to())));
      } else if (!StatusTransitions.isAllowed(from, event.to())) {
        found.add(refusal(code, from, event.to()).withPointer("/events/" + i));
      }
      if (event.at().isBefore(previous.at())) {
        found.add(
            DossierDiagnostics.EVENT_BEFORE_PREVIOUS.at(
                "/events/" + i + "/at", code, event.at(), previous.at()));
      }
      if (received == null && event.to() == DossierStatus.RECEIVED) {
        received = event.at();
      }
    }
    if (dueAt != null && received == null) {
      found.add(DossierDiagnostics.DUE_WITHOUT_RECEIPT.at("/dueAt", code));
    } else if (dueAt != null && dueAt.isBefore(received)) {
      found.add(DossierDiagnostics.DUE_BEFORE_RECEIPT.at("/dueAt", code, dueAt, received));
    }
    int covered = 1;
    for (int i = 0; i < syncs.size(); i++) {
      PortalSync sync = syncs.get(i);
      if (sync.events() < covered || sync.events() > events.size()) {
        found.add(
            DossierDiagnostics.SYNC_OUT_OF_RANGE.at(
                "/syncs/" + i + "/events", code, i, sync.events(), covered, events.size()));
        continue;
      }
      covered = sync.events();
      Instant last = events.get(covered - 1).at();
      if (sync.at().isBefore(last)) {
        found.add(
            DossierDiagnostics.SYNC_BEFORE_EVENT.at(
                "/syncs/" + i + "/at", code, i, sync.at(), last));
      }
    }
    return found;
  }

  /**
   * The diagnostic for a refused move: {@code DOSSIER_FINAL_STATUS} out of a final status, {@code
   * DOSSIER_TRANSITION_NOT_ALLOWED} otherwise, naming the moves that are allowed.
   */
  static Diagnostic refusal(String code, DossierStatus from, DossierStatus to) {
    if (from.isFinal()) {
      return DossierDiagnostics.FINAL_STATUS.at("", code, describe(from), describe(to));
    }
    List<String> allowed = new ArrayList<>();
    for (DossierStatus target : StatusTransitions.from(from)) {
      allowed.add(describe(target));
    }
    return DossierDiagnostics.TRANSITION_NOT_ALLOWED.at(
        "", code, describe(from), describe(to), String.join(", ", allowed));
  }

  /** A status as messages name it: {@code 4 PROCESSING}. */
  static String describe(DossierStatus status) {
    return status.code() + " " + status.name();
  }
}
