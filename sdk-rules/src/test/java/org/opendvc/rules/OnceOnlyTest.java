package org.opendvc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendvc.core.catalog.LoadedProcedure;
import org.opendvc.core.catalog.ProcedureLoader;
import org.opendvc.core.data.Subject;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.law.Laws;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.registry.HeldDocument;
import org.opendvc.core.registry.RegistryAnswer;
import org.opendvc.rules.ComponentAdvice.Action;
import org.opendvc.rules.DossierComponent.Provision;

/** Once-only checks on definitions (both formats) and on dossiers. */
class OnceOnlyTest {
  private static RulesEngine engine;
  private static final List<String> FIRED = new ArrayList<>();

  @BeforeAll
  static void start() {
    engine = RulesEngine.builder().poolSize(1).build();
  }

  @AfterAll
  static void everyDossierRuleFiredInThisClass() {
    // The definition rules each have a diagnostic code, asserted by the tests themselves.
    List<String> rules =
        engine.rules().stream()
            .filter(r -> r.ruleFile().equals("dossier"))
            .map(RuleInfo::id)
            .toList();
    engine.close();
    assertThat(FIRED).as("dossier rules fired by these tests").containsAll(rules);
  }

  @Test
  void checkDefinition_inOurFormat_flagsTheHouseholdBookRegistryPapersAndReplaceableResults() {
    List<Diagnostic> found = check(Fixtures.procedure("/onceonly/household-book.json"));

    assertThat(found)
        .extracting(Diagnostic::code, Diagnostic::pointer)
        .containsExactlyInAnyOrder(
            tuple("ONCE_ONLY_ABOLISHED_DOCUMENT", "/cases/0/documents/0"),
            tuple("ONCE_ONLY_REPLACEABLE_BY_RESULT", "/cases/0/documents/1/replaceableByResult"),
            tuple("ONCE_ONLY_DOCUMENT_HELD_BY_REGISTRY", "/cases/0/documents/2"),
            tuple("ONCE_ONLY_DOCUMENT_HELD_BY_REGISTRY", "/cases/0/documents/3"),
            tuple("ONCE_ONLY_DATA_HELD_BY_REGISTRY", "/cases/0/documents/4/dataElements"));
    Diagnostic book = found.get(0);
    assertThat(book.isError()).isTrue();
    assertThat(book.legalReference()).isEqualTo(Laws.RESIDENCE_LAW.clause(38, 3));
    assertThat(book.message().vi()).contains("Bản sao Sổ hộ khẩu", "2023-01-01");
  }

  @Test
  void checkDefinition_ofADvcqgPackage_pointsIntoThePackage() {
    String name = "/onceonly/household-book.dvcqg.json";
    LoadedProcedure loaded =
        ProcedureLoader.standard()
            .load(JsonDocument.parse(Fixtures.text(name), name).orElseThrow());

    List<Diagnostic> found =
        engine.checkDefinition(loaded.procedure()).stream().map(loaded::locate).toList();

    assertThat(found)
        .extracting(Diagnostic::code, Diagnostic::pointer)
        .contains(
            tuple("ONCE_ONLY_ABOLISHED_DOCUMENT", "/THANHPHANHOSO/0/GIAYTO/0"),
            tuple("ONCE_ONLY_REPLACEABLE_BY_RESULT", "/THANHPHANHOSO/0/GIAYTO/1"),
            tuple("ONCE_ONLY_DOCUMENT_HELD_BY_REGISTRY", "/THANHPHANHOSO/0/GIAYTO/2"));
    assertThat(found).allMatch(d -> d.position() != null);
  }

  @Test
  void checkDefinition_whenTheDefinitionEndedBeforeTheBookWasAbolished_acceptsIt() {
    Procedure old =
        Fixtures.procedure("/onceonly/household-book.json").toBuilder()
            .effectiveFrom(LocalDate.of(2015, 1, 1))
            .effectiveTo(LocalDate.of(2022, 12, 31))
            .build();

    assertThat(check(old))
        .extracting(Diagnostic::code)
        .doesNotContain("ONCE_ONLY_ABOLISHED_DOCUMENT");
  }

  @Test
  void checkDefinition_whenAPaperIsAnEarlierResultOnly_asksToDeclareTheReplacement() {
    Procedure p =
        Fixtures.procedure("/onceonly/household-book.json").toBuilder()
            .cases(
                List.of(
                    new org.opendvc.core.procedure.ProcedureCase(
                        null,
                        List.of(
                            org.opendvc.core.procedure.DocumentRequirement.named(
                                org.opendvc.core.LocalizedText.of(
                                    "Giấy chứng nhận đăng ký hộ kinh doanh"))))))
            .build();

    assertThat(check(p))
        .extracting(Diagnostic::code)
        .containsExactly("ONCE_ONLY_EARLIER_RESULT_NOT_DECLARED");
  }

  @Test
  void checkDefinition_whenARequirementNamesUnknownParametersOrPackages_reportsThem() {
    Procedure p =
        Fixtures.procedure("/onceonly/household-book.json").toBuilder()
            .addRequirement(
                new org.opendvc.core.procedure.Requirement(
                    "age",
                    org.opendvc.core.procedure.RequirementKind.MINIMUM_AGE,
                    SubjectRole.APPLICANT,
                    null,
                    Map.of("any", "no.such.parameter"),
                    List.of(),
                    org.opendvc.core.procedure.RequirementEffect.CONDITION,
                    null,
                    null))
            .addRequirement(
                new org.opendvc.core.procedure.Requirement(
                    "pension",
                    org.opendvc.core.procedure.RequirementKind.RULE_PACKAGE,
                    SubjectRole.APPLICANT,
                    null,
                    Map.of("age", "marriage.minimumAge.male"),
                    List.of("pension-age"),
                    org.opendvc.core.procedure.RequirementEffect.CONDITION,
                    null,
                    null))
            .build();

    assertThat(engine.checkDefinition(p))
        .extracting(Diagnostic::code, Diagnostic::pointer)
        .contains(
            tuple("RULES_PARAMETER_UNKNOWN", "/requirements/0/parameters/any"),
            tuple("RULES_RULE_PACKAGE_UNKNOWN", "/requirements/1/values/0"));
  }

  @Test
  void checkDossier_whenTheWarehouseHoldsTheReplacingResult_fetchesItAndFlagsIt() {
    DossierCheck check =
        dossier(
            List.of(component("KS", Provision.NOT_PROVIDED), component("HN", Provision.SUBMITTED)),
            List.of(warehouse("KQ.1.001193"), registry(Registry.CIVIL_STATUS)),
            Consent.GIVEN);

    ComponentAdvice birth = advice(check, "KS");
    assertThat(birth.action()).isEqualTo(Action.FETCH_FROM_WAREHOUSE);
    assertThat(birth.fromWarehouse()).isTrue();
    assertThat(birth.replacedByResult()).isEqualTo("KQ.1.001193");
    assertThat(birth.status()).isEqualTo(FindingStatus.MET);
    ComponentAdvice marital = advice(check, "HN");
    assertThat(marital.action()).isEqualTo(Action.FETCH_FROM_REGISTRY);
    assertThat(marital.status()).isEqualTo(FindingStatus.ONCE_ONLY_VIOLATION);
    assertThat(marital.message().en()).contains("although registry CIVIL_STATUS holds it");
    assertThat(check.violations()).containsExactly(marital);
  }

  @Test
  void checkDossier_whenTheResultWasUploadedAnyway_recordsAViolation() {
    DossierCheck check =
        dossier(
            List.of(component("KS", Provision.SUBMITTED), component("GKS", Provision.NOT_PROVIDED)),
            List.of(warehouse("KQ.1.001193"), registry(Registry.CIVIL_STATUS)),
            Consent.GIVEN);

    assertThat(advice(check, "KS").status()).isEqualTo(FindingStatus.ONCE_ONLY_VIOLATION);
    assertThat(advice(check, "KS").ruleId()).isEqualTo("OO-DOSSIER-RESULT-SUBMITTED-AGAIN");
    assertThat(advice(check, "GKS").action()).isEqualTo(Action.FETCH_FROM_REGISTRY);
    assertThat(advice(check, "GKS").reused()).isTrue();
  }

  @Test
  void checkDossier_withoutConsent_asksTheApplicantForWhatTheStateHolds() {
    DossierCheck check =
        dossier(
            List.of(component("KS", Provision.NOT_PROVIDED)),
            List.of(warehouse("KQ.1.001193")),
            Consent.NOT_GIVEN);

    assertThat(advice(check, "KS").action()).isEqualTo(Action.ASK_APPLICANT);
    assertThat(advice(check, "KS").ruleId()).isEqualTo("OO-DOSSIER-NO-CONSENT");
    assertThat(advice(check, "XN").ruleId()).isEqualTo("OO-DOSSIER-ASK");
    assertThat(check.advice()).hasSize(6);
    assertThat(check.advice())
        .extracting(ComponentAdvice::component)
        .containsExactly("HK", "KS", "HN", "GKS", "XN", "TK");
  }

  private static List<Diagnostic> check(Procedure p) {
    return engine.checkDefinition(p);
  }

  private static DossierCheck dossier(
      List<DossierComponent> components, List<RegistryAnswer> answers, Consent consent) {
    DossierCheck check =
        engine.checkDossier(
            new DossierRequest(
                Fixtures.procedure("/onceonly/household-book.json"),
                0,
                components,
                answers,
                consent));
    FIRED.addAll(check.rulesFired());
    return check;
  }

  private static ComponentAdvice advice(DossierCheck check, String component) {
    return check.advice().stream()
        .filter(a -> a.component().equals(component))
        .findFirst()
        .orElseThrow();
  }

  private static DossierComponent component(String code, Provision provision) {
    return new DossierComponent(code, null, SubjectRole.APPLICANT, provision, null);
  }

  private static RegistryAnswer warehouse(String resultCode) {
    return new RegistryAnswer(
        Registry.E_DOCUMENT_WAREHOUSE,
        Subject.applicant("001099012345"),
        true,
        Map.of(),
        Set.of(),
        List.of(new HeldDocument(resultCode, "Giấy khai sinh", "ref-1", null, null)),
        Instant.EPOCH);
  }

  private static RegistryAnswer registry(Registry registry) {
    return new RegistryAnswer(
        registry,
        Subject.applicant("001099012345"),
        true,
        Map.of(),
        Set.of(),
        List.of(),
        Instant.EPOCH);
  }
}
