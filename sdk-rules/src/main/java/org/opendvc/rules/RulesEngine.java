package org.opendvc.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.dictionary.DataDictionary;
import org.opendvc.core.dictionary.DocumentCategory;
import org.opendvc.core.dictionary.DocumentMatch;
import org.opendvc.core.dictionary.DocumentType;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.json.JsonPointers;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.Fee;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureCase;
import org.opendvc.core.procedure.ProcedureResult;
import org.opendvc.core.procedure.Requirement;
import org.opendvc.core.procedure.RequirementEffect;
import org.opendvc.core.procedure.RequirementKind;
import org.opendvc.core.registry.HeldDocument;
import org.opendvc.core.registry.RegistryAnswer;
import org.opendvc.rules.internal.Components;
import org.opendvc.rules.internal.ConsentFact;
import org.opendvc.rules.internal.DefinitionContext;
import org.opendvc.rules.internal.DossierSheet;
import org.opendvc.rules.internal.EligibilityFacts;
import org.opendvc.rules.internal.KieRuntime;
import org.opendvc.rules.internal.Messages;
import org.opendvc.rules.internal.ProcedureFact;
import org.opendvc.rules.internal.RegistrySubjectFact;
import org.opendvc.rules.internal.Report;
import org.opendvc.rules.internal.RequirementFact;
import org.opendvc.rules.internal.ResultFact;
import org.opendvc.rules.internal.Sheet;
import org.opendvc.rules.internal.WarehouseDocumentFact;
import org.opendvc.rules.parameter.ParameterDiagnostics;
import org.opendvc.rules.parameter.ParameterSet;

/**
 * The rules of OpenDVC behind one facade: eligibility, the once-only principle (on definitions and
 * on dossiers) and full-online readiness.
 *
 * <pre>{@code
 * try (RulesEngine rules = RulesEngine.create()) {
 *   Decision d = rules.decide(DecisionRequest.builder(marriage, LocalDate.of(2025, 9, 1))
 *       .fact(SubjectRole.APPLICANT, "person.dateOfBirth", DataValue.date(birth))
 *       .fact(SubjectRole.APPLICANT, "person.sex", DataValue.code("MALE"))
 *       .build());
 *   d.outcome();     // ELIGIBLE, NOT_ELIGIBLE or NEEDS_INFORMATION
 *   d.findings();    // one per requirement, with rule, values, law and message in vi/en
 * }
 * }</pre>
 *
 * <p>The rule bases are pre-built into the jar (the Drools executable model) and loaded once when
 * the engine is created, then warmed up; every call runs on a pooled stateless session with its own
 * facts and result sheet. Cost per call grows with the requirements and components of the one
 * procedure at hand, not with the size of any catalogue. The decision date is always given by the
 * caller: no rule reads the clock.
 *
 * <p>Create one engine and share it: it is immutable and thread-safe. {@link #close()} shuts the
 * session pools down.
 */
public final class RulesEngine implements AutoCloseable {
  private static final String DATE_OF_BIRTH = "person.dateOfBirth";

  private final KieRuntime runtime;
  private final ParameterSet parameters;
  private final DataDictionary dictionary;
  private final Components components;
  private final EligibilityFacts eligibility;
  private final Messages messages = Messages.get();

  private RulesEngine(Builder b) {
    this.parameters = b.parameters;
    this.dictionary = b.dictionary;
    this.components = new Components(dictionary);
    this.eligibility = new EligibilityFacts(parameters, components);
    this.runtime = new KieRuntime(b.poolSize);
    warmUp();
  }

  /** An engine with the standard parameters and dictionary. */
  public static RulesEngine create() {
    return builder().build();
  }

  /** Starts configuring an engine. */
  public static Builder builder() {
    return new Builder();
  }

  // ------------------------------------------------------------------ eligibility

  /**
   * Decides eligibility: one finding per requirement of the procedure, and the outcome they give
   * together. Requirements whose effect is {@link RequirementEffect#NOTICE} are reported but do not
   * change the outcome.
   *
   * @throws RulesException if a requirement's parameter has no value on the decision date or it
   *     names a rule package that is not shipped (both reported by {@link
   *     #checkDefinition(Procedure)})
   */
  public Decision decide(DecisionRequest request) {
    Objects.requireNonNull(request, "request");
    Sheet sheet = new Sheet();
    List<String> fired = runtime.execute("eligibility", eligibility.facts(request, sheet));
    Map<String, Sheet.Draft> byRequirement = new HashMap<>();
    for (Sheet.Draft draft : sheet.drafts()) {
      if (byRequirement.put(draft.requirement().getId(), draft) != null) {
        throw new RulesException(
            "Two rules decided requirement " + draft.requirement().getId() + ": a rule defect");
      }
    }
    List<Finding> findings = new ArrayList<>();
    Outcome outcome = Outcome.ELIGIBLE;
    for (Requirement r : request.procedure().requirements()) {
      Sheet.Draft draft = byRequirement.get(r.id());
      if (draft == null) {
        throw new RulesException("No rule decided requirement " + r.id() + ": a rule defect");
      }
      findings.add(finding(draft, request.decisionDate()));
      if (r.effect() == RequirementEffect.CONDITION) {
        outcome = outcome.and(outcomeOf(draft.status()));
      }
    }
    return new Decision(
        request.procedure().code(), request.decisionDate(), outcome, findings, fired);
  }

  private static Outcome outcomeOf(FindingStatus status) {
    return switch (status) {
      case MET -> Outcome.ELIGIBLE;
      case UNKNOWN -> Outcome.NEEDS_INFORMATION;
      case NOT_MET, ONCE_ONLY_VIOLATION -> Outcome.NOT_ELIGIBLE;
    };
  }

  private Finding finding(Sheet.Draft d, LocalDate decisionDate) {
    RequirementFact r = d.requirement();
    Object required = d.required();
    if (r.getKind() == RequirementKind.HOLDS_DOCUMENT && required != null) {
      required =
          dictionary
              .documentTypes()
              .find(required.toString())
              .map(DocumentType::name)
              .map(Object.class::cast)
              .orElse(required);
    }
    LocalizedText message =
        messages.render(
            d.messageKey(),
            r.getRole(),
            d.actual(),
            required,
            decisionDate,
            String.join(", ", d.missing()),
            describe(r.getRequirement()));
    return new Finding(
        r.getId(),
        d.status(),
        d.ruleId(),
        d.actual(),
        d.required(),
        d.parameter() == null ? List.of() : List.of(d.parameter()),
        r.getRequirement().legalReference() != null
            ? r.getRequirement().legalReference()
            : d.parameter() == null ? null : d.parameter().legalReference(),
        d.missing(),
        message);
  }

  private Object describe(Requirement r) {
    if (r.description() != null) {
      return r.description();
    }
    if (r.element() != null) {
      return dictionary.element(r.element()).map(e -> (Object) e.label()).orElse(r.element());
    }
    return r.id();
  }

  // ------------------------------------------------------------------ once-only: definitions

  /**
   * Checks a procedure definition for once-only problems ({@link OnceOnlyDiagnostics}) and for
   * requirements naming parameters or rule packages that do not exist ({@link
   * ParameterDiagnostics}). Pointers are in the terms of OpenDVC's format ({@code
   * /cases/0/documents/1}); a loaded DVCQG package translates them.
   */
  public List<Diagnostic> checkDefinition(Procedure procedure) {
    Objects.requireNonNull(procedure, "procedure");
    List<Diagnostic> found = new ArrayList<>(checkRequirementReferences(procedure));
    Report report = new Report();
    List<Object> facts = new ArrayList<>();
    facts.add(report);
    facts.add(new DefinitionContext(procedure.effectiveFrom(), procedure.effectiveTo()));
    facts.addAll(components.all(procedure));
    runtime.execute("once-only", facts);
    found.addAll(report.diagnostics());
    return List.copyOf(found);
  }

  private List<Diagnostic> checkRequirementReferences(Procedure procedure) {
    List<Diagnostic> found = new ArrayList<>();
    for (int i = 0; i < procedure.requirements().size(); i++) {
      Requirement r = procedure.requirements().get(i);
      String pointer = JsonPointers.index("/requirements", i);
      for (Map.Entry<String, String> p : r.parameters().entrySet()) {
        String at = JsonPointers.child(pointer + "/parameters", p.getKey());
        if (!parameters.contains(p.getValue())) {
          found.add(ParameterDiagnostics.UNKNOWN.at(at, p.getValue()));
        } else if (procedure.effectiveFrom() != null
            && parameters.resolve(p.getValue(), procedure.effectiveFrom()).isEmpty()) {
          found.add(
              ParameterDiagnostics.NOT_IN_FORCE.at(at, p.getValue(), procedure.effectiveFrom()));
        }
      }
      if (r.kind() == RequirementKind.RULE_PACKAGE
          && !r.values().isEmpty()
          && !EligibilityFacts.RULE_PACKAGES.contains(r.values().get(0))) {
        found.add(
            ParameterDiagnostics.RULE_PACKAGE_UNKNOWN.at(
                pointer + "/values/0",
                r.values().get(0),
                String.join(", ", new java.util.TreeSet<>(EligibilityFacts.RULE_PACKAGES))));
      }
    }
    return found;
  }

  // ------------------------------------------------------------------ once-only: dossiers

  /**
   * Advises on each component of the case a dossier follows: fetch it from a registry or the
   * e-document warehouse, or ask the applicant; records a {@link FindingStatus#ONCE_ONLY_VIOLATION}
   * when the applicant was made to submit what could have been fetched, and sets the per-file flags
   * DVCQG expects.
   */
  public DossierCheck checkDossier(DossierRequest request) {
    Objects.requireNonNull(request, "request");
    DossierSheet sheet = new DossierSheet();
    List<Object> facts = new ArrayList<>();
    facts.add(sheet);
    facts.add(new ConsentFact(request.consent() == Consent.GIVEN));
    facts.addAll(components.ofCase(request.procedure(), request.caseIndex(), request.components()));
    for (RegistryAnswer answer : request.registryAnswers()) {
      SubjectRole role = answer.subject().role();
      if (answer.subjectFound() && answer.registry() != Registry.E_DOCUMENT_WAREHOUSE) {
        facts.add(new RegistrySubjectFact(answer.registry(), role));
      }
      for (HeldDocument document : answer.documents()) {
        facts.add(new WarehouseDocumentFact(role, document.resultCode()));
      }
    }
    List<String> fired = runtime.execute("once-only", facts);
    List<ComponentAdvice> advice = new ArrayList<>();
    for (DossierSheet.Draft d : sheet.drafts()) {
      advice.add(
          new ComponentAdvice(
              d.component().getComponent(),
              d.component().getTypeId(),
              d.action(),
              d.status(),
              d.ruleId(),
              d.reused(),
              d.fromWarehouse(),
              d.replacedByResult(),
              org.opendvc.core.law.Laws.DECREE_45_2020,
              messages.render(
                  d.messageKey(), d.component().getName(), d.component().getTypeId(), d.source())));
    }
    List<String> order =
        components.ofCase(request.procedure(), request.caseIndex(), List.of()).stream()
            .map(c -> c.getComponent())
            .toList();
    advice.sort(java.util.Comparator.comparingInt(a -> order.indexOf(a.component())));
    return new DossierCheck(advice, fired);
  }

  // ------------------------------------------------------------------ readiness

  /**
   * Whether {@code procedure} can be offered full-process online by a system with {@code
   * capabilities}, and why not.
   */
  public Readiness assessReadiness(Procedure procedure, ServiceCapabilities capabilities) {
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(capabilities, "capabilities");
    Report report = new Report();
    List<Object> facts = new ArrayList<>();
    facts.add(report);
    boolean feePayable =
        procedure.channel(ChannelKind.ONLINE).stream()
            .flatMap(c -> c.fees().stream())
            .map(Fee::amount)
            .anyMatch(a -> a != null && a.compareTo(BigDecimal.ZERO) > 0);
    facts.add(
        new ProcedureFact(
            procedure.channel(ChannelKind.ONLINE).isPresent(),
            procedure.onlineServiceLevel(),
            feePayable,
            capabilities.onlinePayment(),
            capabilities.inPersonSteps()));
    facts.addAll(components.all(procedure));
    for (int i = 0; i < procedure.results().size(); i++) {
      ProcedureResult result = procedure.results().get(i);
      facts.add(
          new ResultFact(
              JsonPointers.index("/results", i),
              result.name().vi(),
              capabilities.electronicResults() || isElectronic(result)));
    }
    List<String> fired = runtime.execute("readiness", facts);
    return new Readiness(report.diagnostics().isEmpty(), report.diagnostics(), fired);
  }

  /** Whether the result is a document the state keeps electronically (a registry or warehouse). */
  private boolean isElectronic(ProcedureResult result) {
    return dictionary
        .documentTypes()
        .match(result.name().vi())
        .map(DocumentMatch::type)
        .filter(t -> t.category() == DocumentCategory.ISSUED_DOCUMENT && !t.heldBy().isEmpty())
        .isPresent();
  }

  // ------------------------------------------------------------------ engine

  /** Every rule of the engine with its metadata, sorted by rule base and id. */
  public List<RuleInfo> rules() {
    return runtime.rules();
  }

  /** The parameters the engine resolves requirements against. */
  public ParameterSet parameters() {
    return parameters;
  }

  /** Shuts the session pools down. The engine cannot be used afterwards. */
  @Override
  public void close() {
    runtime.close();
  }

  /** One evaluation per rule base, so the first real call does not pay for class loading. */
  private void warmUp() {
    Procedure probe =
        Procedure.builder(ProcedureCode.of("0.000000"), LocalizedText.of("warm-up"))
            .addCase(
                new ProcedureCase(
                    null,
                    List.of(
                        org.opendvc.core.procedure.DocumentRequirement.named(
                            LocalizedText.of("Giấy khai sinh")))))
            .addRequirement(
                new Requirement(
                    "warm-up",
                    RequirementKind.DECLARATION,
                    SubjectRole.APPLICANT,
                    "person.voluntaryMarriage",
                    Map.of(),
                    List.of(),
                    RequirementEffect.CONDITION,
                    null,
                    null))
            .build();
    decide(
        DecisionRequest.builder(probe, LocalDate.of(2025, 1, 1))
            .fact(SubjectRole.APPLICANT, "person.voluntaryMarriage", DataValue.bool(true))
            .build());
    checkDefinition(probe);
    checkDossier(new DossierRequest(probe, 0, List.of(), List.of(), Consent.GIVEN));
    assessReadiness(probe, ServiceCapabilities.portalDefaults());
  }

  /** Configures a {@link RulesEngine}. Not thread-safe. */
  public static final class Builder {
    private ParameterSet parameters = ParameterSet.standard();
    private DataDictionary dictionary = DataDictionary.standard();
    private int poolSize = 2 * Runtime.getRuntime().availableProcessors();

    private Builder() {}

    /**
     * The parameters to resolve requirements against; {@link ParameterSet#standard()} by default.
     */
    public Builder parameters(ParameterSet value) {
      parameters = Objects.requireNonNull(value, "parameters");
      return this;
    }

    /** The dictionary of data elements and document types; the standard one by default. */
    public Builder dictionary(DataDictionary value) {
      dictionary = Objects.requireNonNull(value, "dictionary");
      return this;
    }

    /**
     * How many sessions each rule base keeps pooled; twice the processors by default.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder poolSize(int value) {
      if (value <= 0) {
        throw new IllegalArgumentException("poolSize must be positive: " + value);
      }
      poolSize = value;
      return this;
    }

    /**
     * Builds the engine: loads the pre-built rule bases, opens the pools and warms them up.
     *
     * @throws RulesException if the rule bases cannot be loaded
     */
    public RulesEngine build() {
      return new RulesEngine(this);
    }
  }
}
