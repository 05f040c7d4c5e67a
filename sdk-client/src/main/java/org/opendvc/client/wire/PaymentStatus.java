package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The state of a payment transaction ({@code TrangThai}). */
public enum PaymentStatus {
  /** {@code khoi-tao}: created, not yet paid. */
  CREATED("khoi-tao"),
  /** {@code thanh-cong}: paid. */
  SUCCEEDED("thanh-cong"),
  /** {@code that-bai}: failed. */
  FAILED("that-bai");

  private final String code;

  PaymentStatus(String code) {
    this.code = code;
  }

  /** The wire code. */
  @JsonValue
  public String code() {
    return code;
  }

  /**
   * The status with a wire code.
   *
   * @throws IllegalArgumentException for any other code
   */
  @JsonCreator
  public static PaymentStatus fromCode(String code) {
    for (PaymentStatus s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("Unknown payment status " + code);
  }
}
