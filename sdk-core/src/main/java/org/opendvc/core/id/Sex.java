package org.opendvc.core.id;

/** Sex (giới tính) as a personal identification number records it. */
public enum Sex {
  /** Male (nam). */
  MALE,
  /** Female (nữ). */
  FEMALE
}
