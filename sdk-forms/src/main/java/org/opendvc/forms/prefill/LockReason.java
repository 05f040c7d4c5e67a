package org.opendvc.forms.prefill;

/** Why a prefilled value is locked or editable. */
public enum LockReason {
  /** Locked: the registry holds the master data and vouches for a non-blank value. */
  REGISTRY_VOUCHES,
  /** Editable: the registry gave a blank value (always editable, whatever the policy). */
  BLANK_VALUE,
  /** Editable: the registry holds a copy or a declaration, not the master data. */
  INFORMATIVE_SOURCE,
  /** Editable: the lock policy keeps this element editable (it may lag behind reality). */
  POLICY_EDITABLE,
  /** Editable: the form says this field is never locked. */
  FIELD_NEVER_LOCKED,
  /** Editable: the registry's code is not in the form's code list, so the value is uncertain. */
  CODE_NOT_IN_LIST
}
