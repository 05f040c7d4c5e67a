package org.opendvc.core.place;

/**
 * How much of an earlier commune went into a current one, as the conversion tables published with
 * Decision 19/2025/QĐ-TTg say it.
 */
public enum LegacyShare {
  /** All of it (nhập toàn bộ). */
  WHOLE,
  /** Part of it (nhập một phần); the rest went into one or more other communes. */
  PART
}
