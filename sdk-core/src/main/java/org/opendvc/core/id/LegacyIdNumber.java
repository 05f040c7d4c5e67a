package org.opendvc.core.id;

import java.util.Objects;
import org.opendvc.core.diagnostic.Validated;

/**
 * The 9-digit number of a legacy identity card (chứng minh nhân dân, CMND), still found in older
 * records and accepted where the personal identification number is not yet known.
 *
 * <p>Only the shape is checked: the official structure of the 9 digits was not found, and working
 * integrations tell the two kinds apart by length alone (DVCQG's {@code LoaiDinhDanh} is {@code
 * "2"} for 9 digits, {@code "1"} for 12). Personal data: {@link #toString()} and every diagnostic
 * show only {@link #masked()}.
 *
 * @param value the 9 digits
 */
public record LegacyIdNumber(String value) implements Identifier {
  /** The number of digits. */
  public static final int LENGTH = 9;

  /**
   * Creates a number.
   *
   * @throws IllegalArgumentException if {@code value} is not 9 digits; the message shows it masked
   */
  public LegacyIdNumber {
    Objects.requireNonNull(value, "value");
    if (!IdText.isDigits(value, LENGTH)) {
      throw new IllegalArgumentException(
          "A legacy identity card number is 9 digits; got '" + IdText.mask(value) + "'");
    }
  }

  /** Parses a number, ignoring spaces; reports {@code ID_LEGACY_ID_MALFORMED}. */
  public static Validated<LegacyIdNumber> parse(String text) {
    String digits = IdText.withoutWhitespace(text);
    if (!IdText.isDigits(digits, LENGTH)) {
      return Validated.invalid(
          IdDiagnostics.LEGACY_ID_MALFORMED.at("", IdText.mask(digits), digits.length()));
    }
    return Validated.valid(new LegacyIdNumber(digits));
  }

  /**
   * Returns the number for a text known to be valid.
   *
   * @throws org.opendvc.core.diagnostic.ValidationException if it is not valid
   */
  public static LegacyIdNumber of(String text) {
    return parse(text).orElseThrow();
  }

  @Override
  public String masked() {
    return IdText.mask(value);
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.LEGACY_ID;
  }

  /** The masked number: this type never shows the number in clear. */
  @Override
  public String toString() {
    return masked();
  }
}
