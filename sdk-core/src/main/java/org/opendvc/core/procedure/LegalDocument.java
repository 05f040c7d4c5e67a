package org.opendvc.core.procedure;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;

/**
 * A legal document a procedure rests on (căn cứ pháp lý).
 *
 * @param number the official number, such as {@code 60/2014/QH13}
 * @param title the title
 * @param issuer the issuing body (cơ quan ban hành), such as Quốc hội
 * @param issuedOn the date of issue (ngày ban hành)
 * @param effectiveFrom the date it took effect (ngày hiệu lực)
 * @param url where to read it
 */
public record LegalDocument(
    String number,
    @Nullable LocalizedText title,
    @Nullable String issuer,
    @Nullable LocalDate issuedOn,
    @Nullable LocalDate effectiveFrom,
    @Nullable String url) {

  /** Checks the number is present. */
  public LegalDocument {
    Objects.requireNonNull(number, "number");
  }
}
