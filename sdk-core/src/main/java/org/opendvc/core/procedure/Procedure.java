package org.opendvc.core.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.id.ProcedureCode;

/**
 * An administrative procedure (thủ tục hành chính, TTHC) as published on the national TTHC
 * database: what it is, who carries it out, through which channels, in how long, for what fee, with
 * which documents, producing which results, on which legal basis.
 *
 * <p>Immutable; build one with {@link #builder(ProcedureCode, LocalizedText)} and change it with
 * {@link #toBuilder()}. Parts that published data often lacks are nullable or empty; {@link
 * ProcedureValidator} says which absences are problems.
 *
 * @param code the national procedure code
 * @param name the procedure's name
 * @param version the version of this definition, when it has one
 * @param effectiveFrom the first day this definition applies
 * @param effectiveTo the last day this definition applies, or {@code null} when open-ended
 * @param levels the levels of government that carry it out (cấp thực hiện)
 * @param sectors the fields it belongs to (lĩnh vực)
 * @param agencies the agencies involved, by role
 * @param publisher the agency that published it (cơ quan công bố), when known
 * @param targetGroups who may use it (đối tượng thực hiện)
 * @param onlineServiceLevel how much of it can be done online, when declared
 * @param channels the ways to submit, each with processing time and fees
 * @param cases the cases and the documents each requires (thành phần hồ sơ)
 * @param results what it produces (kết quả thực hiện)
 * @param legalBasis the legal documents it rests on (căn cứ pháp lý)
 * @param relatedProcedures related procedures (thủ tục liên quan)
 * @param interconnectedProcedures procedures carried out together with it (thủ tục liên thông)
 * @param origin the package it was imported from, kept for a lossless export
 * @param requirements the conditions it sets on its subjects, as data (điều kiện thực hiện),
 *     evaluated by {@code sdk-rules}; empty when none are declared
 */
public record Procedure(
    ProcedureCode code,
    LocalizedText name,
    @Nullable String version,
    @Nullable LocalDate effectiveFrom,
    @Nullable LocalDate effectiveTo,
    List<GovernmentLevel> levels,
    List<Sector> sectors,
    Agencies agencies,
    @Nullable Agency publisher,
    List<TargetGroup> targetGroups,
    @Nullable OnlineServiceLevel onlineServiceLevel,
    List<Channel> channels,
    List<ProcedureCase> cases,
    List<ProcedureResult> results,
    List<LegalDocument> legalBasis,
    List<ProcedureCode> relatedProcedures,
    List<ProcedureCode> interconnectedProcedures,
    @Nullable ProcedureOrigin origin,
    List<Requirement> requirements) {

  /** Checks required parts and copies every list. */
  public Procedure {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(agencies, "agencies");
    levels = List.copyOf(levels);
    sectors = List.copyOf(sectors);
    targetGroups = List.copyOf(targetGroups);
    channels = List.copyOf(channels);
    cases = List.copyOf(cases);
    results = List.copyOf(results);
    legalBasis = List.copyOf(legalBasis);
    relatedProcedures = List.copyOf(relatedProcedures);
    interconnectedProcedures = List.copyOf(interconnectedProcedures);
    requirements = List.copyOf(requirements);
  }

  /** Starts a procedure with its code and name; every other part starts empty. */
  public static Builder builder(ProcedureCode code, LocalizedText name) {
    return new Builder(code, name);
  }

  /** A builder holding every part of this procedure. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The channel of {@code kind}, if the procedure offers it. */
  public Optional<Channel> channel(ChannelKind kind) {
    return channels.stream().filter(c -> c.kind() == kind).findFirst();
  }

  /** Every document requirement of every case, in order. */
  public Stream<DocumentRequirement> documents() {
    return cases.stream().flatMap(c -> c.documents().stream());
  }

  /** Whether this definition applies on {@code date}. Open ends count as applying. */
  public boolean isEffectiveOn(LocalDate date) {
    return (effectiveFrom == null || !date.isBefore(effectiveFrom))
        && (effectiveTo == null || !date.isAfter(effectiveTo));
  }

  /** The same procedure without its import origin, as if it had been written by hand. */
  public Procedure withoutOrigin() {
    return origin == null ? this : toBuilder().origin(null).build();
  }

  /**
   * Builds a {@link Procedure}. Not thread-safe; each {@code add...} appends, each plural setter
   * replaces.
   */
  public static final class Builder {
    private ProcedureCode code;
    private LocalizedText name;
    private @Nullable String version;
    private @Nullable LocalDate effectiveFrom;
    private @Nullable LocalDate effectiveTo;
    private final List<GovernmentLevel> levels = new ArrayList<>();
    private final List<Sector> sectors = new ArrayList<>();
    private Agencies agencies = Agencies.NONE;
    private @Nullable Agency publisher;
    private final List<TargetGroup> targetGroups = new ArrayList<>();
    private @Nullable OnlineServiceLevel onlineServiceLevel;
    private final List<Channel> channels = new ArrayList<>();
    private final List<ProcedureCase> cases = new ArrayList<>();
    private final List<ProcedureResult> results = new ArrayList<>();
    private final List<LegalDocument> legalBasis = new ArrayList<>();
    private final List<ProcedureCode> relatedProcedures = new ArrayList<>();
    private final List<ProcedureCode> interconnectedProcedures = new ArrayList<>();
    private @Nullable ProcedureOrigin origin;
    private final List<Requirement> requirements = new ArrayList<>();

    private Builder(ProcedureCode code, LocalizedText name) {
      this.code = Objects.requireNonNull(code, "code");
      this.name = Objects.requireNonNull(name, "name");
    }

    private Builder(Procedure p) {
      this(p.code, p.name);
      version = p.version;
      effectiveFrom = p.effectiveFrom;
      effectiveTo = p.effectiveTo;
      levels.addAll(p.levels);
      sectors.addAll(p.sectors);
      agencies = p.agencies;
      publisher = p.publisher;
      targetGroups.addAll(p.targetGroups);
      onlineServiceLevel = p.onlineServiceLevel;
      channels.addAll(p.channels);
      cases.addAll(p.cases);
      results.addAll(p.results);
      legalBasis.addAll(p.legalBasis);
      relatedProcedures.addAll(p.relatedProcedures);
      interconnectedProcedures.addAll(p.interconnectedProcedures);
      origin = p.origin;
      requirements.addAll(p.requirements);
    }

    /** Sets the code. */
    public Builder code(ProcedureCode value) {
      code = Objects.requireNonNull(value, "code");
      return this;
    }

    /** Sets the name. */
    public Builder name(LocalizedText value) {
      name = Objects.requireNonNull(value, "name");
      return this;
    }

    /** Sets the version. */
    public Builder version(@Nullable String value) {
      version = value;
      return this;
    }

    /** Sets the first day the definition applies. */
    public Builder effectiveFrom(@Nullable LocalDate value) {
      effectiveFrom = value;
      return this;
    }

    /** Sets the last day the definition applies. */
    public Builder effectiveTo(@Nullable LocalDate value) {
      effectiveTo = value;
      return this;
    }

    /** Replaces the levels of government. */
    public Builder levels(List<GovernmentLevel> values) {
      return replace(levels, values);
    }

    /** Adds a level of government. */
    public Builder addLevel(GovernmentLevel value) {
      levels.add(Objects.requireNonNull(value, "level"));
      return this;
    }

    /** Replaces the sectors. */
    public Builder sectors(List<Sector> values) {
      return replace(sectors, values);
    }

    /** Sets the agencies. */
    public Builder agencies(Agencies value) {
      agencies = Objects.requireNonNull(value, "agencies");
      return this;
    }

    /** Sets the publishing agency. */
    public Builder publisher(@Nullable Agency value) {
      publisher = value;
      return this;
    }

    /** Replaces the target groups. */
    public Builder targetGroups(List<TargetGroup> values) {
      return replace(targetGroups, values);
    }

    /** Sets the online service level. */
    public Builder onlineServiceLevel(@Nullable OnlineServiceLevel value) {
      onlineServiceLevel = value;
      return this;
    }

    /** Replaces the channels. */
    public Builder channels(List<Channel> values) {
      return replace(channels, values);
    }

    /** Adds a channel. */
    public Builder addChannel(Channel value) {
      channels.add(Objects.requireNonNull(value, "channel"));
      return this;
    }

    /** Replaces the cases. */
    public Builder cases(List<ProcedureCase> values) {
      return replace(cases, values);
    }

    /** Adds a case. */
    public Builder addCase(ProcedureCase value) {
      cases.add(Objects.requireNonNull(value, "case"));
      return this;
    }

    /** Replaces the results. */
    public Builder results(List<ProcedureResult> values) {
      return replace(results, values);
    }

    /** Adds a result. */
    public Builder addResult(ProcedureResult value) {
      results.add(Objects.requireNonNull(value, "result"));
      return this;
    }

    /** Replaces the legal basis. */
    public Builder legalBasis(List<LegalDocument> values) {
      return replace(legalBasis, values);
    }

    /** Adds a legal document to the legal basis. */
    public Builder addLegalDocument(LegalDocument value) {
      legalBasis.add(Objects.requireNonNull(value, "legalDocument"));
      return this;
    }

    /** Replaces the related procedures. */
    public Builder relatedProcedures(List<ProcedureCode> values) {
      return replace(relatedProcedures, values);
    }

    /** Replaces the interconnected procedures. */
    public Builder interconnectedProcedures(List<ProcedureCode> values) {
      return replace(interconnectedProcedures, values);
    }

    /** Sets the import origin. */
    public Builder origin(@Nullable ProcedureOrigin value) {
      origin = value;
      return this;
    }

    /** Replaces the requirements. */
    public Builder requirements(List<Requirement> values) {
      return replace(requirements, values);
    }

    /** Adds a requirement. */
    public Builder addRequirement(Requirement value) {
      requirements.add(Objects.requireNonNull(value, "requirement"));
      return this;
    }

    /** Builds the procedure. */
    public Procedure build() {
      return new Procedure(
          code,
          name,
          version,
          effectiveFrom,
          effectiveTo,
          levels,
          sectors,
          agencies,
          publisher,
          targetGroups,
          onlineServiceLevel,
          channels,
          cases,
          results,
          legalBasis,
          relatedProcedures,
          interconnectedProcedures,
          origin,
          requirements);
    }

    private <T> Builder replace(List<T> target, List<T> values) {
      target.clear();
      for (T value : values) {
        target.add(Objects.requireNonNull(value, "list element"));
      }
      return this;
    }
  }
}
