package org.opendvc.core.dossier;

import static org.opendvc.core.dossier.DossierStatus.COMPLETED;
import static org.opendvc.core.dossier.DossierStatus.PAYMENT_REQUESTED;
import static org.opendvc.core.dossier.DossierStatus.PROCESSING;
import static org.opendvc.core.dossier.DossierStatus.RECEIVED;
import static org.opendvc.core.dossier.DossierStatus.REFUSED;
import static org.opendvc.core.dossier.DossierStatus.RESULT_DELIVERED;
import static org.opendvc.core.dossier.DossierStatus.STOPPED;
import static org.opendvc.core.dossier.DossierStatus.SUBMITTED;
import static org.opendvc.core.dossier.DossierStatus.SUPPLEMENT_REQUESTED;
import static org.opendvc.core.dossier.DossierStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The legal moves between dossier statuses.
 *
 * <p>No public text lists them; this table is what the status names and the processing obligations
 * imply (inferred), and it is the one place to change if a ministry's practice differs:
 *
 * <ul>
 *   <li>a submitted dossier is received, refused, sent back for a supplement (Decree 45/2020
 *       obliges the official, within 8 working hours, to confirm receipt or ask for one), or
 *       withdrawn;
 *   <li>a received dossier goes into processing, or is withdrawn;
 *   <li>while processing, the agency may ask for a supplement or a payment, stop, or complete; the
 *       applicant may withdraw;
 *   <li>waiting for a supplement or a payment ends by going back to processing (or to the receipt
 *       step, when the supplement was asked for before receipt), by stopping, or by withdrawal;
 *   <li>a stopped dossier has its (negative) result handed back; a completed one is delivered.
 * </ul>
 *
 * <p>{@link DossierLifecycle} takes a supplemented dossier back to the status it was asked from
 * (submitted, received or processing) and a paid one into processing, so every move it makes is in
 * this table; the table also admits the other moves integrators report, such as completing a
 * dossier straight from waiting for the fee that is due with the result.
 */
public final class StatusTransitions {
  private static final Map<DossierStatus, Set<DossierStatus>> ALLOWED =
      new EnumMap<>(DossierStatus.class);

  static {
    allow(SUBMITTED, RECEIVED, REFUSED, SUPPLEMENT_REQUESTED, WITHDRAWN);
    allow(RECEIVED, PROCESSING, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED, WITHDRAWN);
    allow(PROCESSING, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED, STOPPED, COMPLETED, WITHDRAWN);
    allow(SUPPLEMENT_REQUESTED, SUBMITTED, RECEIVED, PROCESSING, STOPPED, WITHDRAWN);
    allow(PAYMENT_REQUESTED, PROCESSING, COMPLETED, STOPPED, WITHDRAWN);
    allow(STOPPED, RESULT_DELIVERED);
    allow(COMPLETED, RESULT_DELIVERED);
    allow(REFUSED);
    allow(WITHDRAWN);
    allow(RESULT_DELIVERED);
  }

  private StatusTransitions() {}

  private static void allow(DossierStatus from, DossierStatus... to) {
    Set<DossierStatus> targets = EnumSet.noneOf(DossierStatus.class);
    targets.addAll(java.util.List.of(to));
    ALLOWED.put(from, java.util.Collections.unmodifiableSet(targets));
  }

  /** Whether a dossier may move from {@code from} to {@code to}. */
  public static boolean isAllowed(DossierStatus from, DossierStatus to) {
    return ALLOWED.get(from).contains(to);
  }

  /** The statuses a dossier may move to from {@code from}. */
  public static Set<DossierStatus> from(DossierStatus from) {
    return ALLOWED.get(from);
  }
}
