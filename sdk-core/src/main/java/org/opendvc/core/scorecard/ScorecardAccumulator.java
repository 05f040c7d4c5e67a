package org.opendvc.core.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.dossier.ApplicantKind;
import org.opendvc.core.dossier.Dossier;
import org.opendvc.core.dossier.DossierDeadlines;
import org.opendvc.core.dossier.DossierEvent;
import org.opendvc.core.dossier.DossierResult;
import org.opendvc.core.dossier.DossierStatus;
import org.opendvc.core.dossier.Payment;
import org.opendvc.core.dossier.PortalSync;
import org.opendvc.core.dossier.Rating;
import org.opendvc.core.dossier.SatisfactionLevel;
import org.opendvc.core.dossier.SubmittedComponent;
import org.opendvc.core.dossier.Timeliness;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.internal.scorecard.Scoring;
import org.opendvc.core.internal.scorecard.Tally;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.OnlineServiceLevel;
import org.opendvc.core.time.WorkingCalendar;

/**
 * Computes the Decision 766 scorecard of an agency for a period in one pass over the dossiers:
 * {@link #accept(Dossier)} each, in any order, then {@link #result()}. Memory does not grow with
 * the number of dossiers: the accumulator keeps counters, and the sets of distinct procedure codes
 * the tree groups report (bounded by the size of the catalogue).
 *
 * <p>Everything is judged as of the <b>cut</b>, the earlier of the end of the period and {@link
 * Builder#asOf(Instant)}: events, syncs, payments and ratings after it are ignored, and open
 * dossiers are within or past their deadline at the cut ({@link DossierDeadlines#timeliness}). A
 * dossier counts for the period (it is <em>in scope</em>) when an agency in scope received it
 * before the cut and it did not reach a final status (refused, withdrawn, result delivered) before
 * the period began. How each metric counts, in short (docs/scorecard.md has the full rules):
 *
 * <ul>
 *   <li>{@code DOSSIER_SYNC}: in-scope dossiers whose events in the period, and their receipt, were
 *       each synced within {@link ScorecardRules#syncTolerance()} (an event not yet synced counts
 *       as late once the tolerance has passed at the cut);
 *   <li>{@code DVC_PROGRESS}: in-scope dossiers with a deadline whose processing did not end before
 *       the period: ended early or on time, or open within the deadline, over all of them;
 *   <li>{@code PROVIDE_ONLINE}: per {@link ScorecardRules#onlineService()}, over dossiers received
 *       in the period;
 *   <li>{@code ORIGINAL_RESULT_AVAILABLE}: dossiers completed in the period with a result recorded:
 *       those with an electronic result;
 *   <li>{@code SO_HOA_GIAY_TO_GIAI_QUYET}, {@code REUSED_DIGITIZED_DATA}, {@code
 *       SYNCED_WITH_DVCQG_PERSONAL_STORAGE}, {@code CITIZEN_DATA_CONNECTED_DOSSIER}, {@code
 *       FORMALITY_ONLINE_PAYMENT}: over dossiers received in the period;
 *   <li>{@code DOSSIER_RECEIVING_SATISFACTION}: dossiers whose processing ended in the period, less
 *       those rated not satisfied or late;
 *   <li>the other metrics come from the {@link AgencyProfile}.
 * </ul>
 *
 * <p>Not thread-safe: one accumulator per pass.
 */
public final class ScorecardAccumulator {
  private static final ZoneId ZONE = WorkingCalendar.VIETNAM;
  private static final LocalizedText GIVEN =
      LocalizedText.of("Số liệu từ hồ sơ cơ quan.", "Figures from the agency profile.");

  private final AgencyScope agency;
  private final ScorePeriod period;
  private final ScorecardRules rules;
  private final AgencyProfile profile;
  private final DossierDeadlines deadlines;
  private final Instant start;
  private final Instant cut;
  private final long toleranceSeconds;

  private long read;
  private long inScope;
  // DOSSIER_SYNC
  private long syncedOnTime;
  // DVC_PROGRESS
  private long progressCounted;
  private long progressInTime;
  private long received;
  private long completed;
  private long completedEarly;
  private long completedOnTime;
  private long completedLate;
  private long openWithin;
  private long openOverdue;
  private long processingDays;
  // PROVIDE_ONLINE
  private long onlineCounted;
  private long onlineMet;
  private long channelOnline;
  private long channelDirect;
  private long channelPostal;
  private long onlineInTime;
  private long onlineLate;
  private final Set<ProcedureCode> fullProcedures = new HashSet<>();
  private final Set<ProcedureCode> partialProcedures = new HashSet<>();
  // Digitisation
  private long resultCounted;
  private long resultElectronic;
  private long digitisedCounted;
  private long digitisedMet;
  private long reuseCounted;
  private long reuseMet;
  private long fullyCounted;
  private long fullyMet;
  private long citizenCounted;
  private long citizenMet;
  // FORMALITY_ONLINE_PAYMENT
  private long feeDossiers;
  private long paidOnline;
  private final Set<ProcedureCode> feeProcedures = new HashSet<>();
  private final Set<ProcedureCode> paidOnlineProcedures = new HashSet<>();
  // DOSSIER_RECEIVING_SATISFACTION
  private long handled;
  private long handledUnsatisfied;
  private long handledLate;
  private long handledWell;

  private ScorecardAccumulator(Builder b) {
    this.agency = b.agency;
    this.period = b.period;
    this.rules = b.rules;
    this.profile = b.profile;
    this.deadlines = b.deadlines;
    this.start = period.start(ZONE);
    Instant end = period.end(ZONE);
    this.cut = b.asOf != null && b.asOf.isBefore(end) ? b.asOf : end;
    this.toleranceSeconds = rules.syncTolerance().getSeconds();
  }

  /** A builder for the scorecard of {@code period}. */
  public static Builder builder(ScorePeriod period) {
    return new Builder(period);
  }

  /** Counts {@code dossier}. */
  public void accept(Dossier dossier) {
    Objects.requireNonNull(dossier, "dossier");
    read++;
    if (!agency.includes(dossier.agency())) {
      return;
    }
    Instant receivedAt = dossier.receivedAt();
    if (receivedAt == null || !receivedAt.isBefore(cut)) {
      return;
    }
    Instant finalAt = finalAt(dossier);
    if (finalAt != null && finalAt.isBefore(start)) {
      return;
    }
    inScope++;
    boolean receivedInPeriod = !receivedAt.isBefore(start);
    Instant ended = before(dossier.processingEndedAt());
    boolean endedInPeriod = ended != null && !ended.isBefore(start);
    Timeliness timeliness = deadlines.timeliness(dossier, cut);

    if (syncedOnTime(dossier, receivedAt)) {
      syncedOnTime++;
    }
    progress(dossier, receivedAt, receivedInPeriod, ended, endedInPeriod, timeliness);
    if (receivedInPeriod) {
      online(dossier, timeliness);
      digitisation(dossier);
      payment(dossier);
    }
    Instant completedAt = before(dossier.firstReached(DossierStatus.COMPLETED).orElse(null));
    if (completedAt != null && !completedAt.isBefore(start) && !dossier.results().isEmpty()) {
      resultCounted++;
      if (dossier.results().stream().anyMatch(DossierResult::electronic)) {
        resultElectronic++;
      }
    }
    if (endedInPeriod) {
      satisfaction(dossier, timeliness);
    }
  }

  /** Counts every dossier of {@code dossiers}, and returns this accumulator. */
  public ScorecardAccumulator acceptAll(Iterable<Dossier> dossiers) {
    dossiers.forEach(this::accept);
    return this;
  }

  /** How many dossiers were offered so far. */
  public long dossiersRead() {
    return read;
  }

  /** The scorecard of what was counted so far. */
  public Scorecard result() {
    Map<MetricCode, Tally> tallies = new EnumMap<>(MetricCode.class);
    for (MetricCode code : MetricCode.values()) {
      if (code.source() == MetricSource.PROFILE) {
        tallies.put(
            code,
            profile
                .count(code)
                .map(c -> Tally.of(c.numerator(), c.denominator(), GIVEN))
                .orElse(Tally.missing()));
      }
    }
    tallies.put(MetricCode.DOSSIER_SYNC, Tally.of(syncedOnTime, inScope, syncDefinition()));
    tallies.put(MetricCode.DVC_PROGRESS, progressTally());
    tallies.put(MetricCode.PROVIDE_ONLINE, onlineTally());
    tallies.put(
        MetricCode.ORIGINAL_RESULT_AVAILABLE,
        Tally.of(resultElectronic, resultCounted, ScorecardDefinitions.ORIGINAL_RESULT));
    tallies.put(
        MetricCode.SO_HOA_GIAY_TO_GIAI_QUYET,
        Tally.of(digitisedMet, digitisedCounted, ScorecardDefinitions.DIGITISED));
    tallies.put(
        MetricCode.REUSED_DIGITIZED_DATA,
        Tally.of(reuseMet, reuseCounted, ScorecardDefinitions.REUSED));
    tallies.put(
        MetricCode.SYNCED_WITH_DVCQG_PERSONAL_STORAGE,
        Tally.of(fullyMet, fullyCounted, ScorecardDefinitions.FULLY_REPLACED));
    tallies.put(
        MetricCode.CITIZEN_DATA_CONNECTED_DOSSIER,
        Tally.of(citizenMet, citizenCounted, ScorecardDefinitions.POPULATION_DATA));
    tallies.put(MetricCode.FORMALITY_ONLINE_PAYMENT, paymentTally());
    tallies.put(
        MetricCode.DOSSIER_RECEIVING_SATISFACTION,
        Tally.of(handledWell, handled, ScorecardDefinitions.SATISFACTION)
            .with(
                ordered(
                    "handled", handled,
                    "ratedNotSatisfied", handledUnsatisfied,
                    "late", handledLate)));
    return Scoring.score(agency, period, cut, rules, read, inScope, tallies);
  }

  // ---------------------------------------------------------------- per metric

  private void progress(
      Dossier dossier,
      Instant receivedAt,
      boolean receivedInPeriod,
      @Nullable Instant ended,
      boolean endedInPeriod,
      Timeliness timeliness) {
    if (receivedInPeriod) {
      received++;
    }
    if (endedInPeriod) {
      completed++;
      LocalDate receiptDay = deadlines.calendar().receiptDay(receivedAt);
      LocalDate endDay = LocalDate.ofInstant(ended, ZONE);
      processingDays += Math.max(0, deadlines.calendar().workingDaysBetween(receiptDay, endDay));
    }
    if ((ended != null && !endedInPeriod) || timeliness == Timeliness.NOT_APPLICABLE) {
      return;
    }
    progressCounted++;
    switch (timeliness) {
      case EARLY -> completedEarly++;
      case ON_TIME -> completedOnTime++;
      case LATE -> completedLate++;
      case WITHIN_DEADLINE -> openWithin++;
      case OVERDUE -> openOverdue++;
      case NOT_APPLICABLE -> throw new IllegalStateException();
    }
    if (timeliness.isInTime() || timeliness == Timeliness.WITHIN_DEADLINE) {
      progressInTime++;
    }
  }

  private void online(Dossier dossier, Timeliness timeliness) {
    ChannelKind channel = dossier.channel();
    switch (channel) {
      case ONLINE -> channelOnline++;
      case IN_PERSON -> channelDirect++;
      case POSTAL -> channelPostal++;
    }
    OnlineServiceLevel level = dossier.procedure().onlineServiceLevel();
    if (level == OnlineServiceLevel.FULL) {
      fullProcedures.add(dossier.procedure().code());
    } else if (level == OnlineServiceLevel.PARTIAL) {
      partialProcedures.add(dossier.procedure().code());
    }
    boolean counted =
        rules.onlineService() == OnlineServiceRule.ONLINE_SHARE || level == OnlineServiceLevel.FULL;
    if (counted) {
      onlineCounted++;
      if (channel == ChannelKind.ONLINE) {
        onlineMet++;
      }
    }
    if (channel == ChannelKind.ONLINE) {
      if (timeliness.isInTime()) {
        onlineInTime++;
      } else if (timeliness == Timeliness.LATE || timeliness == Timeliness.OVERDUE) {
        onlineLate++;
      }
    }
  }

  private void digitisation(Dossier dossier) {
    int provided = 0;
    int electronic = 0;
    int existing = 0;
    int replaceable = 0;
    int couldBeData = 0;
    for (SubmittedComponent c : dossier.components()) {
      if (!c.isProvided()) {
        continue;
      }
      provided++;
      boolean fromData = c.provision().fromExistingData();
      if (c.isElectronic()) {
        electronic++;
      }
      if (fromData) {
        existing++;
      }
      if (c.replaceableBy() != null) {
        replaceable++;
      }
      if (fromData || c.replaceableBy() != null) {
        couldBeData++;
      }
    }
    if (provided > 0) {
      digitisedCounted++;
      if (electronic == provided && syncedBeforeCut(dossier)) {
        digitisedMet++;
      }
    }
    if (existing > 0 || replaceable > 0) {
      reuseCounted++;
      if (existing > 0) {
        reuseMet++;
      }
    }
    if (provided > 0 && couldBeData == provided) {
      fullyCounted++;
      if (existing == provided) {
        fullyMet++;
      }
    }
    if (dossier.applicant().kind() == ApplicantKind.CITIZEN) {
      citizenCounted++;
      if (dossier.registries().contains(Registry.POPULATION)) {
        citizenMet++;
      }
    }
  }

  private void payment(Dossier dossier) {
    BigDecimal owed = dossier.totalFees();
    if (owed.signum() <= 0) {
      return;
    }
    ProcedureCode procedure = dossier.procedure().code();
    feeDossiers++;
    feeProcedures.add(procedure);
    BigDecimal paid = BigDecimal.ZERO;
    boolean allOnline = true;
    for (Payment p : dossier.payments()) {
      if (p.paidAt().isBefore(cut)) {
        paid = paid.add(p.amount());
        allOnline &= p.method().isOnline();
      }
    }
    if (allOnline && paid.compareTo(owed) >= 0) {
      paidOnline++;
      paidOnlineProcedures.add(procedure);
    }
  }

  private void satisfaction(Dossier dossier, Timeliness timeliness) {
    handled++;
    boolean unsatisfied = false;
    for (Rating rating : dossier.ratings()) {
      if (rating.level() == SatisfactionLevel.NOT_SATISFIED && rating.ratedAt().isBefore(cut)) {
        unsatisfied = true;
        break;
      }
    }
    boolean late = timeliness == Timeliness.LATE;
    if (unsatisfied) {
      handledUnsatisfied++;
    }
    if (late) {
      handledLate++;
    }
    if (!unsatisfied && !late) {
      handledWell++;
    }
  }

  /**
   * Whether the dossier's events in the period, and its receipt, reached DVCQG within the
   * tolerance: each is covered by a sync no later than the tolerance after it, or, not synced yet,
   * the tolerance has not passed at the cut.
   */
  private boolean syncedOnTime(Dossier dossier, Instant receivedAt) {
    List<DossierEvent> events = dossier.events();
    List<PortalSync> syncs = dossier.syncs();
    int next = 0;
    boolean receiptSeen = false;
    for (int i = 0; i < events.size(); i++) {
      DossierEvent event = events.get(i);
      if (!event.at().isBefore(cut)) {
        break;
      }
      boolean isReceipt = !receiptSeen && event.to() == DossierStatus.RECEIVED;
      receiptSeen |= isReceipt;
      if (event.at().isBefore(start) && !isReceipt) {
        continue;
      }
      while (next < syncs.size() && syncs.get(next).events() <= i) {
        next++;
      }
      Instant limit = event.at().plusSeconds(toleranceSeconds);
      if (next < syncs.size()) {
        if (syncs.get(next).at().isAfter(limit)) {
          return false;
        }
      } else if (cut.isAfter(limit)) {
        return false;
      }
    }
    return true;
  }

  private boolean syncedBeforeCut(Dossier dossier) {
    for (PortalSync sync : dossier.syncs()) {
      if (sync.at().isBefore(cut)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- tallies

  private LocalizedText syncDefinition() {
    String hours = rules.syncTolerance().toString();
    return LocalizedText.of(
        "Hồ sơ có sự kiện trong kỳ và sự kiện tiếp nhận được đồng bộ lên Cổng DVCQG trong vòng "
            + hours
            + " / hồ sơ được tiếp nhận, đang xử lý hoặc trả kết quả trong kỳ (quy tắc OpenDVC:"
            + " ngưỡng đồng bộ syncTolerance).",
        "Dossiers whose events in the period, and their receipt, were synced to DVCQG within "
            + hours
            + " / dossiers received, processing or returned in the period (OpenDVC rule:"
            + " syncTolerance).");
  }

  private Tally progressTally() {
    BigDecimal average =
        completed == 0
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(processingDays)
                .divide(BigDecimal.valueOf(completed), 2, RoundingMode.HALF_UP);
    return Tally.of(progressInTime, progressCounted, ScorecardDefinitions.PROGRESS)
        .with(
            ordered(
                "totalReceived", received,
                "totalCompleted", completed,
                "totalOnTime", completedEarly + completedOnTime,
                "totalEarly", completedEarly,
                "totalLate", completedLate,
                "inProgressWithinDeadline", openWithin,
                "inProgressOverdue", openOverdue,
                "avgProcessingDays", average));
  }

  private Tally onlineTally() {
    LocalizedText definition =
        rules.onlineService() == OnlineServiceRule.FULL_PROCESS_SHARE
            ? ScorecardDefinitions.ONLINE_FULL_PROCESS
            : ScorecardDefinitions.ONLINE_SHARE;
    return Tally.of(onlineMet, onlineCounted, definition)
        .with(
            ordered(
                "onlineDossierCount", channelOnline,
                "channelOnlineSum", channelOnline,
                "channelDirectSum", channelDirect,
                "channelPostalSum", channelPostal,
                "channelTotalSum", channelOnline + channelDirect + channelPostal,
                "onlineOnTimeSum", onlineInTime,
                "onlineOverdueSum", onlineLate,
                "fullCount", fullProcedures.size(),
                "partialCount", partialProcedures.size(),
                "onlineServiceTotal", fullProcedures.size() + partialProcedures.size()));
  }

  private Tally paymentTally() {
    return Tally.of(paidOnline, feeDossiers, ScorecardDefinitions.PAYMENT)
        .with(
            ordered(
                "totalDossierOnlinePaymentSuccess",
                paidOnline,
                "totalDossierFinancialObligation",
                feeDossiers,
                "totalDossierOnlineFormalityPaymentSuccess",
                paidOnlineProcedures.size(),
                "totalFeeFormality",
                feeProcedures.size()));
  }

  private static Map<String, Number> ordered(Object... pairs) {
    Map<String, Number> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Number) pairs[i + 1]);
    }
    return map;
  }

  private @Nullable Instant before(@Nullable Instant instant) {
    return instant != null && instant.isBefore(cut) ? instant : null;
  }

  /** When the dossier reached a final status before the cut, if it did. */
  private @Nullable Instant finalAt(Dossier dossier) {
    for (DossierEvent event : dossier.events()) {
      if (!event.at().isBefore(cut)) {
        return null;
      }
      if (event.to().isFinal()) {
        return event.at();
      }
    }
    return null;
  }

  /** Builds a {@link ScorecardAccumulator}. Not thread-safe. */
  public static final class Builder {
    private final ScorePeriod period;
    private AgencyScope agency = AgencyScope.all();
    private @Nullable Instant asOf;
    private ScorecardRules rules = ScorecardRules.defaults();
    private AgencyProfile profile = AgencyProfile.empty();
    private DossierDeadlines deadlines = DossierDeadlines.standard();

    private Builder(ScorePeriod period) {
      this.period = Objects.requireNonNull(period, "period");
    }

    /** Which agencies' dossiers count; all by default. */
    public Builder agency(AgencyScope value) {
      agency = Objects.requireNonNull(value, "agency");
      return this;
    }

    /**
     * The instant to judge open dossiers at when the period has not ended yet, usually now from a
     * clock; the end of the period by default.
     */
    public Builder asOf(@Nullable Instant value) {
      asOf = value;
      return this;
    }

    /** The rules; {@link ScorecardRules#defaults()} by default. */
    public Builder rules(ScorecardRules value) {
      rules = Objects.requireNonNull(value, "rules");
      return this;
    }

    /** The agency's figures a dossier does not carry; none by default. */
    public Builder profile(AgencyProfile value) {
      profile = Objects.requireNonNull(value, "profile");
      return this;
    }

    /** The deadlines dossiers are judged with; {@link DossierDeadlines#standard()} by default. */
    public Builder deadlines(DossierDeadlines value) {
      deadlines = Objects.requireNonNull(value, "deadlines");
      return this;
    }

    /** The accumulator, empty. */
    public ScorecardAccumulator build() {
      return new ScorecardAccumulator(this);
    }
  }
}
