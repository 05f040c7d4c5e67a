package org.opendvc.core.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A payment made towards a dossier's fees.
 *
 * @param method how it was paid
 * @param amount the amount in Vietnamese đồng, more than zero
 * @param paidAt when it was paid
 * @param reference the payment platform's reference ({@code MaThamChieu}), when there is one
 */
public record Payment(
    PaymentMethod method, BigDecimal amount, Instant paidAt, @Nullable String reference) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the amount is not positive
   */
  public Payment {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(paidAt, "paidAt");
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("a payment must be more than zero: " + amount);
    }
  }
}
