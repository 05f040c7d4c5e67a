package org.opendvc.rules.internal;

import org.opendvc.core.data.SubjectRole;

/** That a subject holds a document of a type: submitted, or held by a registry. */
public final class HeldDocumentFact {
  private final SubjectRole role;
  private final String documentType;
  private final String source;

  public HeldDocumentFact(SubjectRole role, String documentType, String source) {
    this.role = role;
    this.documentType = documentType;
    this.source = source;
  }

  public SubjectRole getRole() {
    return role;
  }

  public String getDocumentType() {
    return documentType;
  }

  public String getSource() {
    return source;
  }
}
