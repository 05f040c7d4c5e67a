package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.opendvc.core.internal.text.VietnameseText;

/** A satisfaction rating's value ({@code DanhGia}), as the Thanh Hóa system's ratings spell it. */
public enum Satisfaction {
  /** RẤT HÀI LÒNG. */
  VERY_SATISFIED("RẤT HÀI LÒNG"),
  /** HÀI LÒNG. */
  SATISFIED("HÀI LÒNG"),
  /** KHÔNG HÀI LÒNG. */
  NOT_SATISFIED("KHÔNG HÀI LÒNG");

  private final String label;

  Satisfaction(String label) {
    this.label = label;
  }

  /** The wire value. */
  @JsonValue
  public String label() {
    return label;
  }

  /**
   * The value for a wire label, tolerant of case and missing diacritics.
   *
   * @throws IllegalArgumentException for any other label
   */
  @JsonCreator
  public static Satisfaction fromLabel(String label) {
    String folded = VietnameseText.fold(label);
    for (Satisfaction s : values()) {
      if (VietnameseText.fold(s.label).equals(folded)) {
        return s;
      }
    }
    throw new IllegalArgumentException("Unknown rating " + label);
  }
}
