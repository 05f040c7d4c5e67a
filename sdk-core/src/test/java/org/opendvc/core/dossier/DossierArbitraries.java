package org.opendvc.core.dossier;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.procedure.FeeKind;
import org.opendvc.core.procedure.ProcessingTime;
import org.opendvc.core.procedure.ProcessingTimeUnit;

/** Random dossiers made by playing random event sequences through the lifecycle. */
final class DossierArbitraries {
  private DossierArbitraries() {}

  /** One attempted step: after {@code minutes}, try to move to {@code target}. */
  record Step(int minutes, DossierStatus target, boolean typed) {}

  /** A refused step, with the dossier it was tried on. */
  record Refusal(Dossier before, Step step, Validated<Dossier> outcome) {}

  static Arbitrary<List<Step>> scripts() {
    Arbitrary<Integer> minutes =
        Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.integers().between(0, 180)),
            Tuple.of(2, Arbitraries.integers().between(180, 3 * 24 * 60)),
            Tuple.of(1, Arbitraries.integers().between(3 * 24 * 60, 20 * 24 * 60)));
    Arbitrary<Step> step =
        Combinators.combine(
                minutes, Arbitraries.of(DossierStatus.class), Arbitraries.of(true, false))
            .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(25);
  }

  static Arbitrary<ProcessingTime> times() {
    return Arbitraries.oneOf(
        Arbitraries.integers()
            .between(0, 30)
            .map(n -> ProcessingTime.of(n, ProcessingTimeUnit.WORKING_DAYS)),
        Arbitraries.integers()
            .between(0, 30)
            .map(n -> ProcessingTime.of(n, ProcessingTimeUnit.DAYS)),
        Arbitraries.integers()
            .between(1, 80)
            .map(n -> ProcessingTime.of(n, ProcessingTimeUnit.WORKING_HOURS)),
        Arbitraries.integers()
            .between(1, 200)
            .map(n -> ProcessingTime.of(n, ProcessingTimeUnit.HOURS)));
  }

  static Arbitrary<Instant> starts() {
    return Arbitraries.longs()
        .between(0, 365L * 24 * 60 * 3)
        .map(m -> TestClock.vn("2025-01-01T00:00").plus(Duration.ofMinutes(m)));
  }

  /** Plays {@code script}; each refusal goes to {@code refusals}. */
  static Dossier play(
      Instant start,
      ProcessingTime time,
      List<Step> script,
      java.util.function.Consumer<Refusal> refusals) {
    TestClock clock = new TestClock(start);
    DossierLifecycle lifecycle = new DossierLifecycle(DossierDeadlines.standard(), clock);
    Dossier dossier = lifecycle.submit(Dossiers.draft(time), DossierEvent.APPLICANT);
    for (Step step : script) {
      clock.advance(Duration.ofMinutes(step.minutes()));
      Validated<Dossier> after = attempt(lifecycle, dossier, step);
      if (after.value().isPresent()) {
        dossier = after.value().get();
      } else {
        refusals.accept(new Refusal(dossier, step, after));
      }
      if (step.minutes() % 7 == 0) {
        dossier = lifecycle.recordSync(dossier).orElseThrow();
      }
    }
    return dossier;
  }

  /** The generic move, or the specific operation for the target when {@code typed}. */
  private static Validated<Dossier> attempt(
      DossierLifecycle lifecycle, Dossier dossier, Step step) {
    if (!step.typed()) {
      return lifecycle.move(dossier, step.target(), Dossiers.OFFICER, null);
    }
    return switch (step.target()) {
      case SUPPLEMENT_REQUESTED -> lifecycle.requestSupplement(dossier, Dossiers.OFFICER, "x");
      case PAYMENT_REQUESTED ->
          lifecycle.requestPayment(
              dossier,
              Dossiers.OFFICER,
              List.of(new DossierFee(null, "Lệ phí", FeeKind.CHARGE, BigDecimal.TEN)));
      case PROCESSING ->
          dossier.status() == DossierStatus.SUPPLEMENT_REQUESTED
              ? lifecycle.supplement(dossier, DossierEvent.APPLICANT, List.of())
              : lifecycle.recordPayment(
                  dossier,
                  DossierEvent.APPLICANT,
                  new Payment(
                      PaymentMethod.ONLINE_PORTAL,
                      dossier.totalFees().max(BigDecimal.ONE),
                      lifecycle.clock().instant(),
                      null));
      case COMPLETED ->
          lifecycle.complete(
              dossier,
              Dossiers.OFFICER,
              List.of(new DossierResult("KQ", "Giấy khai sinh", true, null, null, null)));
      case RESULT_DELIVERED ->
          lifecycle
              .deliverResult(dossier, Dossiers.OFFICER)
              .map(d -> lifecycle.rate(d, SatisfactionLevel.SATISFIED, "ok").orElseThrow());
      default -> lifecycle.move(dossier, step.target(), Dossiers.OFFICER, null);
    };
  }
}
