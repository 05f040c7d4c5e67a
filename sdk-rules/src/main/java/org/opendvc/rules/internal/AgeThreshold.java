package org.opendvc.rules.internal;

import org.opendvc.rules.ParameterUse;

/** The minimum age a requirement asks of its subject, chosen by sex when the law differs. */
public final class AgeThreshold {
  private final RequirementFact requirement;
  private final ParameterUse parameter;

  public AgeThreshold(RequirementFact requirement, ParameterUse parameter) {
    this.requirement = requirement;
    this.parameter = parameter;
  }

  public RequirementFact getRequirement() {
    return requirement;
  }

  public ParameterUse getParameter() {
    return parameter;
  }

  public int getYears() {
    return parameter.value().intValue();
  }
}
