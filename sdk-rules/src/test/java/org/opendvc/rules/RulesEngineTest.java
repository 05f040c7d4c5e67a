package org.opendvc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendvc.core.Language;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.Requirement;
import org.opendvc.core.procedure.RequirementEffect;
import org.opendvc.core.procedure.RequirementKind;
import org.opendvc.rules.internal.Messages;
import org.opendvc.rules.parameter.DatedParameter;
import org.opendvc.rules.parameter.DatedValue;
import org.opendvc.rules.parameter.ParameterSet;

class RulesEngineTest {
  private static RulesEngine engine;

  @BeforeAll
  static void start() {
    engine = RulesEngine.builder().poolSize(2).build();
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  @Test
  void rules_allCarryAMessageKeyALawReferenceAndAnEffectiveDate() {
    Set<String> diagnosticCodes =
        java.util.stream.Stream.of(OnceOnlyDiagnostics.values(), ReadinessDiagnostics.values())
            .flatMap(java.util.Arrays::stream)
            .map(DiagnosticKind::code)
            .collect(java.util.stream.Collectors.toSet());
    List<RuleInfo> rules = engine.rules();

    assertThat(rules).hasSizeGreaterThan(40);
    for (RuleInfo rule : rules) {
      assertThat(rule.lawReference()).as("@lawRef of %s", rule.id()).isNotBlank();
      assertThat(rule.effectiveFrom()).as("@effectiveFrom of %s", rule.id()).isNotNull();
      assertThat(rule.ruleFile()).as("rule file of %s", rule.id()).isNotEqualTo("unknown");
      String key = rule.messageKey();
      assertThat(
              Messages.get().has(key)
                  || (key.startsWith("diagnostic.") && diagnosticCodes.contains(key.substring(11))))
          .as("@msgKey %s of %s is in both bundles or names a diagnostic", key, rule.id())
          .isTrue();
    }
  }

  @Test
  void messageBundles_haveTheSameKeys() {
    assertThat(Messages.get().keys(Language.VI))
        .containsExactlyInAnyOrderElementsOf(Messages.get().keys(Language.EN));
  }

  @Test
  void decide_findsOnePerRequirementWithParameterAndLaw() {
    Decision d =
        engine.decide(
            DecisionRequest.builder(marriage(), LocalDate.of(2025, 9, 1))
                .fact(SubjectRole.SPOUSE, "person.sex", DataValue.code("Nữ"))
                .fact(
                    SubjectRole.SPOUSE,
                    "person.dateOfBirth",
                    DataValue.date(LocalDate.of(2007, 9, 1)))
                .build());

    assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
    Finding f = d.findings().get(0);
    assertThat(f.status()).isEqualTo(FindingStatus.MET);
    assertThat(f.actual()).isEqualTo("18");
    assertThat(f.required()).isEqualTo("18");
    assertThat(f.parameters())
        .extracting(ParameterUse::id)
        .containsExactly("marriage.minimumAge.female");
    assertThat(f.parameters().get(0).legalReference().article()).isEqualTo(8);
    assertThat(f.message().vi()).startsWith("Bên kia đủ 18 tuổi vào ngày 01/09/2025");
  }

  @Test
  void decide_whenARoleIsNamedMidSentence_keepsItInLowerCase() {
    Decision d =
        engine.decide(
            DecisionRequest.builder(marriage(), LocalDate.of(2025, 9, 1))
                .fact(
                    SubjectRole.SPOUSE,
                    "person.dateOfBirth",
                    DataValue.date(LocalDate.of(2007, 9, 1)))
                .build());

    assertThat(d.findings().get(0).message().en())
        .isEqualTo("The sex of the other party is not known, so the minimum age cannot be chosen");
    assertThat(d.findings().get(0).message().vi()).contains("của bên kia");
  }

  @Test
  void decide_onTheDayBeforeTheEighteenthBirthday_isNotEligible() {
    Decision d =
        engine.decide(
            DecisionRequest.builder(marriage(), LocalDate.of(2025, 8, 31))
                .fact(SubjectRole.SPOUSE, "person.sex", DataValue.code("FEMALE"))
                .fact(
                    SubjectRole.SPOUSE,
                    "person.dateOfBirth",
                    DataValue.date(LocalDate.of(2007, 9, 1)))
                .build());

    assertThat(d.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
  }

  @Test
  void decide_whenTheLawChangesTheParameter_usesTheValueInForceOnTheDecisionDate() {
    ParameterSet changed =
        ParameterSet.of(
            List.of(
                new DatedParameter(
                    "marriage.minimumAge.female",
                    null,
                    "YEARS",
                    List.of(
                        new DatedValue(
                            LocalDate.of(2015, 1, 1), java.math.BigDecimal.valueOf(18), null),
                        new DatedValue(
                            LocalDate.of(2030, 1, 1), java.math.BigDecimal.valueOf(19), null))),
                ParameterSet.standard().find("marriage.minimumAge.male").orElseThrow()));
    try (RulesEngine future = RulesEngine.builder().parameters(changed).poolSize(1).build()) {
      DecisionRequest.Builder at2030 =
          DecisionRequest.builder(marriage(), LocalDate.of(2030, 6, 1))
              .fact(SubjectRole.SPOUSE, "person.sex", DataValue.code("FEMALE"))
              .fact(
                  SubjectRole.SPOUSE,
                  "person.dateOfBirth",
                  DataValue.date(LocalDate.of(2012, 1, 1)));

      Finding f = future.decide(at2030.build()).findings().get(0);

      assertThat(f.status()).isEqualTo(FindingStatus.NOT_MET);
      assertThat(f.required()).isEqualTo("19");
      assertThat(f.parameters().get(0).effectiveFrom()).isEqualTo(LocalDate.of(2030, 1, 1));
    }
  }

  @Test
  void decide_whenAParameterHasNoValueOnTheDate_throwsNamingIt() {
    assertThatThrownBy(
            () ->
                engine.decide(
                    DecisionRequest.builder(marriage(), LocalDate.of(2010, 1, 1)).build()))
        .isInstanceOf(RulesException.class)
        .hasMessageContaining("marriage.minimumAge.")
        .hasMessageContaining("2010-01-01");
  }

  @Test
  void decide_isSafeToCallFromSeveralThreads() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Outcome>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int year = 2000 + (i % 12);
        futures.add(
            pool.submit(
                () ->
                    engine
                        .decide(
                            DecisionRequest.builder(marriage(), LocalDate.of(2025, 9, 1))
                                .fact(SubjectRole.SPOUSE, "person.sex", DataValue.code("FEMALE"))
                                .fact(
                                    SubjectRole.SPOUSE,
                                    "person.dateOfBirth",
                                    DataValue.date(LocalDate.of(year, 10, 1)))
                                .build())
                        .outcome()));
      }
      for (int i = 0; i < futures.size(); i++) {
        int year = 2000 + (i % 12);
        Outcome expected = year <= 2006 ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE;
        assertThat(futures.get(i).get()).as("born %d", year).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void findingAndFact_doNotShowPersonalDataInToString() {
    Fact fact =
        new Fact(
            SubjectRole.APPLICANT, "person.dateOfBirth", DataValue.date(LocalDate.of(1990, 4, 30)));
    assertThat(fact.toString()).doesNotContain("1990");
    Finding f =
        new Finding(
            "r",
            FindingStatus.MET,
            "X",
            "1990-04-30",
            "18",
            List.of(),
            null,
            List.of(),
            LocalizedText.of("a"));
    assertThat(f.toString()).doesNotContain("1990");
  }

  @Test
  void assessReadiness_ofAProcedureWithoutOnlineChannelOrElectronicResult_saysWhy() {
    Procedure base = Fixtures.procedure("/onceonly/household-book.json");
    Procedure p =
        base.toBuilder()
            .cases(
                List.of(
                    new org.opendvc.core.procedure.ProcedureCase(
                        null,
                        List.of(
                            org.opendvc.core.procedure.DocumentRequirement.named(
                                LocalizedText.of("Giấy chứng sinh"))))))
            .results(
                List.of(
                    new org.opendvc.core.procedure.ProcedureResult(
                        null, LocalizedText.of("Quyết định hỗ trợ"), null)))
            .build();

    Readiness r =
        engine.assessReadiness(
            p,
            new ServiceCapabilities(
                false,
                false,
                List.of(LocalizedText.of("Chụp ảnh, lấy vân tay", "Photo and fingerprints"))));

    assertThat(r.fullOnline()).isFalse();
    assertThat(r.reasons())
        .extracting(org.opendvc.core.diagnostic.Diagnostic::code)
        .contains(
            "RULES_READINESS_NO_ONLINE_CHANNEL",
            "RULES_READINESS_RESULT_NOT_ELECTRONIC",
            "RULES_READINESS_IN_PERSON_STEP",
            "RULES_READINESS_COMPONENT_NEEDS_PAPER");
  }

  @Test
  void assessReadiness_ofAnOnlineProcedureWithFeesAndAPartialLevel_saysWhy() {
    Procedure p =
        Fixtures.procedure("/procedures/retirement.json").toBuilder()
            .onlineServiceLevel(org.opendvc.core.procedure.OnlineServiceLevel.PARTIAL)
            .channels(
                List.of(
                    new org.opendvc.core.procedure.Channel(
                        org.opendvc.core.procedure.ChannelKind.ONLINE,
                        null,
                        List.of(
                            new org.opendvc.core.procedure.Fee(
                                null, null, java.math.BigDecimal.TEN, null, null)),
                        null)))
            .build();

    Readiness r = engine.assessReadiness(p, new ServiceCapabilities(false, true, List.of()));

    assertThat(r.reasons())
        .extracting(org.opendvc.core.diagnostic.Diagnostic::code)
        .containsExactlyInAnyOrder(
            "RULES_READINESS_DECLARED_PARTIAL", "RULES_READINESS_NO_ONLINE_PAYMENT");
    assertThat(
            engine
                .assessReadiness(
                    p.toBuilder().onlineServiceLevel(null).build(),
                    ServiceCapabilities.portalDefaults())
                .fullOnline())
        .isTrue();
  }

  private static Procedure marriage() {
    return Procedure.builder(
            org.opendvc.core.id.ProcedureCode.of("1.000894"), LocalizedText.of("Đăng ký kết hôn"))
        .addRequirement(
            new Requirement(
                "bride-minimum-age",
                RequirementKind.MINIMUM_AGE,
                SubjectRole.SPOUSE,
                null,
                Map.of("male", "marriage.minimumAge.male", "female", "marriage.minimumAge.female"),
                List.of(),
                RequirementEffect.CONDITION,
                null,
                org.opendvc.core.law.Laws.MARRIAGE_AND_FAMILY_LAW.point(8, 1, "a")))
        .build();
  }
}
