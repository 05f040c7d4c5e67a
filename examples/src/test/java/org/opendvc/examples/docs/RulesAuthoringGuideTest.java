package org.opendvc.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.Requirement;
import org.opendvc.core.procedure.RequirementEffect;
import org.opendvc.core.procedure.RequirementKind;
import org.opendvc.rules.RulesEngine;

/** Runs the samples of the rules authoring guide on the example fixtures. */
class RulesAuthoringGuideTest extends WithRulesEngine {

  @Test
  void valueOn_givesTheValueInForceWithItsLaw() {
    var use = RulesAuthoringGuide.valueOn("marriage.minimumAge.female", LocalDate.of(2025, 9, 1));

    assertThat(use).hasValueSatisfying(u -> assertThat(u.value()).isEqualByComparingTo("18"));
    assertThat(use.orElseThrow().legalReference().number()).isEqualTo("52/2014/QH13");
    assertThat(RulesAuthoringGuide.valueOn("marriage.minimumAge.female", LocalDate.of(2014, 1, 1)))
        .isEmpty();
  }

  @Test
  void engineWithMinistryParameters_resolvesTheMinistrysParameter(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("ministry-parameters.json");
    Files.writeString(
        file,
        "{\"parameters\": [{\"id\": \"example.minimumAge\", \"unit\": \"YEARS\", \"values\":"
            + " {\"2025-01-01\": {\"value\": 16, \"legalReference\": {\"number\": \"1/2025/TT-XX\","
            + " \"title\": {\"vi\": \"Thông tư ví dụ\"}}}}}]}");

    try (RulesEngine withMinistry = RulesAuthoringGuide.engineWithMinistryParameters(file)) {
      assertThat(withMinistry.parameters().resolve("example.minimumAge", LocalDate.of(2025, 2, 1)))
          .hasValueSatisfying(u -> assertThat(u.value()).isEqualTo(BigDecimal.valueOf(16)));
      assertThat(withMinistry.parameters().contains("marriage.minimumAge.male")).isTrue();
    }
  }

  @Test
  void checkDefinition_reportsAParameterNobodyDefined() {
    Procedure marriage =
        MinistryDevelopersGuide.loadProcedure(Path.of("catalog", "1.000894-dang-ky-ket-hon.json"));
    Procedure withTypo =
        marriage.toBuilder()
            .requirements(
                List.of(
                    new Requirement(
                        "spouse-minimum-age",
                        RequirementKind.MINIMUM_AGE,
                        SubjectRole.SPOUSE,
                        null,
                        Map.of("any", "marriage.minimumAge.typo"),
                        List.of(),
                        RequirementEffect.CONDITION,
                        null,
                        null)))
            .build();

    assertThat(RulesAuthoringGuide.checkDefinition(rules, withTypo))
        .anyMatch(p -> p.startsWith("RULES_PARAMETER_UNKNOWN /requirements/0/parameters/any"));
  }

  @Test
  void ruleTable_listsEveryRuleWithItsMetadata() {
    assertThat(RulesAuthoringGuide.ruleTable(rules))
        .hasSameSizeAs(rules.rules())
        .anyMatch(
            line ->
                line.startsWith(
                    "eligibility | RET-135-REACHED | retirement-age | retirement.reached"));
  }

  @Test
  void runScenarios_makesEveryRetirementAgeRuleFire() {
    assertThat(
            RulesAuthoringGuide.runScenarios(
                rules, Path.of("scenarios", "fixtures", "retirement-age.yaml")))
        .isEmpty();
  }
}
