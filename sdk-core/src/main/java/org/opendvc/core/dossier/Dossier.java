package org.opendvc.core.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.id.AgencyCode;
import org.opendvc.core.id.DossierCode;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.ProcessingTime;

/**
 * A dossier (hồ sơ): what an applicant submits for a procedure and what the agency does with it,
 * from submission to the delivery of the result.
 *
 * <p>Immutable. The status is not stored apart from the log: it is where the last event of the
 * append-only {@link #events() event log} left the dossier, and the log is always a legal walk
 * through {@link StatusTransitions} in time order, opened by the submission. The constructor
 * refuses anything else, so no dossier in an illegal state can exist. Change a dossier through
 * {@link DossierLifecycle}, which appends events, keeps the due date and checks each move; build
 * one from stored data with {@link #builder(DossierCode, ProcedureRef, ChannelKind, Applicant)}.
 *
 * <p>Personal data lives in the {@link #applicant()} (and in free texts: the summary, notes,
 * supplement requests, rating comments, file names); {@link #toString()} shows none of it.
 *
 * @param code the dossier code (mã số hồ sơ), whose agency part is the receiving agency
 * @param procedure the procedure followed, as it was at submission
 * @param channel how the dossier was submitted (kênh thực hiện)
 * @param processingTime the time the procedure allows through that channel, or null when it
 *     publishes none; only the value and the unit are kept
 * @param applicant the owner (chủ hồ sơ)
 * @param summary a summary of the dossier ({@code TrichYeuHoSo}), when written; may be personal
 * @param processingUnit the unit processing it ({@code DonViXuLy}), when known
 * @param resultByPost whether the result goes back by public post ({@code HinhThuc})
 * @param components the components and how each was provided
 * @param fees the fees and charges owed
 * @param payments the payments made
 * @param results the results issued
 * @param supplements the requests to supplement it, in order
 * @param ratings the owner's ratings
 * @param registries the national databases the dossier drew data from ({@code DSKetNoiCSDL})
 * @param events the event log, oldest first
 * @param syncs the reports to DVCQG, oldest first
 * @param dueAt when the result is due ({@code NgayHenTra}) as of the last event: null until
 *     received, or when the procedure gives no processing time and none was recorded
 */
public record Dossier(
    DossierCode code,
    ProcedureRef procedure,
    ChannelKind channel,
    @Nullable ProcessingTime processingTime,
    Applicant applicant,
    @Nullable String summary,
    @Nullable String processingUnit,
    boolean resultByPost,
    List<SubmittedComponent> components,
    List<DossierFee> fees,
    List<Payment> payments,
    List<DossierResult> results,
    List<Supplement> supplements,
    List<Rating> ratings,
    List<Registry> registries,
    List<DossierEvent> events,
    List<PortalSync> syncs,
    @Nullable Instant dueAt) {

  /**
   * Copies the lists and checks the invariants.
   *
   * @throws IllegalArgumentException if the log is not a legal walk opened by the submission, the
   *     due date is before the receipt or set without one, or a sync covers events out of range;
   *     the message names the dossier code and the statuses, nothing personal
   */
  public Dossier {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(applicant, "applicant");
    processingTime =
        processingTime == null || processingTime.note() == null
            ? processingTime
            : new ProcessingTime(processingTime.value(), processingTime.unit(), null);
    summary = summary == null || summary.isBlank() ? null : summary;
    processingUnit = processingUnit == null || processingUnit.isBlank() ? null : processingUnit;
    components = List.copyOf(components);
    fees = List.copyOf(fees);
    payments = List.copyOf(payments);
    results = List.copyOf(results);
    supplements = List.copyOf(supplements);
    ratings = List.copyOf(ratings);
    registries = List.copyOf(registries);
    events = List.copyOf(events);
    syncs = List.copyOf(syncs);
    List<Diagnostic> broken = DossierChecks.check(code.value(), events, syncs, dueAt);
    if (!broken.isEmpty()) {
      throw new IllegalArgumentException(broken.get(0).message().en());
    }
  }

  /** A builder for a dossier with the required parts; the event log must still be set. */
  public static Builder builder(
      DossierCode code, ProcedureRef procedure, ChannelKind channel, Applicant applicant) {
    return new Builder(code, procedure, channel, applicant);
  }

  /** A builder holding every part of this dossier. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The status the last event left the dossier in. */
  public DossierStatus status() {
    return events.get(events.size() - 1).to();
  }

  /** The agency that received the dossier: the agency part of its code. */
  public AgencyCode agency() {
    return code.agency();
  }

  /** The last event of the log. */
  public DossierEvent lastEvent() {
    return events.get(events.size() - 1);
  }

  /** When the dossier was submitted: the first event. */
  public Instant submittedAt() {
    return events.get(0).at();
  }

  /** When the dossier first reached {@code status}, if it did. */
  public Optional<Instant> firstReached(DossierStatus status) {
    return Optional.ofNullable(firstAt(status));
  }

  /** When the agency received the dossier ({@code NgayTiepNhan}): first reaching RECEIVED. */
  public @Nullable Instant receivedAt() {
    return firstAt(DossierStatus.RECEIVED);
  }

  /**
   * When processing ended ({@code NgayKetThucXuLy}): first reaching COMPLETED or STOPPED, the two
   * statuses in which the agency has decided; null while it has not.
   */
  public @Nullable Instant processingEndedAt() {
    for (DossierEvent event : events) {
      if (event.to() == DossierStatus.COMPLETED || event.to() == DossierStatus.STOPPED) {
        return event.at();
      }
    }
    return null;
  }

  /** When the result was handed over ({@code NgayTra}), if it was. */
  public @Nullable Instant deliveredAt() {
    return firstAt(DossierStatus.RESULT_DELIVERED);
  }

  /** When the dossier was refused at receipt ({@code NgayTuChoi}), if it was. */
  public @Nullable Instant refusedAt() {
    return firstAt(DossierStatus.REFUSED);
  }

  /** When the applicant withdrew the dossier, if they did. */
  public @Nullable Instant withdrawnAt() {
    return firstAt(DossierStatus.WITHDRAWN);
  }

  /** The total of the fees owed, in đồng. */
  public BigDecimal totalFees() {
    BigDecimal total = BigDecimal.ZERO;
    for (DossierFee fee : fees) {
      total = total.add(fee.amount());
    }
    return total;
  }

  /** The total paid, in đồng. */
  public BigDecimal totalPaid() {
    BigDecimal total = BigDecimal.ZERO;
    for (Payment payment : payments) {
      total = total.add(payment.amount());
    }
    return total;
  }

  /** Where the dossier stands with its fees. */
  public PaymentState paymentState() {
    BigDecimal owed = totalFees();
    if (owed.signum() == 0) {
      return PaymentState.NONE_DUE;
    }
    BigDecimal paid = totalPaid();
    if (paid.signum() == 0) {
      return PaymentState.UNPAID;
    }
    return paid.compareTo(owed) >= 0 ? PaymentState.PAID : PaymentState.PARTLY_PAID;
  }

  /** Whether the fees were paid in full, and every payment online. */
  public boolean isPaidOnline() {
    return paymentState() == PaymentState.PAID
        && payments.stream().allMatch(p -> p.method().isOnline());
  }

  /**
   * Whether any component was digitised or taken from existing data ({@code HoSoCoThanhPhanSoHoa}).
   */
  public boolean hasElectronicComponents() {
    return components.stream().anyMatch(SubmittedComponent::isElectronic);
  }

  /** The code, procedure, channel, status, dates and counts; nothing personal. */
  @Override
  public String toString() {
    return "Dossier["
        + code
        + ", procedure="
        + procedure.code()
        + ", channel="
        + channel
        + ", status="
        + status()
        + ", submittedAt="
        + submittedAt()
        + ", dueAt="
        + dueAt
        + ", applicant="
        + applicant
        + ", components="
        + components.size()
        + ", events="
        + events.size()
        + "]";
  }

  private @Nullable Instant firstAt(DossierStatus status) {
    for (DossierEvent event : events) {
      if (event.to() == status) {
        return event.at();
      }
    }
    return null;
  }

  /**
   * Builds a {@link Dossier}. Not thread-safe; each {@code add...} appends, each plural setter
   * replaces.
   */
  public static final class Builder {
    private DossierCode code;
    private ProcedureRef procedure;
    private ChannelKind channel;
    private Applicant applicant;
    private @Nullable ProcessingTime processingTime;
    private @Nullable String summary;
    private @Nullable String processingUnit;
    private boolean resultByPost;
    private final List<SubmittedComponent> components = new ArrayList<>();
    private final List<DossierFee> fees = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();
    private final List<DossierResult> results = new ArrayList<>();
    private final List<Supplement> supplements = new ArrayList<>();
    private final List<Rating> ratings = new ArrayList<>();
    private final List<Registry> registries = new ArrayList<>();
    private final List<DossierEvent> events = new ArrayList<>();
    private final List<PortalSync> syncs = new ArrayList<>();
    private @Nullable Instant dueAt;

    private Builder(
        DossierCode code, ProcedureRef procedure, ChannelKind channel, Applicant applicant) {
      this.code = Objects.requireNonNull(code, "code");
      this.procedure = Objects.requireNonNull(procedure, "procedure");
      this.channel = Objects.requireNonNull(channel, "channel");
      this.applicant = Objects.requireNonNull(applicant, "applicant");
    }

    private Builder(Dossier d) {
      this(d.code, d.procedure, d.channel, d.applicant);
      processingTime = d.processingTime;
      summary = d.summary;
      processingUnit = d.processingUnit;
      resultByPost = d.resultByPost;
      components.addAll(d.components);
      fees.addAll(d.fees);
      payments.addAll(d.payments);
      results.addAll(d.results);
      supplements.addAll(d.supplements);
      ratings.addAll(d.ratings);
      registries.addAll(d.registries);
      events.addAll(d.events);
      syncs.addAll(d.syncs);
      dueAt = d.dueAt;
    }

    /** Sets the dossier code. */
    public Builder code(DossierCode value) {
      code = Objects.requireNonNull(value, "code");
      return this;
    }

    /** Sets the procedure followed. */
    public Builder procedure(ProcedureRef value) {
      procedure = Objects.requireNonNull(value, "procedure");
      return this;
    }

    /** Sets the channel. */
    public Builder channel(ChannelKind value) {
      channel = Objects.requireNonNull(value, "channel");
      return this;
    }

    /** Sets the applicant. */
    public Builder applicant(Applicant value) {
      applicant = Objects.requireNonNull(value, "applicant");
      return this;
    }

    /** Sets the processing time for the dossier's channel. */
    public Builder processingTime(@Nullable ProcessingTime value) {
      processingTime = value;
      return this;
    }

    /** Sets the summary. */
    public Builder summary(@Nullable String value) {
      summary = value;
      return this;
    }

    /** Sets the processing unit. */
    public Builder processingUnit(@Nullable String value) {
      processingUnit = value;
      return this;
    }

    /** Sets whether the result goes back by post. */
    public Builder resultByPost(boolean value) {
      resultByPost = value;
      return this;
    }

    /** Replaces the components. */
    public Builder components(List<SubmittedComponent> values) {
      components.clear();
      components.addAll(values);
      return this;
    }

    /** Appends a component. */
    public Builder addComponent(SubmittedComponent value) {
      components.add(Objects.requireNonNull(value, "component"));
      return this;
    }

    /** Replaces the fees. */
    public Builder fees(List<DossierFee> values) {
      fees.clear();
      fees.addAll(values);
      return this;
    }

    /** Appends a fee. */
    public Builder addFee(DossierFee value) {
      fees.add(Objects.requireNonNull(value, "fee"));
      return this;
    }

    /** Replaces the payments. */
    public Builder payments(List<Payment> values) {
      payments.clear();
      payments.addAll(values);
      return this;
    }

    /** Appends a payment. */
    public Builder addPayment(Payment value) {
      payments.add(Objects.requireNonNull(value, "payment"));
      return this;
    }

    /** Replaces the results. */
    public Builder results(List<DossierResult> values) {
      results.clear();
      results.addAll(values);
      return this;
    }

    /** Appends a result. */
    public Builder addResult(DossierResult value) {
      results.add(Objects.requireNonNull(value, "result"));
      return this;
    }

    /** Replaces the supplement requests. */
    public Builder supplements(List<Supplement> values) {
      supplements.clear();
      supplements.addAll(values);
      return this;
    }

    /** Replaces the ratings. */
    public Builder ratings(List<Rating> values) {
      ratings.clear();
      ratings.addAll(values);
      return this;
    }

    /** Appends a rating. */
    public Builder addRating(Rating value) {
      ratings.add(Objects.requireNonNull(value, "rating"));
      return this;
    }

    /** Replaces the databases drawn on. */
    public Builder registries(List<Registry> values) {
      registries.clear();
      registries.addAll(values);
      return this;
    }

    /** Replaces the event log. */
    public Builder events(List<DossierEvent> values) {
      events.clear();
      events.addAll(values);
      return this;
    }

    /** Appends an event. */
    public Builder addEvent(DossierEvent value) {
      events.add(Objects.requireNonNull(value, "event"));
      return this;
    }

    /** Replaces the syncs. */
    public Builder syncs(List<PortalSync> values) {
      syncs.clear();
      syncs.addAll(values);
      return this;
    }

    /** Appends a sync. */
    public Builder addSync(PortalSync value) {
      syncs.add(Objects.requireNonNull(value, "sync"));
      return this;
    }

    /** Sets the due date. */
    public Builder dueAt(@Nullable Instant value) {
      dueAt = value;
      return this;
    }

    /**
     * The dossier.
     *
     * @throws IllegalArgumentException if the parts break an invariant of {@link Dossier}
     */
    public Dossier build() {
      return new Dossier(
          code,
          procedure,
          channel,
          processingTime,
          applicant,
          summary,
          processingUnit,
          resultByPost,
          components,
          fees,
          payments,
          results,
          supplements,
          ratings,
          registries,
          events,
          syncs,
          dueAt);
    }
  }
}
