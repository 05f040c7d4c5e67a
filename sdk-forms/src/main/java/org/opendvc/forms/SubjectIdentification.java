package org.opendvc.forms;

/** How the subject of a form comes to be known to the registries. */
public enum SubjectIdentification {
  /** From the login: the applicant's identity comes from VNeID through the portal. */
  LOGIN,
  /** From a field of the form that holds the subject's identifier, typed or prefilled. */
  FIELD,
  /**
   * Not known to any registry yet, such as the child whose birth is being registered: its data is
   * typed, whatever the dictionary says registries hold.
   */
  NONE
}
