package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Who owns a dossier ({@code LoaiDoiTuong}); codes from the Thanh Hóa sync service. */
public enum ApplicantType {
  /** 1 — a citizen (công dân). */
  CITIZEN("1"),
  /** 2 — a business (doanh nghiệp). */
  BUSINESS("2"),
  /** 3 — a state agency (cơ quan nhà nước). */
  STATE_AGENCY("3"),
  /** 4 — another organisation (tổ chức/khác). */
  ORGANISATION("4");

  private final String code;

  ApplicantType(String code) {
    this.code = code;
  }

  /** The wire code. */
  @JsonValue
  public String code() {
    return code;
  }

  /**
   * The type with a wire code.
   *
   * @throws IllegalArgumentException if the code is not 1 to 4
   */
  @JsonCreator
  public static ApplicantType fromCode(String code) {
    for (ApplicantType type : values()) {
      if (type.code.equals(code.strip())) {
        return type;
      }
    }
    throw new IllegalArgumentException("LoaiDoiTuong must be 1 to 4, was " + code);
  }
}
