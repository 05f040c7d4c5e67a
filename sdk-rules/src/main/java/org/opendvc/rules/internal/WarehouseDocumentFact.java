package org.opendvc.rules.internal;

import org.opendvc.core.data.SubjectRole;

/** That the e-document warehouse holds an earlier result for the subject in a role. */
public final class WarehouseDocumentFact {
  private final SubjectRole role;
  private final String resultCode;

  public WarehouseDocumentFact(SubjectRole role, String resultCode) {
    this.role = role;
    this.resultCode = resultCode;
  }

  public SubjectRole getRole() {
    return role;
  }

  public String getResultCode() {
    return resultCode;
  }
}
