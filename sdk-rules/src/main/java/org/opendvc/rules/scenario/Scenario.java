package org.opendvc.rules.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.registry.RegistryAnswer;
import org.opendvc.rules.Consent;
import org.opendvc.rules.DecisionRequest;
import org.opendvc.rules.DossierComponent;
import org.opendvc.rules.Fact;

/**
 * One case of a scenario file: the inputs of a decision and what it should give.
 *
 * @param name the case's name, often in both languages
 * @param decisionDate the date the law is applied at
 * @param consent whether registry values may be used
 * @param facts the declared facts
 * @param registryAnswers what the registries hold
 * @param components the components submitted
 * @param expectation what is expected
 */
public record Scenario(
    String name,
    LocalDate decisionDate,
    Consent consent,
    List<Fact> facts,
    List<RegistryAnswer> registryAnswers,
    List<DossierComponent> components,
    Expectation expectation) {

  /** Checks the parts and copies the lists. */
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(decisionDate, "decisionDate");
    Objects.requireNonNull(consent, "consent");
    Objects.requireNonNull(expectation, "expectation");
    facts = List.copyOf(facts);
    registryAnswers = List.copyOf(registryAnswers);
    components = List.copyOf(components);
  }

  /** The decision request of this case for {@code procedure}. */
  public DecisionRequest request(Procedure procedure) {
    return DecisionRequest.builder(procedure, decisionDate)
        .facts(facts)
        .registryAnswers(registryAnswers)
        .components(components)
        .consent(consent)
        .build();
  }
}
