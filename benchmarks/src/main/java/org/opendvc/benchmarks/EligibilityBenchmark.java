package org.opendvc.benchmarks;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.opendvc.core.catalog.ProcedureLoader;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.data.Subject;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.dictionary.AssuranceLevel;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.registry.HeldValue;
import org.opendvc.core.registry.RegistryAnswer;
import org.opendvc.rules.Consent;
import org.opendvc.rules.Decision;
import org.opendvc.rules.DecisionRequest;
import org.opendvc.rules.Outcome;
import org.opendvc.rules.RulesEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Eligibility for marriage registration (the ten requirements of the example 1.000894: ages by sex,
 * voluntariness and capacity declared, marital status, residence and its fee exemption), by the
 * rules engine and by a hand-written Java implementation of the same requirements, on the same
 * requests. {@code procedures} is how many procedures are loaded: each call decides on the next
 * one, so the engine's cost can be seen not to grow with the catalogue.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EligibilityBenchmark {
  private static final LocalDate DATE = LocalDate.of(2025, 9, 1);

  @Param({"10", "2000"})
  public int procedures;

  private RulesEngine engine;
  private final List<Procedure> catalogue = new ArrayList<>();
  private final List<DecisionRequest> requests = new ArrayList<>();
  private int next;

  /** Loads the example marriage procedure and makes {@code procedures} copies of it. */
  @Setup(Level.Trial)
  public void setUp() {
    engine = RulesEngine.builder().build();
    Procedure marriage = marriage();
    catalogue.clear();
    requests.clear();
    for (int i = 0; i < procedures; i++) {
      Procedure p = marriage.toBuilder().code(ProcedureCode.of(String.format("2.%06d", i))).build();
      catalogue.add(p);
      requests.add(request(p, 1980 + i % 20));
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    engine.close();
  }

  /** The rules engine: facts in, one finding per requirement with messages in vi/en out. */
  @Benchmark
  public Outcome rulesEngine() {
    DecisionRequest request = requests.get(next++ % requests.size());
    return engine.decide(request).outcome();
  }

  /** The baseline: the same requirements in plain Java, outcome only, no messages. */
  @Benchmark
  public Outcome handWritten() {
    DecisionRequest request = requests.get(next++ % requests.size());
    return HandWrittenMarriage.decide(request);
  }

  /** Time from creating an engine to its first decision (cold: run with -bm ss). */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Outcome engineCreationToFirstDecision() {
    try (RulesEngine fresh = RulesEngine.create()) {
      Decision d = fresh.decide(requests.get(0));
      return d.outcome();
    }
  }

  static Procedure marriage() {
    return ProcedureLoader.standard()
        .load(Path.of(exampleCatalog(), "1.000894-dang-ky-ket-hon.json"))
        .toValidated()
        .orElseThrow();
  }

  private static String exampleCatalog() {
    for (String candidate : new String[] {"examples/catalog", "../examples/catalog"}) {
      if (java.nio.file.Files.isDirectory(Path.of(candidate))) {
        return candidate;
      }
    }
    throw new IllegalStateException("Run from the repository root: examples/catalog not found");
  }

  static DecisionRequest request(Procedure p, int birthYear) {
    Map<String, HeldValue> applicant =
        Map.of(
            "person.maritalStatus", held("person.maritalStatus", DataValue.code("SINGLE")),
            "person.permanentResidence",
                held(
                    "person.permanentResidence",
                    new DataValue.Address("01", null, null, null, null, null, "Số 1")));
    Map<String, HeldValue> spouse =
        Map.of("person.maritalStatus", held("person.maritalStatus", DataValue.code("SINGLE")));
    return DecisionRequest.builder(p, DATE)
        .consent(Consent.GIVEN)
        .fact(SubjectRole.APPLICANT, "person.sex", DataValue.code("MALE"))
        .fact(
            SubjectRole.APPLICANT,
            "person.dateOfBirth",
            DataValue.date(LocalDate.of(birthYear, 5, 1)))
        .fact(SubjectRole.APPLICANT, "person.voluntaryMarriage", DataValue.bool(true))
        .fact(SubjectRole.APPLICANT, "person.civilCapacityNotLost", DataValue.bool(true))
        .fact(SubjectRole.SPOUSE, "person.sex", DataValue.code("FEMALE"))
        .fact(
            SubjectRole.SPOUSE,
            "person.dateOfBirth",
            DataValue.date(LocalDate.of(birthYear + 3, 2, 1)))
        .fact(SubjectRole.SPOUSE, "person.voluntaryMarriage", DataValue.bool(true))
        .fact(SubjectRole.SPOUSE, "person.civilCapacityNotLost", DataValue.bool(true))
        .registryAnswer(answer(SubjectRole.APPLICANT, applicant))
        .registryAnswer(answer(SubjectRole.SPOUSE, spouse))
        .build();
  }

  private static HeldValue held(String element, DataValue value) {
    return new HeldValue(element, value, AssuranceLevel.AUTHORITATIVE, null);
  }

  private static RegistryAnswer answer(SubjectRole role, Map<String, HeldValue> values) {
    return new RegistryAnswer(
        Registry.POPULATION,
        new Subject(role, 0, null),
        true,
        values,
        Set.of(),
        List.of(),
        java.time.Instant.EPOCH);
  }

  /** The marriage requirements written by hand, as a team without a rules engine would. */
  static final class HandWrittenMarriage {
    private HandWrittenMarriage() {}

    static Outcome decide(DecisionRequest r) {
      Outcome outcome = Outcome.ELIGIBLE;
      for (SubjectRole role : new SubjectRole[] {SubjectRole.APPLICANT, SubjectRole.SPOUSE}) {
        LocalDate birth = date(r, role, "person.dateOfBirth");
        String sex = text(r, role, "person.sex");
        if (birth == null || sex == null) {
          outcome = outcome.and(Outcome.NEEDS_INFORMATION);
        } else {
          int min = "MALE".equals(sex) ? 20 : 18;
          outcome =
              outcome.and(
                  Period.between(birth, r.decisionDate()).getYears() >= min
                      ? Outcome.ELIGIBLE
                      : Outcome.NOT_ELIGIBLE);
        }
        outcome = outcome.and(flag(r, role, "person.voluntaryMarriage"));
        outcome = outcome.and(flag(r, role, "person.civilCapacityNotLost"));
        String status = text(r, role, "person.maritalStatus");
        outcome =
            outcome.and(
                status == null
                    ? Outcome.NEEDS_INFORMATION
                    : Set.of("SINGLE", "DIVORCED", "WIDOWED").contains(status)
                        ? Outcome.ELIGIBLE
                        : Outcome.NOT_ELIGIBLE);
      }
      return outcome;
    }

    private static Outcome flag(DecisionRequest r, SubjectRole role, String element) {
      DataValue v = value(r, role, element);
      if (!(v instanceof DataValue.Bool b)) {
        return Outcome.NEEDS_INFORMATION;
      }
      return b.value() ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE;
    }

    private static LocalDate date(DecisionRequest r, SubjectRole role, String element) {
      return value(r, role, element) instanceof DataValue.Date d ? d.value() : null;
    }

    private static String text(DecisionRequest r, SubjectRole role, String element) {
      DataValue v = value(r, role, element);
      return v == null ? null : v.display();
    }

    private static DataValue value(DecisionRequest r, SubjectRole role, String element) {
      for (RegistryAnswer a : r.registryAnswers()) {
        if (a.subject().role() == role && a.values().containsKey(element)) {
          return a.values().get(element).value();
        }
      }
      for (var f : r.facts()) {
        if (f.role() == role && f.element().equals(element)) {
          return f.value();
        }
      }
      return null;
    }
  }
}
