package org.opendvc.rules.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.procedure.Requirement;
import org.opendvc.core.procedure.RequirementEffect;
import org.opendvc.core.procedure.RequirementKind;
import org.opendvc.rules.ParameterUse;
import org.opendvc.rules.RulesException;

/** A requirement of the procedure decided on, with its parameters resolved for the date. */
public final class RequirementFact {
  private static final String DATE_OF_BIRTH = "person.dateOfBirth";

  private final Requirement requirement;
  private final Map<String, ParameterUse> parameters;

  public RequirementFact(Requirement requirement, Map<String, ParameterUse> parameters) {
    this.requirement = requirement;
    this.parameters = Map.copyOf(parameters);
  }

  public Requirement getRequirement() {
    return requirement;
  }

  public String getId() {
    return requirement.id();
  }

  public RequirementKind getKind() {
    return requirement.kind();
  }

  public SubjectRole getRole() {
    return requirement.subject();
  }

  public RequirementEffect getEffect() {
    return requirement.effect();
  }

  public List<String> getValues() {
    return requirement.values();
  }

  /** The single value: the document type, or the rule package. */
  public String getValue() {
    return requirement.firstValue().orElse("");
  }

  /** The element read, or the kind's default. */
  public String getElement() {
    String element = requirement.element();
    if (element != null) {
      return element;
    }
    return switch (requirement.kind()) {
      case MARITAL_STATUS -> "person.maritalStatus";
      case RESIDENCE -> "person.permanentResidence";
      default -> DATE_OF_BIRTH;
    };
  }

  /** Whether the minimum age differs by sex. */
  public boolean isBySex() {
    return !parameters.containsKey("any") && parameters.containsKey("male");
  }

  /** Whether a parameter is given in {@code role}. */
  public boolean has(String role) {
    return parameters.containsKey(role);
  }

  /** The parameter in {@code role}. */
  public ParameterUse parameter(String role) {
    ParameterUse use = parameters.get(role);
    if (use == null) {
      throw new RulesException(
          "Requirement " + requirement.id() + " has no parameter '" + role + "'");
    }
    return use;
  }

  /** The parameter for a sex ({@code MALE} or {@code FEMALE}). */
  public ParameterUse forSex(String sex) {
    return parameter("MALE".equals(sex) ? "male" : "female");
  }

  /** The whole-number value of a parameter. */
  public int number(String role) {
    return parameter(role).value().intValue();
  }

  @Override
  public String toString() {
    return "RequirementFact[" + requirement.id() + "]";
  }

  /** Only for rules that must know whether an optional element was named. */
  public @Nullable String getDeclaredElement() {
    return requirement.element();
  }
}
