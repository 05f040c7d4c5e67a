package org.opendvc.core.registry;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An earlier electronic result held for a subject in the e-document warehouse, such as a birth
 * certificate: a later procedure fetches it instead of asking for a copy.
 *
 * @param resultCode the result code ({@code MAKETQUA}) it was issued under
 * @param name the document's name
 * @param reference the warehouse's reference to fetch it ({@code SoKyHieu} or a link)
 * @param issuer the issuing agency ({@code CoQuanChuQuan}), if given
 * @param issuedAt when it was issued, if given
 */
public record HeldDocument(
    String resultCode,
    String name,
    String reference,
    @Nullable String issuer,
    @Nullable Instant issuedAt) {

  /** Checks the parts are present. */
  public HeldDocument {
    Objects.requireNonNull(resultCode, "resultCode");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reference, "reference");
  }

  @Override
  public String toString() {
    return "HeldDocument[" + resultCode + ", ***]";
  }
}
