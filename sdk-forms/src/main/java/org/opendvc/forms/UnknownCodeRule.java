package org.opendvc.forms;

/**
 * What to do with a code a code list does not know, whether a person submitted it or a registry
 * returned it. Registries and forms update their code tables at different times (the ethnic group
 * codes of 1979 and of 2008 number the groups differently), so every list says how it copes.
 */
public enum UnknownCodeRule {
  /** The code is an error in a submission, and a registry value with it is not prefilled. */
  REJECT,
  /** The code is kept, with a warning that the list may be out of date. */
  KEEP,
  /** The code is replaced by the list's {@code otherCode}, with a warning. */
  MAP_TO_OTHER
}
