package org.opendvc.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendvc.core.dossier.ComponentProvision;
import org.opendvc.core.dossier.Dossier;
import org.opendvc.core.dossier.PaymentMethod;
import org.opendvc.core.dossier.SatisfactionLevel;
import org.opendvc.core.dossier.TestClock;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.OnlineServiceLevel;

/**
 * Each metric's arithmetic on a handful of dossiers computed by hand. March 2026 has no holiday:
 * Monday 2 March plus five working days is Monday 9 March, due by 17:00.
 */
class ScorecardAccumulatorTest {
  private static final ScorePeriod Q1 = ScorePeriod.quarter(2026, 1);

  /** A full transparency and satisfaction profile, so no points move between metrics. */
  private static final AgencyProfile FULL_PROFILE =
      AgencyProfile.of(
          Map.of(
              MetricCode.PUBLISH_ON_TIME, new Count(9, 12),
              MetricCode.PUBLIC_UPDATE_ON_TIME, new Count(4, 5),
              MetricCode.PUBLIC_CONTENT_FULL, new Count(2, 2),
              MetricCode.CITIZEN_DATA_CONNECTED_FORMALITY, new Count(1, 4),
              MetricCode.ELECTRONIC_CERTIFIED_COPY, new Count(3, 3),
              MetricCode.PETITION_PROCESSING_ON_TIME, new Count(8, 10),
              MetricCode.PETITION_HANDLING_SATISFACTION, new Count(9, 10)));

  private static Scorecard score(AgencyProfile profile, Dossier... dossiers) {
    return ScorecardAccumulator.builder(Q1)
        .profile(profile)
        .build()
        .acceptAll(List.of(dossiers))
        .result();
  }

  private static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  private static void assertMetric(
      MetricScore m, long numerator, long denominator, String ratio, String score, String max) {
    assertThat(m.status()).isEqualTo(MetricStatus.COMPUTED);
    assertThat(m.numerator()).as("numerator of %s", m.code()).isEqualTo(numerator);
    assertThat(m.denominator()).as("denominator of %s", m.code()).isEqualTo(denominator);
    assertThat(m.ratio()).as("ratio of %s", m.code()).isEqualTo(d(ratio));
    assertThat(m.score()).as("score of %s", m.code()).isEqualTo(d(score));
    assertThat(m.maxScore()).as("maxScore of %s", m.code()).isEqualTo(d(max));
  }

  // ------------------------------------------------------------------ progress

  private static Dossier[] progressCases() {
    return new Dossier[] {
      // Early: done Wednesday 4 March, due Monday 9 March.
      Story.of()
          .at("2026-03-02T09:00")
          .submit()
          .at("2026-03-02T10:00")
          .receive()
          .at("2026-03-02T11:00")
          .process()
          .at("2026-03-04T10:00")
          .complete(true)
          .dossier(),
      // On time: done on the due day.
      Story.of()
          .at("2026-03-02T09:00")
          .submit()
          .at("2026-03-02T10:00")
          .receive()
          .at("2026-03-02T11:00")
          .process()
          .at("2026-03-09T16:00")
          .complete(true)
          .dossier(),
      // Late: done Friday 13 March.
      Story.of()
          .at("2026-03-02T09:00")
          .submit()
          .at("2026-03-02T10:00")
          .receive()
          .at("2026-03-02T11:00")
          .process()
          .at("2026-03-13T10:00")
          .complete(true)
          .dossier(),
      // Open within its deadline at the end of March: received Friday 27, due Friday 3 April.
      Story.of()
          .at("2026-03-27T09:00")
          .submit()
          .at("2026-03-27T10:00")
          .receive()
          .at("2026-03-27T11:00")
          .process()
          .dossier(),
      // Open and overdue: received 9 March, due 16 March.
      Story.of()
          .at("2026-03-09T09:00")
          .submit()
          .at("2026-03-09T10:00")
          .receive()
          .at("2026-03-09T11:00")
          .process()
          .dossier(),
      // Processed in December, result handed over in March: in scope, not in progress.
      Story.of()
          .at("2025-12-01T09:00")
          .submit()
          .at("2025-12-01T10:00")
          .receive()
          .at("2025-12-01T11:00")
          .process()
          .at("2025-12-03T10:00")
          .complete(true)
          .at("2026-03-02T10:00")
          .deliver()
          .dossier(),
      // Withdrawn: received in the period, no deadline applies.
      Story.of()
          .at("2026-03-02T09:00")
          .submit()
          .at("2026-03-02T10:00")
          .receive()
          .at("2026-03-03T10:00")
          .withdraw()
          .dossier(),
      // Received in April: out of the period.
      Story.of().at("2026-04-01T09:00").submit().at("2026-04-01T10:00").receive().dossier(),
      // Another agency.
      Story.of()
          .agency("000.00.01.H22")
          .at("2026-03-02T09:00")
          .submit()
          .at("2026-03-02T10:00")
          .receive()
          .dossier(),
    };
  }

  @Test
  void progress_countsDoneInTimeAndOpenWithinDeadline_overDossiersHandledInThePeriod() {
    Scorecard card =
        ScorecardAccumulator.builder(Q1)
            .agency(AgencyScope.parse("000.00.00.H56").orElseThrow())
            .build()
            .acceptAll(List.of(progressCases()))
            .result();

    assertThat(card.dossiersRead()).isEqualTo(9);
    assertThat(card.dossiersInScope()).isEqualTo(7);
    // Early, on time and open within: 3 of the 5 with a deadline handled in the period.
    MetricScore progress = card.metric(MetricCode.DVC_PROGRESS);
    assertMetric(progress, 3, 5, "60.00", "12.00", "20.00");
    assertThat(progress.parameters())
        .containsExactly(
            Map.entry("totalReceived", 6L),
            Map.entry("totalCompleted", 3L),
            Map.entry("totalOnTime", 2L),
            Map.entry("totalEarly", 1L),
            Map.entry("totalLate", 1L),
            Map.entry("inProgressWithinDeadline", 1L),
            Map.entry("inProgressOverdue", 1L),
            // 2, 5 and 9 working days from the receipt day to the day processing ended.
            Map.entry("avgProcessingDays", d("5.33")));
  }

  @Test
  void agencyScope_ofAProvince_takesEveryAgencyOfIt() {
    Scorecard h56 =
        ScorecardAccumulator.builder(Q1)
            .agency(AgencyScope.parse("h56").orElseThrow())
            .build()
            .acceptAll(List.of(progressCases()))
            .result();
    Scorecard all =
        ScorecardAccumulator.builder(Q1).build().acceptAll(List.of(progressCases())).result();
    assertThat(h56.dossiersInScope()).isEqualTo(7);
    assertThat(all.dossiersInScope()).isEqualTo(8);
    assertThat(AgencyScope.parse("56").errors())
        .extracting(e -> e.code())
        .containsExactly("SCORECARD_AGENCY_MALFORMED");
  }

  @Test
  void progress_asOfAnInstantInsideThePeriod_judgesOpenDossiersThen() {
    Dossier overdueLater =
        Story.of()
            .at("2026-03-09T09:00")
            .submit()
            .at("2026-03-09T10:00")
            .receive()
            .at("2026-03-09T11:00")
            .process()
            .dossier();
    Scorecard early =
        ScorecardAccumulator.builder(Q1)
            .asOf(TestClock.vn("2026-03-12T12:00"))
            .build()
            .acceptAll(List.of(overdueLater))
            .result();
    assertThat(early.asOf()).isEqualTo(TestClock.vn("2026-03-12T12:00"));
    assertMetric(early.metric(MetricCode.DVC_PROGRESS), 1, 1, "100.00", "20.00", "20.00");
  }

  @Test
  void progress_doesNotCountTimeWaitingForASupplement() {
    // Due 9 March; waited Wednesday 4 to Friday 13 March 10:00 (7 working days): due 18 March.
    Dossier waited =
        Story.of()
            .at("2026-03-02T09:00")
            .submit()
            .at("2026-03-02T10:00")
            .receive()
            .at("2026-03-02T11:00")
            .process()
            .at("2026-03-04T10:00")
            .requestSupplement()
            .at("2026-03-13T10:00")
            .supplement()
            .at("2026-03-17T10:00")
            .complete(true)
            .dossier();
    assertMetric(
        score(FULL_PROFILE, waited).metric(MetricCode.DVC_PROGRESS),
        1,
        1,
        "100.00",
        "20.00",
        "20.00");
  }

  // ------------------------------------------------------------------ transparency: sync

  @Test
  void dossierSync_countsDossiersWhoseStepsReachedThePortalWithin24Hours() {
    Dossier onTime =
        Story.of()
            .at("2026-03-02T09:00")
            .submit()
            .at("2026-03-02T10:00")
            .receive()
            .at("2026-03-02T11:00")
            .sync()
            .dossier();
    Dossier late =
        Story.of()
            .at("2026-03-02T09:00")
            .submit()
            .at("2026-03-02T10:00")
            .receive()
            .at("2026-03-04T10:00")
            .sync()
            .dossier();
    Dossier pendingAtTheCut =
        Story.of().at("2026-03-31T19:00").submit().at("2026-03-31T20:00").receive().dossier();
    Dossier neverSynced =
        Story.of().at("2026-03-20T09:00").submit().at("2026-03-20T10:00").receive().dossier();
    Dossier receiptSyncedLateLastYear =
        Story.of()
            .at("2025-12-01T09:00")
            .submit()
            .at("2025-12-01T10:00")
            .receive()
            .at("2025-12-05T10:00")
            .sync()
            .at("2026-03-05T10:00")
            .process()
            .at("2026-03-05T12:00")
            .sync()
            .dossier();

    Scorecard card =
        score(FULL_PROFILE, onTime, late, pendingAtTheCut, neverSynced, receiptSyncedLateLastYear);

    assertMetric(card.metric(MetricCode.DOSSIER_SYNC), 2, 5, "40.00", "2.40", "6.00");
    // With every transparency figure given, nothing moves: 9/12 × 6 + 4/5 × 4 + 2/2 × 2 + 2.40.
    assertMetric(card.metric(MetricCode.PUBLISH_ON_TIME), 9, 12, "75.00", "4.50", "6.00");
    assertMetric(card.metric(MetricCode.PUBLIC_UPDATE_ON_TIME), 4, 5, "80.00", "3.20", "4.00");
    assertThat(card.group(ScoreGroup.TRANSPARENCY).score()).isEqualTo(d("12.10"));
    assertThat(card.group(ScoreGroup.TRANSPARENCY).maxScore()).isEqualTo(d("18.00"));
  }

  @Test
  void dossierSync_toleranceIsARule() {
    Dossier twoDays =
        Story.of()
            .at("2026-03-02T09:00")
            .submit()
            .at("2026-03-02T10:00")
            .receive()
            .at("2026-03-04T08:00")
            .sync()
            .dossier();
    ScorecardRules lenient = ScorecardRules.builder().syncTolerance(Duration.ofHours(48)).build();
    Scorecard card =
        ScorecardAccumulator.builder(Q1)
            .rules(lenient)
            .profile(FULL_PROFILE)
            .build()
            .acceptAll(List.of(twoDays))
            .result();
    assertMetric(card.metric(MetricCode.DOSSIER_SYNC), 1, 1, "100.00", "6.00", "6.00");
    assertThat(card.metric(MetricCode.DOSSIER_SYNC).note().en()).contains("PT48H");
  }

  // ------------------------------------------------------------------ redistribution

  @Test
  void withoutAProfile_theTransparencyPointsGoToDossierSync() {
    Dossier onTime =
        Story.of()
            .at("2026-03-02T09:00")
            .submit()
            .at("2026-03-02T10:00")
            .receive()
            .at("2026-03-02T11:00")
            .sync()
            .dossier();
    Dossier late =
        Story.of().at("2026-03-02T09:00").submit().at("2026-03-02T10:00").receive().dossier();

    Scorecard card = score(AgencyProfile.empty(), onTime, late);

    // 12 points of PUBLISH_ON_TIME, PUBLIC_UPDATE_ON_TIME and PUBLIC_CONTENT_FULL move over.
    assertMetric(card.metric(MetricCode.DOSSIER_SYNC), 1, 2, "50.00", "9.00", "18.00");
    MetricScore missing = card.metric(MetricCode.PUBLISH_ON_TIME);
    assertThat(missing.status()).isEqualTo(MetricStatus.INPUT_MISSING);
    assertThat(missing.score()).isEqualTo(d("0.00"));
    assertThat(missing.maxScore()).isEqualTo(d("0.00"));
    assertThat(missing.ratio()).isNull();
    assertThat(missing.note().en()).contains("agency profile").contains("shared");
    assertThat(card.group(ScoreGroup.TRANSPARENCY).maxScore()).isEqualTo(d("18.00"));
  }

  @Test
  void satisfaction_withNoFeedbackItems_splitsThePointsAcrossTheOtherTwo() {
    Dossier done =
        Story.of()
            .at("2026-03-02T09:00")
            .submit()
            .at("2026-03-02T10:00")
            .receive()
            .at("2026-03-02T11:00")
            .process()
            .at("2026-03-04T10:00")
            .complete(true)
            .dossier();
    AgencyProfile noHandledFeedback =
        AgencyProfile.of(
            Map.of(
                MetricCode.PETITION_PROCESSING_ON_TIME, new Count(8, 10),
                MetricCode.PETITION_HANDLING_SATISFACTION, new Count(0, 0)));

    Scorecard card = score(noHandledFeedback, done);

    // PETITION_HANDLING_SATISFACTION's 6 points: 3 each to the other two, out of 9 each.
    assertMetric(
        card.metric(MetricCode.DOSSIER_RECEIVING_SATISFACTION), 1, 1, "100.00", "9.00", "9.00");
    assertMetric(
        card.metric(MetricCode.PETITION_PROCESSING_ON_TIME), 8, 10, "80.00", "7.20", "9.00");
    assertThat(card.metric(MetricCode.PETITION_HANDLING_SATISFACTION).status())
        .isEqualTo(MetricStatus.NOTHING_TO_COUNT);
    assertThat(card.group(ScoreGroup.SATISFACTION).score()).isEqualTo(d("16.20"));
  }

  @Test
  void fallbacks_leaveOut_zero_andFullScore_areRules() {
    Dossier onTime =
        Story.of()
            .at("2026-03-02T09:00")
            .submit()
            .at("2026-03-02T10:00")
            .receive()
            .at("2026-03-02T11:00")
            .sync()
            .dossier();
    ScorecardRules leaveOut = ScorecardRules.builder().whenInputMissing(Fallback.LEAVE_OUT).build();
    ScorecardRules zero = ScorecardRules.builder().whenInputMissing(Fallback.ZERO).build();
    ScorecardRules full = ScorecardRules.builder().whenInputMissing(Fallback.FULL_SCORE).build();

    Scorecard left =
        ScorecardAccumulator.builder(Q1)
            .rules(leaveOut)
            .build()
            .acceptAll(List.of(onTime))
            .result();
    Scorecard zeroed =
        ScorecardAccumulator.builder(Q1).rules(zero).build().acceptAll(List.of(onTime)).result();
    Scorecard fulled =
        ScorecardAccumulator.builder(Q1).rules(full).build().acceptAll(List.of(onTime)).result();

    assertThat(left.group(ScoreGroup.TRANSPARENCY).score()).isEqualTo(d("6.00"));
    assertThat(left.group(ScoreGroup.TRANSPARENCY).maxScore()).isEqualTo(d("6.00"));
    assertThat(zeroed.group(ScoreGroup.TRANSPARENCY).score()).isEqualTo(d("6.00"));
    assertThat(zeroed.group(ScoreGroup.TRANSPARENCY).maxScore()).isEqualTo(d("18.00"));
    assertThat(fulled.group(ScoreGroup.TRANSPARENCY).score()).isEqualTo(d("18.00"));
    assertThat(fulled.group(ScoreGroup.TRANSPARENCY).maxScore()).isEqualTo(d("18.00"));
  }

  @Test
  void aGroupWithNothingComputed_isLeftOutOfTheTotal() {
    Scorecard empty = score(AgencyProfile.empty());
    assertThat(empty.groups()).hasSize(6);
    assertThat(empty.total()).isEqualTo(d("0.00"));
    assertThat(empty.maxTotal()).isEqualTo(d("0.00"));
    assertThat(empty.metric(MetricCode.DVC_PROGRESS).status())
        .isEqualTo(MetricStatus.NOTHING_TO_COUNT);
    assertThat(empty.metric(MetricCode.DVC_PROGRESS).note().en()).contains("left out");
  }

  // ------------------------------------------------------------------ online service

  @Test
  void onlineService_fullProcessShare_countsOnlineDossiersOfFullProcessProcedures() {
    Dossier[] dossiers = {
      Story.of().at("2026-03-02T09:00").submit().at("2026-03-02T10:00").receive().dossier(),
      Story.of().channel(ChannelKind.IN_PERSON).at("2026-03-02T09:00").submit().receive().dossier(),
      Story.of().channel(ChannelKind.POSTAL).at("2026-03-02T09:00").submit().receive().dossier(),
      Story.of()
          .level(OnlineServiceLevel.PARTIAL)
          .procedure("1.000894")
          .at("2026-03-02T09:00")
          .submit()
          .at("2026-03-02T10:00")
          .receive()
          .dossier(),
    };

    Scorecard full = score(FULL_PROFILE, dossiers);
    Scorecard share =
        ScorecardAccumulator.builder(Q1)
            .rules(ScorecardRules.builder().onlineService(OnlineServiceRule.ONLINE_SHARE).build())
            .build()
            .acceptAll(List.of(dossiers))
            .result();

    // One online dossier of three for the full-process procedure: 1/3 × 12 = 4.
    MetricScore online = full.metric(MetricCode.PROVIDE_ONLINE);
    assertMetric(online, 1, 3, "33.33", "4.00", "12.00");
    assertThat(online.parameters())
        .containsEntry("channelOnlineSum", 2L)
        .containsEntry("channelDirectSum", 1L)
        .containsEntry("channelPostalSum", 1L)
        .containsEntry("channelTotalSum", 4L)
        .containsEntry("fullCount", 1)
        .containsEntry("partialCount", 1)
        .containsEntry("onlineServiceTotal", 2);
    assertThat(online.note().en()).contains("FULL_PROCESS_SHARE");
    // Two online of four: 6.
    assertMetric(share.metric(MetricCode.PROVIDE_ONLINE), 2, 4, "50.00", "6.00", "12.00");
  }

  // ------------------------------------------------------------------ digitisation

  @Test
  void digitisation_metricsCountComponentsAndResults() {
    Dossier allElectronicSynced =
        Story.of()
            .component(ComponentProvision.SUBMITTED, true, null)
            .component(ComponentProvision.REPLACED_BY_RESULT, false, "KQ")
            .usingPopulationData()
            .at("2026-03-02T09:00")
            .submit()
            .at("2026-03-02T10:00")
            .receive()
            .at("2026-03-02T11:00")
            .sync()
            .at("2026-03-02T12:00")
            .process()
            .at("2026-03-03T10:00")
            .complete(true)
            .dossier();
    Dossier paperNotReusable =
        Story.of()
            .component(ComponentProvision.SUBMITTED, false, null)
            .at("2026-03-02T09:00")
            .submit()
            .at("2026-03-02T10:00")
            .receive()
            .at("2026-03-02T11:00")
            .process()
            .at("2026-03-03T10:00")
            .complete(false)
            .dossier();
    Dossier couldHaveReused =
        Story.of()
            .component(ComponentProvision.SUBMITTED, true, "KQ.KS")
            .at("2026-03-02T09:00")
            .submit()
            .at("2026-03-02T10:00")
            .receive()
            .dossier();
    Dossier allFromData =
        Story.of()
            .enterprise()
            .component(ComponentProvision.FROM_REGISTRY, false, null)
            .component(ComponentProvision.FROM_WAREHOUSE, false, "KQ.X")
            .at("2026-03-02T09:00")
            .submit()
            .at("2026-03-02T10:00")
            .receive()
            .at("2026-03-02T11:00")
            .process()
            .at("2026-03-03T10:00")
            .completeWithoutResult()
            .dossier();

    Scorecard card =
        score(FULL_PROFILE, allElectronicSynced, paperNotReusable, couldHaveReused, allFromData);

    // Completed with a result recorded: the first two; electronic: the first.
    assertMetric(card.metric(MetricCode.ORIGINAL_RESULT_AVAILABLE), 1, 2, "50.00", "3.00", "6.00");
    // All four have components; all electronic and synced: the first only (the fourth never
    // synced).
    assertMetric(card.metric(MetricCode.SO_HOA_GIAY_TO_GIAI_QUYET), 1, 4, "25.00", "1.00", "4.00");
    // Could reuse: first (replaced), third (replaceable), fourth; did: first and fourth.
    assertMetric(card.metric(MetricCode.REUSED_DIGITIZED_DATA), 2, 3, "66.67", "1.33", "2.00");
    // Every component could come from data: third and fourth; did: fourth.
    assertMetric(
        card.metric(MetricCode.SYNCED_WITH_DVCQG_PERSONAL_STORAGE), 1, 2, "50.00", "2.00", "4.00");
    // Citizens' dossiers: three; with population data: the first.
    assertMetric(
        card.metric(MetricCode.CITIZEN_DATA_CONNECTED_DOSSIER), 1, 3, "33.33", "0.67", "2.00");
    assertMetric(
        card.metric(MetricCode.CITIZEN_DATA_CONNECTED_FORMALITY), 1, 4, "25.00", "0.50", "2.00");
    // 3 + 1 + 1.33 + 2 + 0.67 + 0.5 + 2 (certified copies 3/3).
    assertThat(card.group(ScoreGroup.DIGITISATION).score()).isEqualTo(d("10.50"));
  }

  // ------------------------------------------------------------------ payment

  @Test
  void onlinePayment_countsDossiersWithFeesPaidInFullOnline() {
    Dossier paidOnline =
        Story.of()
            .fee(50_000)
            .at("2026-03-02T09:00")
            .submit()
            .pay(PaymentMethod.ONLINE_PORTAL, 50_000)
            .at("2026-03-02T10:00")
            .receive()
            .dossier();
    Dossier paidAtTheDesk =
        Story.of()
            .fee(50_000)
            .at("2026-03-02T09:00")
            .submit()
            .pay(PaymentMethod.OFFLINE, 50_000)
            .at("2026-03-02T10:00")
            .receive()
            .dossier();
    Dossier partlyPaid =
        Story.of()
            .fee(50_000)
            .at("2026-03-02T09:00")
            .submit()
            .pay(PaymentMethod.ONLINE_AGENCY, 20_000)
            .at("2026-03-02T10:00")
            .receive()
            .dossier();
    Dossier paidAfterTheCut =
        Story.of()
            .fee(50_000)
            .at("2026-03-31T09:00")
            .submit()
            .at("2026-03-31T10:00")
            .receive()
            .at("2026-04-02T09:00")
            .pay(PaymentMethod.ONLINE_PORTAL, 50_000)
            .dossier();
    Dossier free = Story.of().at("2026-03-02T09:00").submit().receive().dossier();

    Scorecard card =
        score(FULL_PROFILE, paidOnline, paidAtTheDesk, partlyPaid, paidAfterTheCut, free);

    MetricScore payment = card.metric(MetricCode.FORMALITY_ONLINE_PAYMENT);
    assertMetric(payment, 1, 4, "25.00", "2.50", "10.00");
    assertThat(payment.parameters())
        .containsEntry("totalDossierOnlinePaymentSuccess", 1L)
        .containsEntry("totalDossierFinancialObligation", 4L)
        .containsEntry("totalDossierOnlineFormalityPaymentSuccess", 1)
        .containsEntry("totalFeeFormality", 1);
  }

  // ------------------------------------------------------------------ satisfaction

  @Test
  void satisfaction_subtractsDossiersRatedNotSatisfiedOrLate() {
    Dossier happy =
        Story.of()
            .at("2026-03-02T09:00")
            .submit()
            .at("2026-03-02T10:00")
            .receive()
            .at("2026-03-02T11:00")
            .process()
            .at("2026-03-04T10:00")
            .complete(true)
            .rate(SatisfactionLevel.VERY_SATISFIED)
            .dossier();
    Dossier unhappy =
        Story.of()
            .at("2026-03-02T09:00")
            .submit()
            .at("2026-03-02T10:00")
            .receive()
            .at("2026-03-02T11:00")
            .process()
            .at("2026-03-04T10:00")
            .complete(true)
            .rate(SatisfactionLevel.NOT_SATISFIED)
            .dossier();
    Dossier late =
        Story.of()
            .at("2026-03-02T09:00")
            .submit()
            .at("2026-03-02T10:00")
            .receive()
            .at("2026-03-02T11:00")
            .process()
            .at("2026-03-20T10:00")
            .stop()
            .dossier();
    Dossier stillOpen =
        Story.of().at("2026-03-02T09:00").submit().at("2026-03-02T10:00").receive().dossier();

    Scorecard card = score(FULL_PROFILE, happy, unhappy, late, stillOpen);

    MetricScore satisfaction = card.metric(MetricCode.DOSSIER_RECEIVING_SATISFACTION);
    assertMetric(satisfaction, 1, 3, "33.33", "2.00", "6.00");
    assertThat(satisfaction.parameters())
        .containsExactly(
            Map.entry("handled", 3L), Map.entry("ratedNotSatisfied", 1L), Map.entry("late", 1L));
    assertMetric(
        card.metric(MetricCode.PETITION_HANDLING_SATISFACTION), 9, 10, "90.00", "5.40", "6.00");
    assertThat(card.metric(MetricCode.PETITION_CLASSIFICATION_TTHC).maxScore())
        .isEqualTo(d("0.00"));
  }

  @Test
  void total_addsTheRoundedGroupScores() {
    Scorecard card = score(FULL_PROFILE, progressCases());
    BigDecimal sum = BigDecimal.ZERO;
    for (GroupScore group : card.groups()) {
      BigDecimal metrics =
          group.metrics().stream().map(MetricScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(group.score()).isEqualTo(metrics);
      sum = sum.add(group.score());
    }
    assertThat(card.total()).isEqualTo(sum);
    // No dossier has a fee: the payment group has nothing computed and is left out.
    assertThat(card.group(ScoreGroup.ONLINE_PAYMENT).maxScore()).isEqualTo(d("0.00"));
    assertThat(card.maxTotal()).isEqualTo(d("90.00"));
    for (GroupScore group : card.groups()) {
      if (group.group() != ScoreGroup.ONLINE_PAYMENT) {
        assertThat(group.maxScore())
            .isEqualTo(BigDecimal.valueOf(group.group().maxScore()).setScale(2));
      }
    }
  }

  @Test
  void redistributedPoints_addUpToTheGroupsPointsExactly() {
    Dossier d =
        Story.of()
            .component(ComponentProvision.SUBMITTED, true, "KQ")
            .at("2026-03-02T09:00")
            .submit()
            .at("2026-03-02T10:00")
            .receive()
            .at("2026-03-02T11:00")
            .sync()
            .process()
            .at("2026-03-03T10:00")
            .complete(true)
            .dossier();
    // Without a profile, the 4 points of the two profile metrics go to five computed metrics
    // worth 18: shares of 4 × 6/18, 4 × 4/18... in hundredths, by largest remainder.
    GroupScore digitisation = score(AgencyProfile.empty(), d).group(ScoreGroup.DIGITISATION);
    assertThat(digitisation.maxScore()).isEqualTo(d("22.00"));
    assertThat(digitisation.metric(MetricCode.ORIGINAL_RESULT_AVAILABLE).maxScore())
        .isEqualTo(d("7.33"));
    assertThat(digitisation.metric(MetricCode.SO_HOA_GIAY_TO_GIAI_QUYET).maxScore())
        .isEqualTo(d("4.89"));
    assertThat(digitisation.metric(MetricCode.ORIGINAL_RESULT_AVAILABLE).note().en())
        .contains("Gets 1.33 points redistributed");
  }
}
