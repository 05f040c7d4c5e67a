package org.opendvc.rules.internal;

import org.opendvc.rules.FindingStatus;

/** That a requirement has been decided, for rules that rest on other requirements. */
public final class Evaluated {
  private final String requirementId;
  private final FindingStatus status;

  public Evaluated(String requirementId, FindingStatus status) {
    this.requirementId = requirementId;
    this.status = status;
  }

  public String getRequirementId() {
    return requirementId;
  }

  public FindingStatus getStatus() {
    return status;
  }
}
