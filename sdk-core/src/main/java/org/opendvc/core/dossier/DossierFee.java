package org.opendvc.core.dossier;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.procedure.FeeKind;

/**
 * A fee or charge (phí, lệ phí) a dossier owes ({@code DanhSachLePhi[]}).
 *
 * @param code the published fee code ({@code MAPHILEPHI}), when known
 * @param name what it is for
 * @param kind fee or charge, when known
 * @param amount the amount in Vietnamese đồng, not negative; zero for an exemption
 */
public record DossierFee(
    @Nullable String code, String name, @Nullable FeeKind kind, BigDecimal amount) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the name is blank or the amount negative
   */
  public DossierFee {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(amount, "amount");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a fee's name must not be blank");
    }
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("a fee cannot be negative: " + amount);
    }
  }
}
