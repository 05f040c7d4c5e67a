package org.opendvc.testkit.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.opendvc.client.DvcqgClient;
import org.opendvc.client.DvcqgClientConfig;
import org.opendvc.client.RetryPolicy;
import org.opendvc.client.auth.Credentials;
import org.opendvc.client.error.DvcqgException;
import org.opendvc.client.outbox.Outbox;
import org.opendvc.client.outbox.OutboxEntry;
import org.opendvc.client.wire.DossierRecords;
import org.opendvc.client.wire.PortalDossier;
import org.opendvc.core.Language;
import org.opendvc.core.catalog.Catalog;
import org.opendvc.core.catalog.CatalogLoader;
import org.opendvc.core.data.Subject;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.dossier.Applicant;
import org.opendvc.core.dossier.ApplicantKind;
import org.opendvc.core.dossier.ComponentProvision;
import org.opendvc.core.dossier.Dossier;
import org.opendvc.core.dossier.DossierCodeGenerator;
import org.opendvc.core.dossier.DossierEvent;
import org.opendvc.core.dossier.DossierLifecycle;
import org.opendvc.core.dossier.DossierResult;
import org.opendvc.core.dossier.ProcedureRef;
import org.opendvc.core.dossier.SequenceStore;
import org.opendvc.core.dossier.SubmittedComponent;
import org.opendvc.core.id.AgencyCode;
import org.opendvc.core.id.DossierCode;
import org.opendvc.core.id.PersonalIdNumber;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.internal.text.VietnameseText;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.core.procedure.Channel;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.DocumentRequirement;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureCase;
import org.opendvc.core.registry.RegistryAnswer;
import org.opendvc.core.registry.RegistryQuery;
import org.opendvc.core.scorecard.AgencyScope;
import org.opendvc.core.scorecard.GroupScore;
import org.opendvc.core.scorecard.ScorePeriod;
import org.opendvc.core.scorecard.Scorecard;
import org.opendvc.core.scorecard.ScorecardAccumulator;
import org.opendvc.core.time.WorkingCalendar;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.FormLoader;
import org.opendvc.forms.burden.BurdenEstimate;
import org.opendvc.forms.burden.BurdenEstimator;
import org.opendvc.forms.burden.BurdenTarget;
import org.opendvc.forms.burden.Device;
import org.opendvc.forms.burden.KeystrokeModel;
import org.opendvc.forms.burden.PrefillScenario;
import org.opendvc.forms.prefill.EnvelopeKey;
import org.opendvc.forms.prefill.EnvelopeSigner;
import org.opendvc.forms.prefill.EnvelopeVerifier;
import org.opendvc.forms.prefill.LookupOutcome;
import org.opendvc.forms.prefill.PrefillEngine;
import org.opendvc.forms.prefill.PrefillPlanner;
import org.opendvc.forms.prefill.PrefillRequest;
import org.opendvc.forms.prefill.PrefillResult;
import org.opendvc.forms.validation.BoundValue;
import org.opendvc.forms.validation.FieldError;
import org.opendvc.forms.validation.Submission;
import org.opendvc.forms.validation.SubmissionResult;
import org.opendvc.forms.validation.SubmissionValidator;
import org.opendvc.rules.ComponentAdvice;
import org.opendvc.rules.Consent;
import org.opendvc.rules.Decision;
import org.opendvc.rules.DecisionRequest;
import org.opendvc.rules.DossierCheck;
import org.opendvc.rules.DossierComponent;
import org.opendvc.rules.DossierRequest;
import org.opendvc.rules.Finding;
import org.opendvc.rules.FindingStatus;
import org.opendvc.rules.RulesEngine;
import org.opendvc.testkit.registry.SyntheticRegistries;
import org.opendvc.testkit.simulator.PortalSimulator;
import org.opendvc.testkit.simulator.SimulatorStats;
import org.opendvc.testkit.synthetic.SettableClock;
import org.opendvc.testkit.synthetic.SyntheticFamilies;
import org.opendvc.testkit.synthetic.SyntheticFamilies.Family;

/**
 * The end-to-end demonstration behind {@code dvc demo}: synthetic families register a birth
 * (1.001193) on the example form, prefilled from the registries, decided by the rules, issued a
 * dossier code, played through the lifecycle and synced to the portal through the outbox; the
 * electronic birth certificate lands in the mother's e-document warehouse; the interconnected
 * permanent residence registration (1.004222) then fetches it instead of asking for it; the
 * agency's Decision 766 scorecard closes the run. Every dossier is then looked up on the portal to
 * check it arrived whole and once.
 *
 * <p>The story happens on the last working day before today (the submissions at 08:00 Vietnam time)
 * and the next working day (the residence registrations); a {@link SettableClock} moves through it,
 * so deadlines and the scorecard are those of a real day. The outbox and the client read the real
 * clock.
 */
public final class Demo {
  /** The result code the example catalogue gives the birth certificate (OpenDVC's placeholder). */
  static final String BIRTH_CERTIFICATE = "KQ.KHAISINH";

  static final ProcedureCode BIRTH = ProcedureCode.parse("1.001193").orElseThrow();
  static final ProcedureCode RESIDENCE = ProcedureCode.parse("1.004222").orElseThrow();
  static final String BIRTH_FORM = "1.001193-to-khai-dang-ky-khai-sinh.json";
  private static final String OFFICER = "canbo.hotich";
  private static final String POLICE_OFFICER = "canbo.cutru";
  private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(15);
  private static final EnvelopeKey KEY =
      EnvelopeKey.of("demo", "the demo's envelope key, 32 bytes".getBytes(StandardCharsets.UTF_8));

  private final DemoOptions options;
  private final Clock wallClock;
  private final PrintWriter out;
  private final Language lang;
  private final WorkingCalendar calendar = WorkingCalendar.standard();

  /**
   * A demo with {@code options}, writing to {@code out}, reading today's date from {@code
   * wallClock}.
   */
  public Demo(DemoOptions options, Clock wallClock, PrintWriter out) {
    this.options = options;
    this.wallClock = wallClock;
    this.out = out;
    this.lang = options.lang();
  }

  /**
   * Runs the demo.
   *
   * @return what it did and whether every dossier reached the portal
   * @throws DemoException if the example files cannot be read or the portal cannot be started or
   *     reached at all
   */
  public DemoReport run() {
    long started = System.nanoTime();
    boolean story = options.dossiers() == null;
    int dossierCount = story ? 2 : options.dossiers();
    int familyCount = (dossierCount + 1) / 2;
    LocalDate today = LocalDate.now(wallClock.withZone(WorkingCalendar.VIETNAM));
    LocalDate day = previousWorkingDay(today);
    LocalDate nextDay = calendar.nextWorkingDay(day.plusDays(1));
    SettableClock clock = new SettableClock(at(day, LocalTime.of(8, 0)));

    Examples examples = Examples.load(options.examples(), day);
    List<Family> families = SyntheticFamilies.generate(familyCount, options.seed(), day);
    SyntheticRegistries registries = SyntheticFamilies.registries(families, clock);
    Path work = workDirectory();
    PortalSimulator simulator = null;
    try {
      if (options.portal() == null) {
        simulator = PortalSimulator.builder().port(0).seed(options.seed()).start();
      }
      DvcqgClientConfig config = clientConfig(simulator);
      try (DvcqgClient portal = DvcqgClient.create(config);
          Outbox outbox = Outbox.builder(work, portal).parallelism(8).build();
          RulesEngine rules = RulesEngine.builder().build()) {
        outbox.start();
        Run run =
            new Run(
                examples, families, registries, portal, outbox, rules, clock, day, nextDay, story);
        DemoReport report = run.play(dossierCount, simulator, started);
        return report;
      }
    } finally {
      if (simulator != null) {
        simulator.close();
      }
      deleteQuietly(work);
    }
  }

  private DvcqgClientConfig clientConfig(@Nullable PortalSimulator simulator) {
    DvcqgClientConfig.Builder b =
        simulator != null
            ? simulator.clientConfig()
            : DvcqgClientConfig.builder()
                .baseUrl(options.portal())
                .agencyCode(options.portalAgency())
                .credentials(Credentials.sessionLogin(options.username(), options.password()));
    // Patient with a faulty portal: the demo must get every dossier through (reads are retried,
    // writes through the outbox), and a generous retry budget keeps retries going at 30 % faults.
    return b.retryPolicy(
            RetryPolicy.builder()
                .maxAttempts(12)
                .baseDelay(Duration.ofMillis(50))
                .maxDelay(Duration.ofSeconds(2))
                .budget(1_000_000, 1, 1, 1)
                .build())
        .build();
  }

  /** The latest working day before {@code today}. */
  private LocalDate previousWorkingDay(LocalDate today) {
    LocalDate d = today.minusDays(1);
    while (!calendar.isWorkingDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  private static Instant at(LocalDate day, LocalTime time) {
    return ZonedDateTime.of(day, time, WorkingCalendar.VIETNAM).toInstant();
  }

  private static Path workDirectory() {
    try {
      return Files.createTempDirectory("opendvc-demo-");
    } catch (IOException e) {
      throw new DemoException("Cannot create a working directory for the outbox: " + e, e);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary directory left behind is harmless
    }
  }

  private String t(String vi, String en) {
    return lang == Language.VI ? vi : en;
  }

  /** The procedures and the form of the demo, read from the example folder. */
  record Examples(Catalog catalog, Procedure birth, Procedure residence, FormDefinition birthForm) {
    static Examples load(Path folder, LocalDate day) {
      Path catalogFolder = folder.resolve("catalog");
      Path form = folder.resolve("forms").resolve(BIRTH_FORM);
      if (!Files.isDirectory(catalogFolder) || !Files.isRegularFile(form)) {
        throw new DemoException(
            "The example files are not in "
                + folder
                + " (catalog/ and forms/"
                + BIRTH_FORM
                + "): run from the repository root or pass --examples");
      }
      Validated<Catalog> catalog = CatalogLoader.standard().load(List.of(catalogFolder));
      if (catalog.hasErrors() || catalog.value().isEmpty()) {
        throw new DemoException(
            "The example catalogue has errors; run: dvc validate "
                + catalogFolder
                + " ("
                + catalog.errors().stream().map(Diagnostic::code).distinct().toList()
                + ")");
      }
      Catalog c = catalog.value().get();
      Procedure birth =
          c.find(BIRTH, day).orElseThrow(() -> new DemoException("No " + BIRTH + " in force"));
      Procedure residence =
          c.find(RESIDENCE, day)
              .orElseThrow(() -> new DemoException("No " + RESIDENCE + " in force"));
      Validated<FormDefinition> loaded = FormLoader.standard().load(form);
      if (loaded.value().isEmpty()) {
        throw new DemoException(
            "The birth registration form has errors; run: dvc validate " + form);
      }
      return new Examples(c, birth, residence, loaded.value().get());
    }
  }

  /** One run: the families, the portal, and what happened. */
  private final class Run {
    private final Examples ex;
    private final List<Family> families;
    private final SyntheticRegistries registries;
    private final DvcqgClient portal;
    private final Outbox outbox;
    private final RulesEngine rules;
    private final SettableClock clock;
    private final LocalDate day;
    private final LocalDate nextDay;
    private final boolean story;
    private final DossierLifecycle lifecycle;
    private final DossierCodeGenerator codes;
    private final PrefillPlanner planner;
    private final PrefillEngine prefill;
    private final SubmissionValidator validator;
    private final Map<String, Dossier> made = new LinkedHashMap<>();
    private final Map<String, Integer> sent = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int step;

    Run(
        Examples ex,
        List<Family> families,
        SyntheticRegistries registries,
        DvcqgClient portal,
        Outbox outbox,
        RulesEngine rules,
        SettableClock clock,
        LocalDate day,
        LocalDate nextDay,
        boolean story) {
      this.ex = ex;
      this.families = families;
      this.registries = registries;
      this.portal = portal;
      this.outbox = outbox;
      this.rules = rules;
      this.clock = clock;
      this.day = day;
      this.nextDay = nextDay;
      this.story = story;
      this.lifecycle = DossierLifecycle.of(calendar, clock);
      this.codes = new DossierCodeGenerator(new PortalAwareSequences(), clock);
      this.planner = PrefillPlanner.standard(clock);
      this.prefill = PrefillEngine.builder(registries).timeout(Duration.ofSeconds(5)).build();
      this.validator =
          SubmissionValidator.builder(ex.birthForm())
              .clock(clock)
              .envelopeVerifier(new EnvelopeVerifier(List.of(KEY), clock))
              .requireEnvelope(true)
              .build();
    }

    DemoReport play(int dossierCount, @Nullable PortalSimulator simulator, long started) {
      header(simulator);
      List<Family> withResidence = new ArrayList<>();
      for (Family f : families) {
        clock.set(at(day, LocalTime.of(8, 0)).plusSeconds(30L * (f.number() - 1)));
        if (birthRegistration(f)) {
          if (made.size() < dossierCount) {
            withResidence.add(f);
          }
        }
        progress(f.number(), families.size(), t("khai sinh", "birth registrations"));
      }
      drain(t("hồ sơ khai sinh", "birth registration dossiers"));
      for (Family f : withResidence) {
        if (made.size() >= dossierCount) {
          break;
        }
        clock.set(at(nextDay, LocalTime.of(8, 0)).plusSeconds(30L * (f.number() - 1)));
        residenceRegistration(f);
        progress(f.number(), withResidence.size(), t("thường trú", "residence registrations"));
      }
      drain(t("hồ sơ thường trú", "residence registration dossiers"));
      healthInsurance();
      int onPortal = verify(simulator);
      scorecard();
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      DemoReport report =
          new DemoReport(
              made.size(), onPortal, List.copyOf(problems), elapsed, portalUrl(simulator));
      footer(report);
      return report;
    }

    // ---- the narrative -------------------------------------------------------------------------

    private void header(@Nullable PortalSimulator simulator) {
      out.println(
          t(
              "OpenDVC — đăng ký khai sinh (1.001193) và các thủ tục liên thông, từ tờ khai đến"
                  + " kết quả",
              "OpenDVC — birth registration (1.001193) and the interconnected procedures, from"
                  + " form to result"));
      out.println(
          t("Cổng DVCQG: ", "Portal: ")
              + portalUrl(simulator)
              + (simulator == null
                  ? ""
                  : t(" (trình giả lập nhúng, seed ", " (embedded simulator, seed ")
                      + options.seed()
                      + ")"));
      out.println(
          t("Ngày làm việc của câu chuyện: ", "The story's working day: ")
              + day
              + t(" (hồ sơ khai sinh), ", " (birth registrations), ")
              + nextDay
              + t(" (đăng ký thường trú)", " (residence registrations)"));
      if (!story) {
        out.println(
            t("Số hồ sơ: ", "Dossiers: ")
                + options.dossiers()
                + t(" — ", " — ")
                + families.size()
                + t(
                    " gia đình giả lập, mỗi gia đình một hồ sơ khai sinh và một hồ sơ thường trú",
                    " synthetic families, each a birth registration and a residence registration")
                + (options.dossiers() % 2 == 1
                    ? t(
                        " (gia đình cuối chỉ khai sinh)",
                        " (the last one a birth registration only)")
                    : ""));
      }
      if (!story) {
        out.println();
      }
      out.flush();
    }

    private void say(String line) {
      if (story) {
        out.println(line);
        out.flush();
      }
    }

    private void title(String vi, String en) {
      if (story) {
        step++;
        out.println();
        out.println(step + ". " + t(vi, en));
        out.flush();
      }
    }

    private void progress(int done, int total, String what) {
      if (!story && (done == total || done % Math.max(1, total / 10) == 0)) {
        out.printf(Locale.ROOT, "  %s: %d/%d%n", what, done, total);
        out.flush();
      }
    }

    private void footer(DemoReport r) {
      out.println();
      String seconds = String.format(Locale.ROOT, "%.1f", r.elapsed().toMillis() / 1000.0);
      if (r.succeeded()) {
        out.println(
            t("Xong trong ", "Done in ")
                + seconds
                + " s: "
                + r.dossiersMade()
                + t(
                    " hồ sơ đã lên Cổng DVCQG, đủ bước xử lý, không trùng, không mất.",
                    " dossiers on the portal with all their steps, none duplicated, none lost."));
      } else {
        out.println(
            t("Có lỗi (", "Failed (")
                + seconds
                + " s): "
                + r.onPortal()
                + "/"
                + r.dossiersMade()
                + t(" hồ sơ lên Cổng đúng và đủ.", " dossiers reached the portal whole."));
        r.problems().stream().limit(20).forEach(p -> out.println("  - " + p));
      }
      out.flush();
    }

    // ---- birth registration --------------------------------------------------------------------

    private boolean birthRegistration(Family f) {
      Procedure birth = ex.birth();
      FormDefinition form = ex.birthForm();
      title("Thủ tục và tờ khai", "The procedure and its form");
      say(
          "   "
              + birth.code()
              + " "
              + birth.name().get(lang)
              + t(" — phiên bản ", " — version ")
              + birth.version()
              + t(", hiệu lực từ ", ", in force since ")
              + birth.effectiveFrom());
      say(
          "   "
              + t("Thời hạn giải quyết trực tuyến: ", "Online processing time: ")
              + birth
                  .channel(ChannelKind.ONLINE)
                  .map(c -> describe(c.processingTime().value().intValue()))
                  .orElse("?")
              + t("; thành phần hồ sơ: ", "; documents: ")
              + birth.cases().get(0).documents().size()
              + t("; liên thông với ", "; interconnected with ")
              + birth.interconnectedProcedures());
      say(
          "   "
              + t("Tờ khai điện tử: ", "E-form: ")
              + form.title().get(lang)
              + " ("
              + form.fields().size()
              + t(" trường)", " fields)"));

      // Prefill
      title(
          "Điền sẵn từ cơ sở dữ liệu quốc gia (người mẹ đăng nhập bằng VNeID)",
          "Prefill from the national databases (the mother logs in with VNeID)");
      ObjectNode typed =
          OpenDvcJson.mapper()
              .createObjectNode()
              .put("motherPersonalIdNumber", f.mother().personalIdNumber())
              .put("fatherPersonalIdNumber", f.father().personalIdNumber());
      PrefillRequest request =
          PrefillRequest.builder()
              .subject(Subject.applicant(f.mother().personalIdNumber()))
              .registries(registries.registries())
              .answers(typed)
              .build();
      PrefillResult filled =
          prefill.prefill(planner.plan(form, request)).toCompletableFuture().join();
      say(
          "   "
              + t("Mẹ: ", "Mother: ")
              + f.mother().fullName()
              + " ("
              + f.mother()
              + t("), cha: ", "), father: ")
              + f.father().fullName()
              + " ("
              + f.father()
              + t(") — người giả lập", ") — made-up people"));
      for (LookupOutcome o : filled.outcomes()) {
        say(
            "   "
                + o.lookup().registry()
                + " · "
                + o.lookup().subject().role()
                + ": "
                + o.status()
                + (o.unavailable().isEmpty() ? "" : t(", thiếu ", ", missing ") + o.unavailable()));
      }
      say(
          "   "
              + filled.values().size()
              + t(" trường được điền sẵn, ", " fields prefilled, ")
              + filled.locked().size()
              + t(
                  " trường khóa (dữ liệu gốc, người dân không phải nhập lại)",
                  " locked (authoritative: the citizen does not type them again)"));
      if (!filled.diagnostics().isEmpty()) {
        filled.diagnostics().forEach(d -> say("   " + d.code() + ": " + d.message().get(lang)));
      }

      // Burden
      if (story) {
        title("Ước tính thời gian điền tờ khai", "How long the form takes");
        BurdenEstimator estimator = new BurdenEstimator(KeystrokeModel.of(Device.DESKTOP), clock);
        BurdenEstimate none = estimator.estimate(form, PrefillScenario.none());
        BurdenEstimate with = estimator.estimate(form, PrefillScenario.of(filled));
        say(
            "   "
                + t("Không điền sẵn: ", "Without prefill: ")
                + seconds(none.estimatedSeconds())
                + ", "
                + none.fieldsToType()
                + t(" trường phải gõ", " fields to type"));
        say(
            "   "
                + t("Có điền sẵn:    ", "With prefill:    ")
                + seconds(with.estimatedSeconds())
                + ", "
                + with.fieldsToType()
                + t(" trường phải gõ", " fields to type"));
        BurdenTarget target = BurdenTarget.DECISION_1565_2025;
        say(
            "   "
                + t("Mục tiêu Quyết định 1565/QĐ-TTg (dưới ", "Decision 1565/QĐ-TTg target (under ")
                + target.seconds() / 60
                + t(" phút): ", " minutes): ")
                + (with.meets(target) ? t("đạt", "met") : t("chưa đạt", "not met")));
      }

      // Submission
      title("Nộp tờ khai, kiểm tra phía máy chủ", "Submission, checked on the server");
      ObjectNode data = FamilyAnswers.complete(filled.data(), f);
      String envelope =
          new EnvelopeSigner(KEY, clock).sign(filled, f.mother().personalIdNumber()).token();
      SubmissionResult accepted =
          validator.validate(
              Submission.on(form)
                  .data(data)
                  .envelope(envelope)
                  .applicant(f.mother().personalIdNumber())
                  .build());
      if (!accepted.isAccepted()) {
        List<String> errors =
            accepted.errors().stream().map(e -> e.code() + " " + e.path()).toList();
        problems.add(
            t("Gia đình ", "Family ")
                + f.number()
                + t(": tờ khai bị từ chối ", ": form refused ")
                + errors);
        say("   " + t("Bị từ chối: ", "Refused: ") + errors);
        return false;
      }
      say(
          "   "
              + t("Hợp lệ: ", "Accepted: ")
              + accepted.boundValues().size()
              + t(
                  " giá trị gắn với từ điển dữ liệu; phong bì điền sẵn có chữ ký được xác minh",
                  " values bound to the data dictionary; the signed prefill envelope verified"));
      accepted.errors().stream().map(FieldError::code).forEach(c -> say("   " + c));

      // Rules
      title(
          "Điều kiện và nguyên tắc \"chỉ cung cấp một lần\" (Drools)",
          "Eligibility and the once-only principle (Drools)");
      DecisionRequest.Builder decide = DecisionRequest.builder(birth, day);
      for (BoundValue v : accepted.boundValues()) {
        decide.fact(v.subject().role(), v.element(), v.value());
      }
      Decision decision = rules.decide(decide.build());
      say("   " + t("Kết luận: ", "Outcome: ") + decision.outcome());
      for (Finding finding : decision.findings()) {
        say("   " + finding.status() + " · " + finding.requirementId());
        say("      " + finding.message().get(lang));
        if (finding.legalReference() != null) {
          say("      " + finding.legalReference().cite(lang));
        }
      }
      ProcedureCase birthCase = birth.cases().get(0);
      List<SubmittedComponent> components = new ArrayList<>();
      List<DossierComponent> asChecked = new ArrayList<>();
      for (DocumentRequirement d : birthCase.documents()) {
        components.add(submitted(d, ComponentProvision.SUBMITTED, null));
        asChecked.add(asChecked(d, DossierComponent.Provision.SUBMITTED));
      }
      DossierCheck check =
          rules.checkDossier(new DossierRequest(birth, 0, asChecked, List.of(), Consent.GIVEN));
      adviseAll(check);

      // Dossier code and lifecycle
      title(
          "Mã hồ sơ, xử lý và đồng bộ lên Cổng DVCQG",
          "Dossier code, processing, and sync to the portal");
      Applicant mother = applicant(f);
      Dossier d =
          lifecycle.submit(
              Dossier.builder(
                      codes.next(options.civilStatusAgency()),
                      ProcedureRef.of(birth),
                      ChannelKind.ONLINE,
                      mother)
                  .processingTime(
                      birth.channel(ChannelKind.ONLINE).map(Channel::processingTime).orElse(null))
                  .summary(t("Đăng ký khai sinh", "Birth registration"))
                  .processingUnit(t("UBND phường", "Ward People's Committee"))
                  .components(components)
                  .registries(List.of(Registry.POPULATION, Registry.CIVIL_STATUS)),
              DossierEvent.APPLICANT);
      d = send(d);
      say(
          "   "
              + d.code().value()
              + t(" — nộp trực tuyến lúc ", " — submitted online at ")
              + local(d.submittedAt()));
      d = advance(d, Duration.ofMinutes(20), x -> lifecycle.receive(x, OFFICER));
      d = advance(d, Duration.ofMinutes(5), x -> lifecycle.startProcessing(x, OFFICER));
      Instant issuedAt = clock.instant().plus(Duration.ofMinutes(80));
      String reference = d.code().value() + "/GKS";
      DossierResult certificate =
          new DossierResult(
              BIRTH_CERTIFICATE,
              "Giấy khai sinh",
              true,
              reference,
              "https://kho.example/giay-khai-sinh/" + d.code().value() + ".pdf",
              issuedAt);
      d =
          advance(
              d, Duration.ofMinutes(80), x -> lifecycle.complete(x, OFFICER, List.of(certificate)));
      d = advance(d, Duration.ofMinutes(10), x -> lifecycle.deliverResult(x, OFFICER));
      say(
          "   "
              + t("Tiếp nhận ", "Received ")
              + local(d.receivedAt())
              + t(" → xử lý → có kết quả ", " → processing → result ")
              + local(d.processingEndedAt())
              + t(" (hạn ", " (due ")
              + local(d.dueAt())
              + t(") → đã trả ", ") → delivered ")
              + local(d.deliveredAt())
              + " ("
              + d.status().code()
              + ")");
      Instant due = d.dueAt();
      Instant ended = d.processingEndedAt();
      if (due != null && ended != null) {
        say(
            "   "
                + (ended.isAfter(due) ? t("Trễ hạn", "Late") : t("Đúng hạn", "On time"))
                + t(
                    "; Giấy khai sinh điện tử " + BIRTH_CERTIFICATE + " cấp cho hồ sơ",
                    "; electronic birth certificate " + BIRTH_CERTIFICATE + " issued"));
      }
      say(
          "   "
              + t("Đã đưa vào hàng đợi gửi (outbox): ", "Queued in the outbox: ")
              + d.syncs().size()
              + t(" lần đồng bộ, ", " syncs, ")
              + d.events().size()
              + t(" bước xử lý", " progress steps"));
      made.put(d.code().value(), d);
      return true;
    }

    // ---- residence registration ----------------------------------------------------------------

    private void residenceRegistration(Family f) {
      Procedure residence = ex.residence();
      title(
          "Liên thông: đăng ký thường trú cho trẻ (1.004222)",
          "Interconnected: permanent residence registration for the child (1.004222)");
      int caseIndex = childCase(residence);
      ProcedureCase childCase = residence.cases().get(caseIndex);
      say(
          "   "
              + residence.name().get(lang)
              + t(", trường hợp: ", ", case: ")
              + (childCase.name() == null ? "—" : childCase.name().get(lang)));
      RegistryAnswer warehouse =
          portal
              .registryLookup()
              .lookup(
                  new RegistryQuery(
                      Registry.E_DOCUMENT_WAREHOUSE,
                      Subject.applicant(f.mother().personalIdNumber()),
                      Set.of(),
                      Set.of(BIRTH_CERTIFICATE)))
              .toCompletableFuture()
              .join();
      boolean found =
          warehouse.documents().stream()
              .anyMatch(doc -> doc.resultCode().equals(BIRTH_CERTIFICATE));
      say(
          "   "
              + t(
                  "Kho dữ liệu điện tử của người mẹ (qua Cổng): ",
                  "The mother's e-document warehouse (through the portal): ")
              + (found
                  ? t("có Giấy khai sinh ", "holds the birth certificate ")
                      + warehouse.documents().stream()
                          .filter(doc -> doc.resultCode().equals(BIRTH_CERTIFICATE))
                          .map(doc -> doc.reference())
                          .findFirst()
                          .orElse("")
                  : t("không có Giấy khai sinh", "no birth certificate")));
      if (!found) {
        problems.add(
            t("Gia đình ", "Family ")
                + f.number()
                + t(
                    ": Cổng không lưu Giấy khai sinh vào kho dữ liệu của chủ hồ sơ",
                    ": the portal did not file the birth certificate in the owner's warehouse"));
      }
      List<DossierComponent> asked = new ArrayList<>();
      List<DossierComponent> askedAgain = new ArrayList<>();
      for (DocumentRequirement d : childCase.documents()) {
        boolean replaceable = BIRTH_CERTIFICATE.equals(d.replaceableByResult());
        asked.add(
            asChecked(
                d,
                replaceable
                    ? DossierComponent.Provision.NOT_PROVIDED
                    : DossierComponent.Provision.SUBMITTED));
        askedAgain.add(asChecked(d, DossierComponent.Provision.SUBMITTED));
      }
      DossierCheck check =
          rules.checkDossier(
              new DossierRequest(residence, caseIndex, asked, List.of(warehouse), Consent.GIVEN));
      adviseAll(check);
      if (story) {
        DossierCheck again =
            rules.checkDossier(
                new DossierRequest(
                    residence, caseIndex, askedAgain, List.of(warehouse), Consent.GIVEN));
        say(
            "   "
                + t(
                    "Nếu cán bộ vẫn bắt nộp bản giấy: ",
                    "Had the officer asked for the paper anyway: ")
                + again.violations().size()
                + t(" vi phạm ", " violation(s) ")
                + again.violations().stream().map(ComponentAdvice::ruleId).toList());
      }
      List<SubmittedComponent> components = new ArrayList<>();
      for (ComponentAdvice advice : check.advice()) {
        boolean fetched = advice.action() == ComponentAdvice.Action.FETCH_FROM_WAREHOUSE;
        components.add(
            submitted(
                requirement(childCase, advice.component()),
                fetched ? ComponentProvision.REPLACED_BY_RESULT : ComponentProvision.SUBMITTED,
                fetched ? BIRTH_CERTIFICATE : null));
      }
      Applicant mother = applicant(f);
      Dossier d =
          lifecycle.submit(
              Dossier.builder(
                      codes.next(options.residenceAgency()),
                      ProcedureRef.of(residence),
                      ChannelKind.ONLINE,
                      mother)
                  .processingTime(
                      residence
                          .channel(ChannelKind.ONLINE)
                          .map(Channel::processingTime)
                          .orElse(null))
                  .summary(t("Đăng ký thường trú cho trẻ", "Permanent residence for the child"))
                  .processingUnit(t("Công an phường", "Ward police"))
                  .components(components)
                  .registries(List.of(Registry.POPULATION, Registry.E_DOCUMENT_WAREHOUSE)),
              DossierEvent.APPLICANT);
      d = send(d);
      d = advance(d, Duration.ofMinutes(30), x -> lifecycle.receive(x, POLICE_OFFICER));
      d = advance(d, Duration.ofMinutes(10), x -> lifecycle.startProcessing(x, POLICE_OFFICER));
      say(
          "   "
              + d.code().value()
              + t(" — đã tiếp nhận, đang xử lý (", " — received, being processed (")
              + d.status().code()
              + t("); hạn ", "); due ")
              + (d.dueAt() == null ? "—" : local(d.dueAt()))
              + t(" (7 ngày làm việc)", " (7 working days)"));
      made.put(d.code().value(), d);
    }

    private void healthInsurance() {
      title(
          "Liên thông: cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi",
          "Interconnected: health insurance card for a child under 6");
      Optional<Procedure> card =
          ex.catalog().procedures().stream()
              .filter(p -> VietnameseText.fold(p.name().vi()).contains("bao hiem y te"))
              .findFirst();
      if (card.isPresent()) {
        say("   " + card.get().code() + " " + card.get().name().get(lang));
      } else {
        say(
            "   "
                + t(
                    "Không có trong danh mục mẫu: mã thủ tục và thành phần hồ sơ chưa được xác"
                        + " minh từ nguồn công khai, nên bước này bỏ qua.",
                    "Not in the example catalogue: its procedure code and documents could not be"
                        + " sourced, so this step is skipped."));
        say(
            "   "
                + t(
                    "Khi có, Giấy khai sinh cũng được lấy từ kho như trên (Nghị định 63/2024/NĐ-CP).",
                    "When it is added, the birth certificate is fetched the same way (Decree"
                        + " 63/2024/ND-CP)."));
      }
    }

    // ---- the portal ----------------------------------------------------------------------------

    /** Queues the dossier's sync and its new steps in the outbox, and records the sync. */
    private Dossier send(Dossier d) {
      String code = d.code().value();
      int from = sent.getOrDefault(code, 0);
      Outbox.Batch batch = outbox.batch().sync(DossierRecords.syncRecord(d));
      DossierRecords.progressSince(d, from).forEach(batch::progress);
      batch.commit();
      sent.put(code, d.events().size());
      // The outbox has it on disk and delivers it within moments; the story's clock stands still
      // meanwhile, so the sync is recorded at the story's time. verify() checks it arrived.
      return lifecycle.recordSync(d).orElseThrow();
    }

    private Dossier advance(Dossier d, Duration after, Function<Dossier, Validated<Dossier>> move) {
      clock.set(clock.instant().plus(after));
      return send(move.apply(d).orElseThrow());
    }

    private void drain(String what) {
      try {
        if (!outbox.awaitDrained(DRAIN_TIMEOUT)) {
          problems.add(
              t("Hết giờ chờ gửi ", "Timed out sending ")
                  + what
                  + ": "
                  + outbox.pendingCount()
                  + t(" mục còn lại", " entries left"));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DemoException("Interrupted while waiting for the outbox", e);
      }
      for (OutboxEntry dead : outbox.deadLetters()) {
        problems.add(
            t("Cổng từ chối ", "The portal refused ") + dead.kind() + " " + dead.dossierCode());
      }
    }

    /**
     * Daily sequences that start after the dossiers the portal already holds for the agency and
     * day, such as those of an earlier run of the demo against the same portal: the first number of
     * each agency and day is found by looking codes up (doubling, then halving).
     */
    private final class PortalAwareSequences implements SequenceStore {
      private final Map<String, Integer> last = new HashMap<>();

      @Override
      public synchronized int next(AgencyCode agency, LocalDate on) {
        String key = agency.value() + "/" + on;
        Integer before = last.get(key);
        int n = (before == null ? taken(agency, on) : before) + 1;
        last.put(key, n);
        return n;
      }

      private int taken(AgencyCode agency, LocalDate on) {
        int low = 0;
        int high = 1;
        while (high <= DossierCode.MAX_SEQUENCE && exists(agency, on, high)) {
          low = high;
          high = Math.min(high * 2, DossierCode.MAX_SEQUENCE + 1);
        }
        while (high - low > 1) {
          int mid = (low + high) >>> 1;
          if (exists(agency, on, mid)) {
            low = mid;
          } else {
            high = mid;
          }
        }
        if (low > 0) {
          say(
              "   "
                  + t("(Cổng đã có ", "(The portal already holds ")
                  + low
                  + t(" hồ sơ của ", " dossiers of ")
                  + agency.value()
                  + t(
                      " trong ngày; đánh số tiếp theo)",
                      " for the day; numbering goes on after them)"));
        }
        return low;
      }

      private boolean exists(AgencyCode agency, LocalDate on, int sequence) {
        return portal.lookupDossier(DossierCode.of(agency, on, sequence).value()).isPresent();
      }
    }

    /** Looks every dossier up on the portal: there, with our status and exactly our steps. */
    private int verify(@Nullable PortalSimulator simulator) {
      title("Kiểm tra trên Cổng DVCQG", "Checked on the portal");
      int whole = 0;
      for (Dossier d : made.values()) {
        String code = d.code().value();
        Optional<PortalDossier> held;
        try {
          held = portal.lookupDossier(code);
        } catch (DvcqgException e) {
          problems.add(code + ": " + e.getMessage());
          continue;
        }
        if (held.isEmpty()) {
          problems.add(code + t(": không có trên Cổng", ": not on the portal"));
        } else if (held.get().record().status() != d.status()) {
          problems.add(
              code
                  + t(": trạng thái trên Cổng ", ": status on the portal ")
                  + held.get().record().status()
                  + t(", đúng ra ", ", should be ")
                  + d.status());
        } else if (held.get().progress().size() != d.events().size()) {
          problems.add(
              code
                  + t(": Cổng có ", ": the portal holds ")
                  + held.get().progress().size()
                  + t(" bước xử lý, đúng ra ", " steps, should be ")
                  + d.events().size());
        } else {
          whole++;
        }
      }
      say(
          "   "
              + whole
              + "/"
              + made.size()
              + t(
                  " hồ sơ có trên Cổng với đúng trạng thái và đủ từng bước xử lý",
                  " dossiers on the portal with the right status and every step, once"));
      if (simulator != null) {
        SimulatorStats s = simulator.stats();
        String line =
            t("Trình giả lập: ", "Simulator: ")
                + s.requests()
                + t(" yêu cầu, ", " requests, ")
                + s.faultsInjected()
                + t(" lỗi được gây ra, ", " faults injected, ")
                + s.duplicatesStored()
                + t(" bước trùng", " duplicated steps");
        report(line);
      }
      return whole;
    }

    private void scorecard() {
      title("Bộ chỉ số 766 của đơn vị", "The agency's Decision 766 scorecard");
      int quarter = (day.getMonthValue() - 1) / 3 + 1;
      ScorecardAccumulator acc =
          ScorecardAccumulator.builder(ScorePeriod.quarter(day.getYear(), quarter))
              .agency(AgencyScope.parse(options.civilStatusAgency().value()).orElseThrow())
              .asOf(clock.instant())
              .build();
      made.values().forEach(acc::accept);
      Scorecard card = acc.result();
      List<String> lines = new ArrayList<>();
      lines.add(
          options.civilStatusAgency().value()
              + ", "
              + card.period()
              + ": "
              + card.dossiersInScope()
              + t(" hồ sơ", " dossiers"));
      for (GroupScore g : card.groups()) {
        lines.add(
            String.format(
                Locale.ROOT,
                "  %-48s %6s / %s",
                g.group().title().get(lang),
                g.score().toPlainString(),
                g.maxScore().stripTrailingZeros().toPlainString()));
      }
      lines.add(
          String.format(
              Locale.ROOT,
              "  %-48s %6s / %s",
              t("Tổng", "Total"),
              card.total().toPlainString(),
              card.maxTotal().stripTrailingZeros().toPlainString()));
      lines.add(
          t(
              "(Không có hồ sơ đơn vị (agency profile): điểm của các chỉ số đó chia lại theo quy"
                  + " tắc mặc định; nhóm 0 / 0 không có gì để đếm trong các hồ sơ này nên không"
                  + " tính vào tổng. dvc scorecard --format json giải thích từng chỉ số.)",
              "(No agency profile: the points of its metrics go to the others by the default"
                  + " rule; a group at 0 / 0 had nothing to count in these dossiers and is left"
                  + " out of the total. dvc scorecard --format json explains each metric.)"));
      lines.forEach(this::report);
    }

    private String portalUrl(@Nullable PortalSimulator simulator) {
      return simulator != null ? simulator.url().toString() : String.valueOf(options.portal());
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** The mother, owner of both dossiers, verified with VNeID. */
    private Applicant applicant(Family f) {
      return new Applicant(
          ApplicantKind.CITIZEN,
          f.mother().fullName(),
          List.of(PersonalIdNumber.of(f.mother().personalIdNumber())),
          null,
          null,
          null,
          true);
    }

    /** A line of the summary: indented under its step in the story, printed always. */
    private void report(String line) {
      if (story) {
        say("   " + line);
      } else {
        out.println("  " + line);
        out.flush();
      }
    }

    private void adviseAll(DossierCheck check) {
      for (ComponentAdvice a : check.advice()) {
        say("   " + a.action() + " · " + a.status() + " · " + shorten(a.component()));
        say("      " + a.message().get(lang));
        if (a.status() == FindingStatus.ONCE_ONLY_VIOLATION) {
          problems.add(a.ruleId() + " " + a.component());
        }
      }
    }

    private String describe(int workingDays) {
      return workingDays == 0
          ? t("trong ngày làm việc", "within the working day")
          : workingDays + t(" ngày làm việc", " working days");
    }

    private String local(@Nullable Instant instant) {
      if (instant == null) {
        return "—";
      }
      ZonedDateTime z = instant.atZone(WorkingCalendar.VIETNAM);
      return z.toLocalDate() + " " + z.toLocalTime().withSecond(0).withNano(0);
    }
  }

  private static String seconds(double s) {
    return String.format(Locale.ROOT, "%d min %02d s", (int) s / 60, (int) Math.round(s) % 60);
  }

  private static String shorten(String text) {
    return text.length() <= 90 ? text : text.substring(0, 87) + "...";
  }

  static String componentKey(DocumentRequirement d) {
    return d.code() != null ? d.code() : d.name().vi();
  }

  /** The requirement the once-only check advised on by {@code key}. */
  private static DocumentRequirement requirement(ProcedureCase c, String key) {
    return c.documents().stream()
        .filter(d -> componentKey(d).equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("advice on an unknown component"));
  }

  /** The applicant's electronic component {@code d}, provided as {@code provision}. */
  private static SubmittedComponent submitted(
      DocumentRequirement d, ComponentProvision provision, @Nullable String resultCode) {
    return new SubmittedComponent(
        componentKey(d),
        null,
        d.documentType(),
        SubjectRole.APPLICANT,
        provision,
        true,
        resultCode,
        d.replaceableByResult(),
        null,
        null,
        null);
  }

  /** Component {@code d} about the applicant as the once-only check sees it. */
  private static DossierComponent asChecked(
      DocumentRequirement d, DossierComponent.Provision provision) {
    return new DossierComponent(
        componentKey(d), d.documentType(), SubjectRole.APPLICANT, provision, null);
  }

  /**
   * The case of a child registering at a parent's residence: the one whose proof may be fetched.
   */
  private static int childCase(Procedure residence) {
    List<ProcedureCase> cases = residence.cases();
    for (int i = 0; i < cases.size(); i++) {
      if (cases.get(i).documents().stream()
          .anyMatch(d -> BIRTH_CERTIFICATE.equals(d.replaceableByResult()))) {
        return i;
      }
    }
    throw new DemoException(
        RESIDENCE
            + " has no case whose documents the birth certificate ("
            + BIRTH_CERTIFICATE
            + ") may replace");
  }
}
