package org.opendvc.benchmarks;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.dossier.ApplicantKind;
import org.opendvc.core.dossier.Dossier;
import org.opendvc.core.dossier.DossierDeadlines;
import org.opendvc.core.dossier.DossierEvent;
import org.opendvc.core.dossier.DossierResult;
import org.opendvc.core.dossier.DossierStatus;
import org.opendvc.core.dossier.Payment;
import org.opendvc.core.dossier.PortalSync;
import org.opendvc.core.dossier.SatisfactionLevel;
import org.opendvc.core.dossier.SubmittedComponent;
import org.opendvc.core.dossier.Timeliness;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.OnlineServiceLevel;
import org.opendvc.core.scorecard.MetricCode;

/**
 * The baseline of {@link ScorecardBenchmark}: the dossier metrics of the scorecard written the way
 * a report usually is, one filter over a list per numerator and per denominator, recomputing what
 * each filter needs from the dossier every time. It gives the same numbers as {@link
 * org.opendvc.core.scorecard.ScorecardAccumulator} with the default rules for all agencies (the
 * benchmark's test checks it).
 */
final class NaiveScorecard {
  private final Instant start;
  private final Instant cut;
  private final Duration tolerance = Duration.ofHours(24);
  private final DossierDeadlines deadlines = DossierDeadlines.standard();

  NaiveScorecard(Instant start, Instant cut) {
    this.start = start;
    this.cut = cut;
  }

  /** Numerator and denominator of every metric counted from dossiers. */
  Map<MetricCode, long[]> compute(List<Dossier> all) {
    List<Dossier> scope = filter(all, this::inScope);
    List<Dossier> received = filter(scope, this::receivedInPeriod);
    Map<MetricCode, long[]> out = new EnumMap<>(MetricCode.class);
    out.put(MetricCode.DOSSIER_SYNC, counts(scope, d -> true, this::syncedOnTime));
    out.put(
        MetricCode.DVC_PROGRESS,
        counts(
            scope,
            this::progressCounted,
            d -> timeliness(d).isInTime() || timeliness(d) == Timeliness.WITHIN_DEADLINE));
    out.put(
        MetricCode.PROVIDE_ONLINE,
        counts(
            received,
            d -> d.procedure().onlineServiceLevel() == OnlineServiceLevel.FULL,
            d -> d.channel() == ChannelKind.ONLINE));
    out.put(
        MetricCode.ORIGINAL_RESULT_AVAILABLE,
        counts(
            scope,
            this::completedInPeriodWithResult,
            d -> d.results().stream().anyMatch(DossierResult::electronic)));
    out.put(
        MetricCode.SO_HOA_GIAY_TO_GIAI_QUYET,
        counts(
            received,
            d -> !provided(d).isEmpty(),
            d -> provided(d).stream().allMatch(SubmittedComponent::isElectronic) && synced(d)));
    out.put(
        MetricCode.REUSED_DIGITIZED_DATA,
        counts(
            received,
            d -> provided(d).stream().anyMatch(c -> fromData(c) || c.replaceableBy() != null),
            d -> provided(d).stream().anyMatch(NaiveScorecard::fromData)));
    out.put(
        MetricCode.SYNCED_WITH_DVCQG_PERSONAL_STORAGE,
        counts(
            received,
            d ->
                !provided(d).isEmpty()
                    && provided(d).stream().allMatch(c -> fromData(c) || c.replaceableBy() != null),
            d -> provided(d).stream().allMatch(NaiveScorecard::fromData)));
    out.put(
        MetricCode.CITIZEN_DATA_CONNECTED_DOSSIER,
        counts(
            received,
            d -> d.applicant().kind() == ApplicantKind.CITIZEN,
            d -> d.registries().contains(Registry.POPULATION)));
    out.put(
        MetricCode.FORMALITY_ONLINE_PAYMENT,
        counts(received, d -> d.totalFees().signum() > 0, this::paidOnline));
    out.put(
        MetricCode.DOSSIER_RECEIVING_SATISFACTION,
        counts(
            scope,
            this::endedInPeriod,
            d -> !ratedNotSatisfied(d) && timeliness(d) != Timeliness.LATE));
    return out;
  }

  private static List<Dossier> filter(List<Dossier> dossiers, Predicate<Dossier> test) {
    List<Dossier> out = new ArrayList<>();
    for (Dossier d : dossiers) {
      if (test.test(d)) {
        out.add(d);
      }
    }
    return out;
  }

  /** One pass for the denominator, another for the numerator. */
  private static long[] counts(
      List<Dossier> dossiers, Predicate<Dossier> counted, Predicate<Dossier> met) {
    long denominator = dossiers.stream().filter(counted).count();
    long numerator = dossiers.stream().filter(counted).filter(met).count();
    return new long[] {numerator, denominator};
  }

  private boolean inScope(Dossier d) {
    Instant received = d.receivedAt();
    if (received == null || !received.isBefore(cut)) {
      return false;
    }
    for (DossierEvent e : d.events()) {
      if (!e.at().isBefore(cut)) {
        return true;
      }
      if (e.to().isFinal()) {
        return !e.at().isBefore(start);
      }
    }
    return true;
  }

  private boolean receivedInPeriod(Dossier d) {
    return !d.receivedAt().isBefore(start);
  }

  private Timeliness timeliness(Dossier d) {
    return deadlines.timeliness(d, cut);
  }

  private boolean endedInPeriod(Dossier d) {
    Instant ended = d.processingEndedAt();
    return ended != null && ended.isBefore(cut) && !ended.isBefore(start);
  }

  private boolean progressCounted(Dossier d) {
    Instant ended = d.processingEndedAt();
    boolean endedBefore = ended != null && ended.isBefore(start);
    return !endedBefore && timeliness(d) != Timeliness.NOT_APPLICABLE;
  }

  private boolean completedInPeriodWithResult(Dossier d) {
    Instant completed = d.firstReached(DossierStatus.COMPLETED).orElse(null);
    return completed != null
        && completed.isBefore(cut)
        && !completed.isBefore(start)
        && !d.results().isEmpty();
  }

  private static List<SubmittedComponent> provided(Dossier d) {
    return d.components().stream().filter(SubmittedComponent::isProvided).toList();
  }

  private static boolean fromData(SubmittedComponent c) {
    return c.provision().fromExistingData();
  }

  private boolean synced(Dossier d) {
    return d.syncs().stream().anyMatch(s -> s.at().isBefore(cut));
  }

  private boolean paidOnline(Dossier d) {
    BigDecimal paid = BigDecimal.ZERO;
    for (Payment p : d.payments()) {
      if (p.paidAt().isBefore(cut)) {
        if (!p.method().isOnline()) {
          return false;
        }
        paid = paid.add(p.amount());
      }
    }
    return paid.compareTo(d.totalFees()) >= 0;
  }

  private boolean ratedNotSatisfied(Dossier d) {
    return d.ratings().stream()
        .anyMatch(r -> r.level() == SatisfactionLevel.NOT_SATISFIED && r.ratedAt().isBefore(cut));
  }

  private boolean syncedOnTime(Dossier d) {
    List<DossierEvent> events = d.events();
    int receipt = -1;
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).to() == DossierStatus.RECEIVED) {
        receipt = i;
        break;
      }
    }
    for (int i = 0; i < events.size(); i++) {
      DossierEvent e = events.get(i);
      if (!e.at().isBefore(cut)) {
        break;
      }
      if (e.at().isBefore(start) && i != receipt) {
        continue;
      }
      Instant syncedAt = null;
      for (PortalSync s : d.syncs()) {
        if (s.events() > i) {
          syncedAt = s.at();
          break;
        }
      }
      Instant limit = e.at().plus(tolerance);
      if (syncedAt == null ? cut.isAfter(limit) : syncedAt.isAfter(limit)) {
        return false;
      }
    }
    return true;
  }
}
