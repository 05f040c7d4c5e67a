package org.opendvc.client.wire;

import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.Subject;

/** How wire records show personal members in {@code toString()}. */
final class Masks {
  private Masks() {}

  /** A name, phone, address or free text: only whether it is there. */
  static String hidden(@Nullable Object value) {
    return value == null ? "null" : "***";
  }

  /** An identity number: first 4 and last 2 characters. */
  static String id(@Nullable String value) {
    return value == null ? "null" : Subject.mask(value);
  }
}
