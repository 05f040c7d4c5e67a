package org.opendvc.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.procedure.Requirement;
import org.opendvc.core.registry.HeldDocument;
import org.opendvc.core.registry.HeldValue;
import org.opendvc.core.registry.RegistryAnswer;
import org.opendvc.rules.Consent;
import org.opendvc.rules.DecisionRequest;
import org.opendvc.rules.DossierComponent;
import org.opendvc.rules.Fact;
import org.opendvc.rules.ParameterUse;
import org.opendvc.rules.RulesException;
import org.opendvc.rules.parameter.ParameterSet;

/** Turns a decision request into the facts of the eligibility rule base. */
public final class EligibilityFacts {
  /** The rule packages sdk-rules ships, by the name requirements give them. */
  public static final Set<String> RULE_PACKAGES =
      Set.of("retirement-age", "identity-card-obligation", "identity-card-renewal");

  private final ParameterSet parameters;
  private final Components components;

  public EligibilityFacts(ParameterSet parameters, Components components) {
    this.parameters = parameters;
    this.components = components;
  }

  /**
   * The requirement facts, with parameters resolved for {@code date}, and the age thresholds that
   * do not depend on sex.
   */
  public List<Object> requirements(List<Requirement> requirements, LocalDate date) {
    List<Object> facts = new ArrayList<>(requirements.size());
    for (Requirement r : requirements) {
      if (r.kind() == org.opendvc.core.procedure.RequirementKind.RULE_PACKAGE
          && !RULE_PACKAGES.contains(r.firstValue().orElse(""))) {
        throw new RulesException(
            "Requirement "
                + r.id()
                + " names rule package '"
                + r.firstValue().orElse("")
                + "', which sdk-rules does not ship; available: "
                + String.join(", ", new java.util.TreeSet<>(RULE_PACKAGES)));
      }
      Map<String, ParameterUse> resolved = new LinkedHashMap<>();
      r.parameters()
          .forEach(
              (role, id) ->
                  resolved.put(
                      role,
                      parameters
                          .resolve(id, date)
                          .orElseThrow(
                              () ->
                                  new RulesException(
                                      "Parameter "
                                          + id
                                          + " of requirement "
                                          + r.id()
                                          + " has no value in force on "
                                          + date
                                          + "; check the parameter files ('dvc validate' reports"
                                          + " it)"))));
      RequirementFact fact = new RequirementFact(r, resolved);
      facts.add(fact);
      if (r.kind() == org.opendvc.core.procedure.RequirementKind.MINIMUM_AGE
          && resolved.containsKey("any")) {
        facts.add(new AgeThreshold(fact, resolved.get("any")));
      }
    }
    return facts;
  }

  /** Every fact of {@code request}, with the per-request sheet first. */
  public List<Object> facts(DecisionRequest request, Sheet sheet) {
    List<Object> facts = new ArrayList<>();
    facts.add(sheet);
    facts.add(new DecisionContext(request.decisionDate()));
    facts.addAll(requirements(request.procedure().requirements(), request.decisionDate()));
    Set<String> seen = new HashSet<>();
    boolean consent = request.consent() == Consent.GIVEN;
    if (consent) {
      // Registry values first: they are authoritative, so they win over what was declared.
      for (RegistryAnswer answer : request.registryAnswers()) {
        if (!answer.subjectFound()) {
          continue;
        }
        for (HeldValue held : answer.values().values()) {
          if (seen.add(answer.subject().role() + "/" + held.element())) {
            facts.add(
                new Datum(
                    answer.subject().role(),
                    held.element(),
                    held.value(),
                    answer.registry().name()));
          }
        }
        for (HeldDocument document : answer.documents()) {
          components
              .typeOf(document.name())
              .ifPresent(
                  type ->
                      facts.add(
                          new HeldDocumentFact(
                              answer.subject().role(),
                              type,
                              Registry.E_DOCUMENT_WAREHOUSE.name())));
        }
      }
    }
    for (Fact fact : request.facts()) {
      if (seen.add(fact.role() + "/" + fact.element())) {
        facts.add(new Datum(fact.role(), fact.element(), fact.value(), "DECLARED"));
      }
    }
    for (DossierComponent c : request.components()) {
      if (c.documentType() != null && c.provision() != DossierComponent.Provision.NOT_PROVIDED) {
        facts.add(new HeldDocumentFact(c.subject(), c.documentType(), c.provision().name()));
      }
    }
    return facts;
  }
}
