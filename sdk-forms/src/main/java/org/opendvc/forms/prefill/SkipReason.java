package org.opendvc.forms.prefill;

/** Why a bound field is not in a prefill plan. */
public enum SkipReason {
  /** The form turns prefill off for it. */
  PREFILL_DISABLED,
  /** It is calculated from other fields. */
  CALCULATED,
  /** It can never be shown. */
  UNREACHABLE,
  /** What is already known hides it. */
  NOT_RELEVANT,
  /** No registry holds its element, or none of those that do can be asked. */
  NO_REGISTRY,
  /** Its subject is not known to registries yet (such as a newborn child). */
  SUBJECT_NOT_REGISTERED,
  /** Its subject's identifier is not known yet. */
  SUBJECT_NOT_IDENTIFIED,
  /** It holds the identifier by which its own subject is found, so the person types it. */
  IDENTIFIES_SUBJECT,
  /** Its data element is not in the dictionary. */
  UNKNOWN_ELEMENT
}
