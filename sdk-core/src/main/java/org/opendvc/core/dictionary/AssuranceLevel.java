package org.opendvc.core.dictionary;

/** How far a registry's value of a data element can be relied on. */
public enum AssuranceLevel {
  /**
   * The registry holds the master data (dữ liệu chủ) for the element. Decree 47/2024/NĐ-CP gives
   * master data of a national database the value of the paper document it replaces, so a prefilled
   * value at this level can be locked.
   */
  AUTHORITATIVE,
  /** The registry holds a copy or a declaration; the citizen should be able to correct it. */
  INFORMATIVE
}
