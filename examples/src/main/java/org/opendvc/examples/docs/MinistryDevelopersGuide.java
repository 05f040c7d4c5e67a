package org.opendvc.examples.docs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opendvc.core.Language;
import org.opendvc.core.catalog.Catalog;
import org.opendvc.core.catalog.CatalogLoader;
import org.opendvc.core.catalog.LoadedProcedure;
import org.opendvc.core.catalog.ProcedureLoader;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.data.Subject;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.dictionary.DataDictionary;
import org.opendvc.core.dictionary.DataElement;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.dictionary.RegistryHolding;
import org.opendvc.core.dvcqg.DvcqgProcedurePackage;
import org.opendvc.core.id.IdentifierKind;
import org.opendvc.core.id.PersonalIdNumber;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.id.TaxCode;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.law.LegalReference;
import org.opendvc.core.procedure.Channel;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcessingTime;
import org.opendvc.core.procedure.ProcessingTimeUnit;
import org.opendvc.core.registry.RegistryAnswer;
import org.opendvc.core.registry.RegistryLookup;
import org.opendvc.core.registry.RegistryQuery;
import org.opendvc.core.time.WorkingCalendar;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.FormLoader;
import org.opendvc.forms.prefill.EnvelopeKey;
import org.opendvc.forms.prefill.EnvelopeSigner;
import org.opendvc.forms.prefill.EnvelopeVerifier;
import org.opendvc.forms.prefill.PrefillEngine;
import org.opendvc.forms.prefill.PrefillEnvelope;
import org.opendvc.forms.prefill.PrefillPlan;
import org.opendvc.forms.prefill.PrefillPlanner;
import org.opendvc.forms.prefill.PrefillRequest;
import org.opendvc.forms.prefill.PrefillResult;
import org.opendvc.forms.validation.BoundValue;
import org.opendvc.forms.validation.FieldError;
import org.opendvc.forms.validation.Submission;
import org.opendvc.forms.validation.SubmissionResult;
import org.opendvc.forms.validation.SubmissionValidator;
import org.opendvc.rules.Consent;
import org.opendvc.rules.Decision;
import org.opendvc.rules.DecisionRequest;
import org.opendvc.rules.Finding;
import org.opendvc.rules.RulesEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The samples of {@code docs/guides/ministry-developers.md}: embedding the libraries in a
 * ministry's system.
 */
public final class MinistryDevelopersGuide {
  private static final Logger LOG = LoggerFactory.getLogger(MinistryDevelopersGuide.class);

  private MinistryDevelopersGuide() {}

  /** Loads one procedure file, in OpenDVC's format or as a DVCQG package. */
  public static Procedure loadProcedure(Path file) {
    // [START load-procedure]
    ProcedureLoader loader = ProcedureLoader.standard(); // immutable: build once, share
    LoadedProcedure loaded = loader.load(file); // OPENDVC or DVCQG_PACKAGE, detected
    for (Diagnostic d : loaded.diagnostics()) { // every problem, all at once
      LOG.info("{} {} {}: {}", d.code(), d.file(), d.pointer(), d.message().get(Language.EN));
    }
    Procedure procedure = loaded.toValidated().orElseThrow(); // ValidationException on errors
    // [END load-procedure]
    return procedure;
  }

  /** Loads every procedure under some folders, and finds the version in force on a date. */
  public static Optional<Procedure> findInCatalogue(
      List<Path> folders, ProcedureCode code, LocalDate date) {
    // [START load-catalogue]
    Validated<Catalog> loaded = CatalogLoader.standard().load(folders);
    if (loaded.hasErrors()) {
      loaded.errors().forEach(d -> LOG.warn("{} {}: {}", d.code(), d.file(), d.pointer()));
    }
    Catalog catalog = loaded.value().orElseThrow(); // every procedure that could be read
    Optional<Procedure> inForce = catalog.find(code, date); // the version effective on date
    // [END load-catalogue]
    return inForce;
  }

  /** Writes a procedure as a DVCQG package and reads the package back. */
  public static Procedure roundTripThroughTheNationalFormat(Procedure procedure) {
    // [START dvcqg-package]
    String dvcqgJson = DvcqgProcedurePackage.write(procedure); // MATTHC, TENTTHC, THANHPHANHOSO...
    JsonDocument document = JsonDocument.parse(dvcqgJson, "1.001193.package.json").orElseThrow();
    LoadedProcedure imported = ProcedureLoader.standard().load(document);
    // imported.format() == ProcedureFormat.DVCQG_PACKAGE; diagnostics point into the package
    // [END dvcqg-package]
    return imported.toValidated().orElseThrow();
  }

  /** Reads the data dictionary, extended with a ministry's own elements. */
  public static DataDictionary extendDictionary(Path ministryElements) {
    // [START dictionary]
    DataDictionary standard = DataDictionary.standard();
    DataElement fullName = standard.element("person.fullName").orElseThrow();
    for (RegistryHolding holding : fullName.heldBy()) {
      // POPULATION holds it AUTHORITATIVE: the form locks it, the rules trust it
      LOG.debug("{} held by {} ({})", fullName.id(), holding.registry(), holding.assurance());
    }
    JsonDocument file = JsonDocument.read(ministryElements, "ministry-elements.json").orElseThrow();
    DataDictionary dictionary = standard.extend(file).orElseThrow(); // a new dictionary
    ProcedureLoader loader = new ProcedureLoader(dictionary); // validates against both
    FormLoader forms = new FormLoader(dictionary);
    // [END dictionary]
    LOG.debug("loaders ready: {} {}", loader, forms);
    return dictionary;
  }

  /** Explains identifiers typed by a person. */
  public static List<String> explainIdentifiers(String typed, Clock clock) {
    List<String> facts = new ArrayList<>();
    // [START identifiers]
    Validated<PersonalIdNumber> parsed = PersonalIdNumber.parse(typed, clock);
    if (parsed.isValid()) {
      PersonalIdNumber id = parsed.orElseThrow();
      facts.add("birth registered in " + id.province().map(p -> p.displayName()).orElse("?"));
      facts.add(id.sex() + ", born in " + id.birthYear());
      facts.add("for the log: " + id.masked()); // 0010******45; toString() masks too
    } else {
      parsed.errors().forEach(d -> facts.add(d.code())); // ID_PERSONAL_..., never the value
    }
    boolean checkDigitOk = TaxCode.parse("0100109106").isValid();
    List<IdentifierKind> couldBe = IdentifierKind.detect(typed); // when the kind is not known
    // [END identifiers]
    facts.add("tax code check digit " + (checkDigitOk ? "ok" : "wrong"));
    facts.add("could be " + couldBe);
    return facts;
  }

  /** When a dossier received at a time is due, by the procedure's online processing time. */
  public static Optional<LocalDate> dueDate(Procedure procedure, LocalDateTime receivedAt) {
    // [START due-date]
    WorkingCalendar calendar = WorkingCalendar.standard(); // official schedules, then Labour Code
    Optional<LocalDate> due =
        procedure
            .channel(ChannelKind.ONLINE)
            .map(Channel::processingTime)
            .filter(time -> time.unit() == ProcessingTimeUnit.WORKING_DAYS)
            .map(ProcessingTime::value)
            .map(days -> calendar.addWorkingDays(receivedAt, days.intValueExact()));
    // due by calendar.endOfOfficeHours(date); 0 working days = the receipt day itself
    // [END due-date]
    return due;
  }

  /** When the agency must confirm receipt of a dossier submitted online. */
  public static Instant confirmReceiptBy(Instant submittedAt) {
    // [START receipt-confirmation]
    WorkingCalendar calendar = WorkingCalendar.standard();
    Instant confirmBy = calendar.receiptConfirmationDeadline(submittedAt); // 8 working hours
    boolean holiday = calendar.holidayOn(LocalDate.of(2026, 2, 17)).isPresent(); // Tết
    // [END receipt-confirmation]
    LOG.debug("Tết 2026 is a holiday: {}", holiday);
    return confirmBy;
  }

  /** Prefills a form for the applicant logged in with VNeID and signs what was prefilled. */
  public static Prefilled prefill(
      FormDefinition form,
      String applicantId,
      ObjectNode typedSoFar,
      RegistryLookup registries,
      EnvelopeKey key,
      Clock clock) {
    // [START prefill]
    PrefillPlanner planner = PrefillPlanner.standard(clock); // shared, like the form
    PrefillEngine engine = PrefillEngine.builder(registries).timeout(Duration.ofSeconds(3)).build();
    PrefillRequest request =
        PrefillRequest.builder()
            .subject(Subject.applicant(applicantId)) // from the VNeID login
            .answers(typedSoFar) // e.g. the mother's and father's identification numbers
            .registries(registries.registries())
            .build();
    PrefillPlan plan = planner.plan(form, request); // one question per registry and subject
    PrefillResult result = engine.prefill(plan).toCompletableFuture().join();
    // result.data(): values for the front end; result.value(path): provenance and lock;
    // result.diagnostics(): FORM_PREFILL_* when a registry was down, slow or refused
    PrefillEnvelope envelope = new EnvelopeSigner(key, clock).sign(result, applicantId);
    // send result.data() and envelope.token() to the front end
    // [END prefill]
    return new Prefilled(result, envelope.token());
  }

  /**
   * What prefill gave.
   *
   * @param result the values, their provenance and locks
   * @param envelope the signed token that travels with the submission
   */
  public record Prefilled(PrefillResult result, String envelope) {}

  /** The engine that prefills over the national portal. */
  public static PrefillEngine prefillOverThePortal(org.opendvc.client.DvcqgClient portal) {
    // [START prefill-over-portal]
    RegistryLookup registries = portal.registryLookup(); // population database + warehouse
    PrefillEngine engine = PrefillEngine.builder(registries).build();
    // [END prefill-over-portal]
    return engine;
  }

  /** A key for the prefill envelope, made once and kept with the service's secrets. */
  public static EnvelopeKey newEnvelopeKey() {
    // [START envelope-key]
    EnvelopeKey key = EnvelopeKey.random("2025-07", new SecureRandom()); // or EnvelopeKey.of(...)
    // verify with every key still in use, sign with the newest
    // [END envelope-key]
    return key;
  }

  /** Validates a submission on the server, envelope included. */
  public static SubmissionResult validate(
      FormDefinition form,
      ObjectNode data,
      String envelopeToken,
      String applicantId,
      List<EnvelopeKey> keys,
      Clock clock) {
    // [START validate-submission]
    SubmissionValidator validator = // one per form, shared
        SubmissionValidator.builder(form)
            .clock(clock)
            .envelopeVerifier(new EnvelopeVerifier(keys, clock))
            .requireEnvelope(true) // the session was prefilled: dropping the token must not help
            .build();
    SubmissionResult result =
        validator.validate(
            Submission.on(form).data(data).envelope(envelopeToken).applicant(applicantId).build());
    for (FieldError e : result.errors()) {
      // e.path() "children[1].childName", e.code(), e.message(): never quotes the value
      LOG.info("{} {}: {}", e.code(), e.path(), e.message().get(Language.VI));
    }
    // result.isAccepted(); result.data(): hidden values dropped, calculations redone;
    // result.boundValues(): each accepted value with its data element and subject
    // [END validate-submission]
    return result;
  }

  /** Decides eligibility from what the form gave, as of a decision date. */
  public static Decision decide(
      RulesEngine rules, Procedure procedure, SubmissionResult accepted, LocalDate decisionDate) {
    // [START decide-from-form]
    DecisionRequest.Builder request = DecisionRequest.builder(procedure, decisionDate);
    for (BoundValue value : accepted.boundValues()) {
      request.fact(value.subject().role(), value.element(), value.value());
    }
    Decision decision = rules.decide(request.build()); // never reads the clock
    // [END decide-from-form]
    return decision;
  }

  /** Decides eligibility with what a registry holds, and reports why. */
  public static List<String> decideWithRegistryData(
      RulesEngine rules,
      Procedure marriage,
      RegistryLookup registries,
      String applicantId,
      LocalDate decisionDate) {
    List<String> report = new ArrayList<>();
    // [START decide]
    RegistryAnswer held =
        registries
            .lookup(
                RegistryQuery.elements(
                    Registry.POPULATION,
                    Subject.applicant(applicantId),
                    Set.of("person.maritalStatus", "person.permanentResidence")))
            .toCompletableFuture()
            .join();
    LocalDate born = LocalDate.of(1998, 3, 14);
    Decision decision =
        rules.decide(
            DecisionRequest.builder(marriage, decisionDate)
                .fact(SubjectRole.APPLICANT, "person.sex", DataValue.code("MALE"))
                .fact(SubjectRole.APPLICANT, "person.dateOfBirth", DataValue.date(born))
                .registryAnswer(held) // authoritative: wins over what was declared
                .consent(Consent.GIVEN) // without it, registry values are not used
                .build());
    switch (decision.outcome()) {
      case ELIGIBLE -> report.add("eligible");
      case NOT_ELIGIBLE -> report.add("not eligible");
      case NEEDS_INFORMATION -> report.add("missing: " + decision.missing()); // element ids
    }
    for (Finding finding : decision.findings()) { // one per requirement
      String line =
          finding.requirementId() + " " + finding.status() + ": " + finding.message().vi();
      LegalReference law = finding.legalReference(); // the article it cites; null if none
      report.add(law == null ? line : line + " (" + law.cite(Language.VI) + ")");
    }
    // [END decide]
    return report;
  }

  // [START lifecycle]
  /** What the system builds once at start-up and shares between requests and threads. */
  public static final class Services implements AutoCloseable {
    final DataDictionary dictionary = DataDictionary.standard();
    final ProcedureLoader procedures = new ProcedureLoader(dictionary);
    final FormLoader forms = new FormLoader(dictionary);
    final WorkingCalendar calendar = WorkingCalendar.standard();
    final RulesEngine rules = RulesEngine.builder().dictionary(dictionary).build();
    final FormDefinition birthForm;
    final SubmissionValidator birthValidator;

    /** Loads the forms the service offers and builds their validators. */
    public Services(Path birthFormFile, Clock clock) {
      birthForm = forms.load(birthFormFile).orElseThrow();
      birthValidator = SubmissionValidator.builder(birthForm).clock(clock).build();
    }

    /** Shuts the rule engine's session pools down. */
    @Override
    public void close() {
      rules.close();
    }
  }
  // [END lifecycle]
}
