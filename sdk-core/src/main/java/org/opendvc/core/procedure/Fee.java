package org.opendvc.core.procedure;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;

/**
 * A fee or charge (phí, lệ phí) payable for a procedure through one channel.
 *
 * <p>The amount may be missing in published data; validation reports that as an error, because a
 * citizen cannot pay an unknown amount online.
 *
 * @param code the published fee code ({@code MAPHILEPHI}), or {@code null}
 * @param kind fee or charge, when known
 * @param amount the amount in Vietnamese đồng; zero for an exemption; {@code null} when unknown
 * @param description what the amount is for and who is exempt
 * @param documentUrl the legal document that sets it, when published
 */
public record Fee(
    @Nullable String code,
    @Nullable FeeKind kind,
    @Nullable BigDecimal amount,
    @Nullable LocalizedText description,
    @Nullable String documentUrl) {

  /** Whether the amount is known. */
  public boolean hasAmount() {
    return amount != null;
  }
}
