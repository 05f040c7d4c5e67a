package org.opendvc.testkit.synthetic;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.opendvc.client.wire.RegisteredAddress;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.dossier.Applicant;
import org.opendvc.core.dossier.ApplicantKind;
import org.opendvc.core.dossier.ComponentProvision;
import org.opendvc.core.dossier.Dossier;
import org.opendvc.core.dossier.DossierCodeGenerator;
import org.opendvc.core.dossier.DossierDeadlines;
import org.opendvc.core.dossier.DossierEvent;
import org.opendvc.core.dossier.DossierFee;
import org.opendvc.core.dossier.DossierLifecycle;
import org.opendvc.core.dossier.DossierResult;
import org.opendvc.core.dossier.Payment;
import org.opendvc.core.dossier.PaymentMethod;
import org.opendvc.core.dossier.PaymentState;
import org.opendvc.core.dossier.ProcedureRef;
import org.opendvc.core.dossier.SatisfactionLevel;
import org.opendvc.core.dossier.SubmittedComponent;
import org.opendvc.core.id.AgencyCode;
import org.opendvc.core.id.EnterpriseCode;
import org.opendvc.core.id.Identifier;
import org.opendvc.core.id.PersonalIdNumber;
import org.opendvc.core.id.PhoneNumber;
import org.opendvc.core.id.TaxCode;
import org.opendvc.core.procedure.Channel;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.DocumentRequirement;
import org.opendvc.core.procedure.Fee;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureResult;
import org.opendvc.core.time.OfficeHours;
import org.opendvc.core.time.WorkingCalendar;
import org.opendvc.testkit.simulator.SyntheticCitizen;
import org.opendvc.testkit.simulator.SyntheticPopulation;

/**
 * Generates made-up dossiers, each played through {@link DossierLifecycle} so that its event log,
 * due date and supplements are what the SDK itself would record. The same settings and seed always
 * give the same dossiers, in the same order.
 *
 * <p>Submissions are spread evenly over a window of days, day after day, four in five of those on
 * working days within office hours, across the given procedures and agencies; codes come from a
 * {@link DossierCodeGenerator}, so they run 0001, 0002... per agency and day. The mix, roughly: 60%
 * online (where the procedure offers it, and every submission outside office hours), 35% in person,
 * 5% by post (through the in-person channel when the procedure publishes no postal one); applicants
 * 80% citizens (from {@link SyntheticPopulation}, with valid identity numbers), 15% enterprises
 * (tax codes with a valid check digit), the rest agencies and others; 3% refused at receipt, 4%
 * asked for a supplement before receipt and 10% after, 2% withdrawn, 3% stopped; online receipt
 * within the eight working hours 85% of the time; processing ends in time for about four in five
 * dossiers; fees paid online at submission or on request, or at the desk; electronic results 70%; a
 * third of delivered dossiers rated, one in ten of those not satisfied; each step synced to DVCQG
 * within hours 90% of the time, days late 7%, never 3%. Events after the horizon (the end of the
 * window unless set) are not played, so the last dossiers are still open.
 *
 * <p>Not thread-safe; a generator is cheap to build.
 */
public final class SyntheticDossiers {
  private static final String[] OFFICERS = {"cb.0001", "cb.0002", "cb.0003", "cb.0004", "cb.0005"};
  private static final String[] MOBILE = {"090", "091", "093", "094", "096", "097", "098", "088"};
  private static final String[] COMPANIES = {
    "Công ty TNHH Minh An",
    "Công ty CP Xây dựng Hòa Bình",
    "Công ty TNHH Thương mại Lam Sơn",
    "Hợp tác xã Nông nghiệp Quảng Xương",
    "Công ty CP Du lịch Sầm Sơn"
  };

  private final List<Procedure> procedures;
  private final List<Procedure> onlineProcedures;
  private final List<AgencyCode> agencies;
  private final long seed;
  private final LocalDate start;
  private final int days;
  private final @Nullable Instant horizon;
  private final WorkingCalendar calendar;

  private SyntheticDossiers(Builder b) {
    this.procedures = List.copyOf(b.procedures);
    this.onlineProcedures =
        procedures.stream().filter(p -> p.channel(ChannelKind.ONLINE).isPresent()).toList();
    this.agencies = List.copyOf(b.agencies);
    this.seed = b.seed;
    this.start = b.start;
    this.days = b.days;
    this.horizon = b.horizon;
    this.calendar = b.calendar;
  }

  /**
   * A builder over {@code procedures}, each with at least one channel.
   *
   * @throws IllegalArgumentException if there is no procedure or one has no channel
   */
  public static Builder builder(List<Procedure> procedures) {
    return new Builder(procedures);
  }

  /** {@code count} dossiers, generated as the stream is read. */
  public Stream<Dossier> stream(int count) {
    return StreamSupport.stream(
        Spliterators.spliterator(iterator(count), count, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** {@code count} dossiers in a list. */
  public List<Dossier> generate(int count) {
    return stream(count).toList();
  }

  /** {@code count} dossiers, generated one at a time. */
  public Iterator<Dossier> iterator(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    return new Generation(count);
  }

  /** One run: its random numbers, population, code generator and clock. */
  private final class Generation implements Iterator<Dossier> {
    private final int count;
    private final SplittableRandom random = new SplittableRandom(seed);
    private final List<SyntheticCitizen> citizens = SyntheticPopulation.generate(2000, seed);
    private final SettableClock clock;
    private final DossierCodeGenerator codes;
    private final DossierLifecycle lifecycle;
    private final Instant first;
    private final Instant end;
    private int made;

    Generation(int count) {
      this.count = count;
      this.first = start.atStartOfDay(calendar.zone()).toInstant();
      Instant windowEnd = start.plusDays(days).atStartOfDay(calendar.zone()).toInstant();
      this.end = horizon == null ? windowEnd : horizon;
      this.clock = new SettableClock(first);
      this.codes = DossierCodeGenerator.inMemory(clock);
      this.lifecycle = new DossierLifecycle(new DossierDeadlines(calendar), clock);
    }

    @Override
    public boolean hasNext() {
      return made < count;
    }

    @Override
    public Dossier next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      LocalDate day = start.plusDays((long) ((made + random.nextDouble()) * days / count));
      made++;
      Instant at = day.atTime(timeOfDay(day)).atZone(calendar.zone()).toInstant();
      return new Story(this, at).play();
    }

    /**
     * When in the day a submission comes: on a working day, within office hours four times in five
     * (in person or online), otherwise early in the morning or in the evening (online); on a day
     * off, in the daytime (online).
     */
    private LocalTime timeOfDay(LocalDate day) {
      boolean working = calendar.isWorkingDay(day);
      if (working && random.nextInt(100) < 80) {
        long minute = random.nextLong(calendar.officeHours().perDay().toMinutes());
        for (OfficeHours.Session session : calendar.officeHours().sessions()) {
          long length = session.length().toMinutes();
          if (minute < length) {
            return session.start().plusMinutes(minute);
          }
          minute -= length;
        }
      }
      if (working) {
        return random.nextInt(4) == 0
            ? LocalTime.of(6, 0).plusMinutes(random.nextInt(120))
            : LocalTime.of(17, 1).plusMinutes(random.nextInt(360));
      }
      return LocalTime.of(7, 0).plusMinutes(random.nextInt(15 * 60));
    }
  }

  /** One dossier's story. */
  private final class Story {
    private final Generation g;
    private final SplittableRandom r;
    private final Procedure procedure;
    private Instant now;
    private @Nullable Instant pendingSync;
    private Dossier dossier;
    private boolean stopped;

    Story(Generation g, Instant submittedAt) {
      this.g = g;
      this.r = g.random;
      this.now = submittedAt;
      boolean open = calendar.isWithinOfficeHours(submittedAt);
      // Outside office hours only online submissions are possible.
      this.procedure = pick(open || onlineProcedures.isEmpty() ? procedures : onlineProcedures);
      ChannelKind channel = channel(procedure, open);
      g.clock.set(submittedAt);
      AgencyCode agency = agencies.get(r.nextInt(agencies.size()));
      Applicant applicant = applicant();
      Dossier.Builder draft =
          Dossier.builder(g.codes.next(agency), ProcedureRef.of(procedure), channel, applicant)
              .processingTime(offered(procedure, channel).map(Channel::processingTime).orElse(null))
              .components(components(channel))
              .fees(fees(channel))
              .resultByPost(channel == ChannelKind.POSTAL || r.nextInt(20) == 0)
              .processingUnit("Bộ phận Một cửa " + agency.topLevelCode());
      if (applicant.kind() == ApplicantKind.CITIZEN && chance(60)) {
        draft.registries(List.of(Registry.POPULATION));
      }
      this.dossier =
          g.lifecycle.submit(
              draft, channel == ChannelKind.IN_PERSON ? officer() : DossierEvent.APPLICANT);
      scheduleSync();
    }

    Dossier play() {
      payAtSubmission();
      if (!answer()) {
        return finish();
      }
      // One dossier in five waits in the queue for a day or two before an officer takes it up.
      at(chance(20) ? workingHours(8, 16) : workingHours(0, 3));
      step(g.lifecycle.startProcessing(dossier, officer()));
      if (chance(2)) {
        at(workingHours(1, 40));
        step(g.lifecycle.withdraw(dossier, DossierEvent.APPLICANT, "Không có nhu cầu"));
        return finish();
      }
      if (chance(10)) {
        at(workingHours(4, 16));
        step(g.lifecycle.requestSupplement(dossier, officer(), "Bổ sung giấy tờ"));
        if (chance(90)) {
          at(Duration.ofHours(24L * (1 + r.nextInt(8)) + r.nextInt(8)));
          step(g.lifecycle.supplement(dossier, DossierEvent.APPLICANT, List.of()));
        } else {
          return finish();
        }
      }
      if (dossier.paymentState() != PaymentState.NONE_DUE
          && dossier.paymentState() != PaymentState.PAID) {
        at(workingHours(2, 8));
        step(g.lifecycle.requestPayment(dossier, officer(), List.of()));
        if (chance(95)) {
          at(Duration.ofHours(4 + r.nextInt(72)));
          PaymentMethod method = chance(60) ? PaymentMethod.ONLINE_PORTAL : PaymentMethod.OFFLINE;
          pay(method);
        } else {
          return finish();
        }
      }
      decide();
      return finish();
    }

    /** Receipt, refusal or a supplement before receipt; false when the story ends there. */
    private boolean answer() {
      ChannelKind channel = dossier.channel();
      if (channel == ChannelKind.IN_PERSON) {
        at(Duration.ofMinutes(2 + r.nextInt(20)));
      } else if (channel == ChannelKind.POSTAL) {
        at(workingHours(8, 24));
      } else {
        at(chance(85) ? workingHours(0, 7) : workingHours(8, 20));
      }
      if (chance(3)) {
        step(g.lifecycle.refuse(dossier, officer(), "Không thuộc thẩm quyền"));
        return false;
      }
      if (channel != ChannelKind.IN_PERSON && chance(4)) {
        step(g.lifecycle.requestSupplement(dossier, officer(), "Thiếu tờ khai"));
        if (chance(15)) {
          return false;
        }
        at(Duration.ofHours(24L * (1 + r.nextInt(4))));
        step(g.lifecycle.supplement(dossier, DossierEvent.APPLICANT, List.of()));
        at(workingHours(1, 4));
      }
      step(g.lifecycle.receive(dossier, officer()));
      if (channel == ChannelKind.IN_PERSON
          && dossier.paymentState() == PaymentState.UNPAID
          && chance(90)) {
        pay(PaymentMethod.OFFLINE);
      }
      return !stopped;
    }

    /** Completes (or stops) in time for about four dossiers in five, then delivers and rates. */
    private void decide() {
      Instant received = dossier.receivedAt();
      Instant due = dossier.dueAt();
      Instant target;
      if (received == null || due == null) {
        target = now.plus(workingHours(2, 40));
      } else {
        Duration allowed = calendar.workingTimeBetween(received, due);
        double share = chance(78) ? 0.15 + 0.83 * r.nextDouble() : 1.05 + 0.75 * r.nextDouble();
        target = calendar.addWorkingTime(received, multiply(allowed, share));
      }
      Instant earliest = now.plus(Duration.ofMinutes(10));
      at(target.isAfter(earliest) ? Duration.between(now, target) : Duration.ofMinutes(10));
      boolean stop = chance(3);
      if (stop) {
        step(g.lifecycle.stop(dossier, officer(), "Không đủ điều kiện"));
      } else {
        step(g.lifecycle.complete(dossier, officer(), results()));
      }
      // The notice of a stop is handed over less often than a result.
      if (chance(stop ? 60 : 95)) {
        at(workingHours(0, 16));
        step(g.lifecycle.deliverResult(dossier, officer()));
        if (!stopped && chance(33)) {
          at(Duration.ofHours(r.nextInt(48)));
          if (!stopped) {
            int roll = r.nextInt(100);
            SatisfactionLevel level =
                roll < 45
                    ? SatisfactionLevel.VERY_SATISFIED
                    : roll < 90 ? SatisfactionLevel.SATISFIED : SatisfactionLevel.NOT_SATISFIED;
            dossier = g.lifecycle.rate(dossier, level, null).orElseThrow();
          }
        }
      }
    }

    private void payAtSubmission() {
      if (dossier.channel() == ChannelKind.ONLINE
          && dossier.paymentState() == PaymentState.UNPAID
          && chance(70)) {
        at(Duration.ofMinutes(1 + r.nextInt(30)));
        pay(chance(80) ? PaymentMethod.ONLINE_PORTAL : PaymentMethod.ONLINE_AGENCY);
      }
    }

    private void pay(PaymentMethod method) {
      if (stopped) {
        return;
      }
      BigDecimal owed = dossier.totalFees().subtract(dossier.totalPaid());
      Payment payment =
          new Payment(
              method,
              owed,
              now,
              method.isOnline() ? "PG" + Long.toString(r.nextLong(1L << 40), 36) : null);
      step(g.lifecycle.recordPayment(dossier, DossierEvent.APPLICANT, payment));
    }

    /** Moves the clock on by {@code delay}, syncing first if a sync falls due on the way. */
    private void at(Duration delay) {
      Instant next = now.plus(delay);
      if (pendingSync != null && !pendingSync.isAfter(next) && !pendingSync.isAfter(g.end)) {
        g.clock.set(pendingSync);
        dossier = g.lifecycle.recordSync(dossier).orElseThrow();
        pendingSync = null;
      }
      now = next;
      stopped |= now.isAfter(g.end);
      g.clock.set(now);
    }

    /** Takes a lifecycle step, unless the story has passed the horizon. */
    private void step(Validated<Dossier> outcome) {
      if (stopped) {
        return;
      }
      dossier = outcome.orElseThrow();
      scheduleSync();
    }

    private void scheduleSync() {
      int roll = r.nextInt(100);
      Instant due =
          roll < 90
              ? now.plus(Duration.ofMinutes(1 + r.nextInt(360)))
              : roll < 97 ? now.plus(Duration.ofHours(26 + r.nextInt(48))) : null;
      if (pendingSync == null || (due != null && due.isBefore(pendingSync))) {
        pendingSync = due;
      }
    }

    private Dossier finish() {
      if (pendingSync != null && !pendingSync.isAfter(g.end) && !pendingSync.isBefore(now)) {
        g.clock.set(pendingSync);
        dossier = g.lifecycle.recordSync(dossier).orElseThrow();
      }
      return dossier;
    }

    private Applicant applicant() {
      int roll = r.nextInt(100);
      if (roll < 80) {
        SyntheticCitizen citizen = g.citizens.get(r.nextInt(g.citizens.size()));
        var record = citizen.record();
        RegisteredAddress home = record.permanentResidence();
        return new Applicant(
            ApplicantKind.CITIZEN,
            Objects.requireNonNull(record.name()).fullName(),
            List.<Identifier>of(PersonalIdNumber.of(citizen.personalIdNumber())),
            phone(),
            null,
            home == null
                ? null
                : home.detail() + ", " + home.communeName() + ", " + home.provinceName(),
            chance(70));
      }
      if (roll < 95) {
        return new Applicant(
            ApplicantKind.ENTERPRISE,
            COMPANIES[r.nextInt(COMPANIES.length)],
            List.<Identifier>of(enterpriseCode()),
            phone(),
            "lienhe@example.vn",
            null,
            false);
      }
      if (roll < 98) {
        return new Applicant(
            ApplicantKind.AGENCY,
            "Ủy ban nhân dân xã Quảng Phú",
            List.<Identifier>of(AgencyCode.of("H56.14")),
            null,
            null,
            null,
            false);
      }
      return new Applicant(
          ApplicantKind.OTHER, "Hội Nông dân xã", List.of(), null, null, null, false);
    }

    private PhoneNumber phone() {
      return PhoneNumber.parse(
              MOBILE[r.nextInt(MOBILE.length)] + String.format("%07d", r.nextInt(10_000_000)))
          .orElseThrow();
    }

    /** A 10-digit code starting with 0, with a valid check digit. */
    private EnterpriseCode enterpriseCode() {
      while (true) {
        String firstNine = String.format("0%08d", r.nextInt(100_000_000));
        OptionalInt check = TaxCode.checkDigit(firstNine);
        if (check.isPresent()) {
          return EnterpriseCode.parse(firstNine + check.getAsInt()).orElseThrow();
        }
      }
    }

    private List<SubmittedComponent> components(ChannelKind channel) {
      List<SubmittedComponent> out = new ArrayList<>();
      if (procedure.cases().isEmpty()) {
        return out;
      }
      List<DocumentRequirement> documents =
          procedure.cases().get(r.nextInt(procedure.cases().size())).documents();
      for (int i = 0; i < documents.size(); i++) {
        DocumentRequirement d = documents.get(i);
        String key = d.code() != null ? d.code() : d.name().vi();
        String replaceable = d.replaceableByResult();
        ComponentProvision provision;
        int roll = r.nextInt(100);
        if (replaceable != null && roll < 55) {
          provision = ComponentProvision.REPLACED_BY_RESULT;
        } else if (roll < 8) {
          provision = ComponentProvision.FROM_REGISTRY;
        } else if (roll < 12) {
          provision = ComponentProvision.REUSED;
        } else {
          provision = ComponentProvision.SUBMITTED;
        }
        boolean digitised =
            provision == ComponentProvision.SUBMITTED
                && (channel == ChannelKind.ONLINE || chance(70));
        out.add(
            new SubmittedComponent(
                key,
                d.code() == null ? null : d.name().vi(),
                d.documentType(),
                SubjectRole.APPLICANT,
                provision,
                digitised,
                provision == ComponentProvision.REPLACED_BY_RESULT ? replaceable : null,
                replaceable,
                provision == ComponentProvision.SUBMITTED
                    ? "F" + Long.toString(r.nextLong(1L << 40), 36)
                    : null,
                provision == ComponentProvision.SUBMITTED ? "tep-" + (i + 1) + ".pdf" : null,
                null));
      }
      return out;
    }

    private List<DossierFee> fees(ChannelKind channel) {
      List<DossierFee> out = new ArrayList<>();
      for (Fee fee : offered(procedure, channel).map(Channel::fees).orElse(List.of())) {
        if (fee.amount() != null && fee.amount().signum() > 0) {
          out.add(
              new DossierFee(
                  fee.code(),
                  fee.description() == null ? "Lệ phí" : fee.description().vi(),
                  fee.kind(),
                  fee.amount()));
        }
      }
      return out;
    }

    private List<DossierResult> results() {
      List<DossierResult> out = new ArrayList<>();
      boolean electronic = chance(70);
      for (ProcedureResult result : procedure.results()) {
        out.add(
            new DossierResult(
                result.code(),
                result.name().vi(),
                electronic,
                "KQ-" + Long.toString(r.nextLong(1L << 40), 36),
                null,
                now));
      }
      return out;
    }

    private ChannelKind channel(Procedure chosen, boolean officeOpen) {
      boolean online = chosen.channel(ChannelKind.ONLINE).isPresent();
      if (!officeOpen && online) {
        return ChannelKind.ONLINE;
      }
      int roll = r.nextInt(100);
      if (online && roll < 60) {
        return ChannelKind.ONLINE;
      }
      if (roll >= 95 && offered(chosen, ChannelKind.POSTAL).isPresent()) {
        return ChannelKind.POSTAL;
      }
      return chosen.channel(ChannelKind.IN_PERSON).isPresent()
          ? ChannelKind.IN_PERSON
          : chosen.channels().get(0).kind();
    }

    private Duration workingHours(int min, int max) {
      Duration office = Duration.ofMinutes(60L * min + r.nextInt(Math.max(1, 60 * (max - min))));
      return Duration.between(now, calendar.addWorkingTime(now, office));
    }

    private String officer() {
      return OFFICERS[r.nextInt(OFFICERS.length)];
    }

    private boolean chance(int percent) {
      return r.nextInt(100) < percent;
    }

    private Procedure pick(List<Procedure> from) {
      return from.get(r.nextInt(from.size()));
    }
  }

  /**
   * The channel of {@code kind}; for the post, when the procedure publishes no postal channel, its
   * in-person one (a simplification of the generator: the post carries in-person dossiers).
   */
  private static java.util.Optional<Channel> offered(Procedure procedure, ChannelKind kind) {
    java.util.Optional<Channel> channel = procedure.channel(kind);
    return channel.isEmpty() && kind == ChannelKind.POSTAL
        ? procedure.channel(ChannelKind.IN_PERSON)
        : channel;
  }

  private static Duration multiply(Duration duration, double factor) {
    return Duration.ofSeconds(Math.round(duration.getSeconds() * factor));
  }

  /** Builds a {@link SyntheticDossiers}. Not thread-safe. */
  public static final class Builder {
    private final List<Procedure> procedures;
    private List<AgencyCode> agencies =
        List.of(
            AgencyCode.of("000.00.00.H56"),
            AgencyCode.of("H56.14"),
            AgencyCode.of("000.00.01.H22"));
    private long seed = 42;
    private LocalDate start = LocalDate.of(2026, 1, 1);
    private int days = 90;
    private @Nullable Instant horizon;
    private WorkingCalendar calendar = WorkingCalendar.standard();

    private Builder(List<Procedure> procedures) {
      this.procedures = List.copyOf(procedures);
      if (this.procedures.isEmpty()) {
        throw new IllegalArgumentException("at least one procedure is needed");
      }
      for (Procedure p : this.procedures) {
        if (p.channels().isEmpty()) {
          throw new IllegalArgumentException("procedure " + p.code() + " has no channel");
        }
      }
    }

    /** The agencies that receive the dossiers, chosen evenly; three of H56 and H22 by default. */
    public Builder agencies(List<AgencyCode> values) {
      if (values.isEmpty()) {
        throw new IllegalArgumentException("at least one agency is needed");
      }
      agencies = List.copyOf(values);
      return this;
    }

    /** The seed; 42 by default. */
    public Builder seed(long value) {
      seed = value;
      return this;
    }

    /**
     * The window submissions are spread over: {@code days} days from {@code first}; the first
     * quarter of 2026 by default.
     *
     * @throws IllegalArgumentException if {@code days} is below 1
     */
    public Builder window(LocalDate first, int days) {
      if (days < 1) {
        throw new IllegalArgumentException("days must be at least 1: " + days);
      }
      this.start = Objects.requireNonNull(first, "first");
      this.days = days;
      return this;
    }

    /** The instant after which no event is played; the end of the window by default. */
    public Builder horizon(@Nullable Instant value) {
      horizon = value;
      return this;
    }

    /** The calendar due dates are counted on; {@link WorkingCalendar#standard()} by default. */
    public Builder calendar(WorkingCalendar value) {
      calendar = Objects.requireNonNull(value, "calendar");
      return this;
    }

    /** The generator. */
    public SyntheticDossiers build() {
      return new SyntheticDossiers(this);
    }
  }
}
