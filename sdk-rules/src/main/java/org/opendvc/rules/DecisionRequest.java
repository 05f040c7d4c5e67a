package org.opendvc.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.registry.RegistryAnswer;

/**
 * What an eligibility decision is made on: the procedure, the date the law is applied at, the facts
 * declared about the subjects, what the registries hold about them, the components submitted, and
 * whether the applicant agreed to the use of what the state holds.
 *
 * @param procedure the procedure, with its requirements
 * @param decisionDate the date the law is applied at, such as the filing date; never the clock
 * @param facts values declared by the applicant or collected by a form
 * @param registryAnswers what the registries answered about the subjects
 * @param components the dossier components and how each was provided
 * @param consent whether registry values may be used
 */
public record DecisionRequest(
    Procedure procedure,
    LocalDate decisionDate,
    List<Fact> facts,
    List<RegistryAnswer> registryAnswers,
    List<DossierComponent> components,
    Consent consent) {

  /** Checks the parts and copies the lists. */
  public DecisionRequest {
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(decisionDate, "decisionDate");
    Objects.requireNonNull(consent, "consent");
    facts = List.copyOf(facts);
    registryAnswers = List.copyOf(registryAnswers);
    components = List.copyOf(components);
  }

  /** Starts a request for {@code procedure} as of {@code decisionDate}, without consent. */
  public static Builder builder(Procedure procedure, LocalDate decisionDate) {
    return new Builder(procedure, decisionDate);
  }

  /** Builds a {@link DecisionRequest}. Not thread-safe. */
  public static final class Builder {
    private final Procedure procedure;
    private final LocalDate decisionDate;
    private final List<Fact> facts = new ArrayList<>();
    private final List<RegistryAnswer> answers = new ArrayList<>();
    private final List<DossierComponent> components = new ArrayList<>();
    private Consent consent = Consent.NOT_GIVEN;

    private Builder(Procedure procedure, LocalDate decisionDate) {
      this.procedure = Objects.requireNonNull(procedure, "procedure");
      this.decisionDate = Objects.requireNonNull(decisionDate, "decisionDate");
    }

    /** Adds a declared fact. */
    public Builder fact(SubjectRole role, String element, DataValue value) {
      facts.add(new Fact(role, element, value));
      return this;
    }

    /** Adds declared facts. */
    public Builder facts(List<Fact> values) {
      facts.addAll(values);
      return this;
    }

    /** Adds a registry answer. */
    public Builder registryAnswer(RegistryAnswer answer) {
      answers.add(Objects.requireNonNull(answer, "answer"));
      return this;
    }

    /** Adds registry answers. */
    public Builder registryAnswers(List<RegistryAnswer> values) {
      answers.addAll(values);
      return this;
    }

    /** Adds a dossier component. */
    public Builder component(DossierComponent component) {
      components.add(Objects.requireNonNull(component, "component"));
      return this;
    }

    /** Adds dossier components. */
    public Builder components(List<DossierComponent> values) {
      components.addAll(values);
      return this;
    }

    /** Sets the applicant's consent; {@link Consent#NOT_GIVEN} by default. */
    public Builder consent(Consent value) {
      consent = Objects.requireNonNull(value, "consent");
      return this;
    }

    /** Builds the request. */
    public DecisionRequest build() {
      return new DecisionRequest(procedure, decisionDate, facts, answers, components, consent);
    }
  }
}
