package org.opendvc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.opendvc.core.catalog.ProcedureLoader;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.rules.Decision;
import org.opendvc.rules.DecisionRequest;
import org.opendvc.rules.Outcome;
import org.opendvc.rules.RulesEngine;

/**
 * Runs after {@code package} (failsafe), so sdk-rules is on the class path as its packaged jar, not
 * as the IDE's class folders: the rule bases must load from the jar's pre-built executable model.
 */
class PackagedRulesJarIT {
  @Test
  void rulesEngine_loadsThePrebuiltRuleBasesFromThePackagedJar() throws Exception {
    Path jar =
        Path.of(RulesEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertThat(jar.toString()).endsWith(".jar");
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getEntry("META-INF/kmodule.xml")).isNotNull();
      assertThat(file.stream().map(e -> e.getName()))
          .anyMatch(n -> n.startsWith("META-INF/kie/") && n.endsWith("/drools-model"))
          .anyMatch(n -> n.startsWith("org/opendvc/rules/internal/eligibility/Rules"));
    }

    Procedure marriage =
        ProcedureLoader.standard()
            .load(Path.of("catalog/1.000894-dang-ky-ket-hon.json"))
            .toValidated()
            .orElseThrow();
    try (RulesEngine engine = RulesEngine.create()) {
      Decision d =
          engine.decide(
              DecisionRequest.builder(marriage, LocalDate.of(2025, 9, 1))
                  .fact(SubjectRole.SPOUSE, "person.sex", DataValue.code("FEMALE"))
                  .fact(
                      SubjectRole.SPOUSE,
                      "person.dateOfBirth",
                      DataValue.date(LocalDate.of(2008, 3, 1)))
                  .build());

      assertThat(d.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
      assertThat(d.rulesFired()).contains("ELIG-MIN-AGE-NOT-MET");
      assertThat(engine.rules())
          .extracting(r -> r.ruleBase())
          .contains("eligibility", "once-only", "readiness");
    }
  }
}
