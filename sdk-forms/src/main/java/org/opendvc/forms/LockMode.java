package org.opendvc.forms;

/** Whether a field may be locked when it is prefilled from a registry. */
public enum LockMode {
  /** The lock policy decides: a non-blank value the registry vouches for is locked. */
  POLICY,
  /** Never locked: the person may always change the prefilled value. */
  NEVER
}
