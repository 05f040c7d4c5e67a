package org.opendvc.core.id;

import java.util.Objects;
import org.opendvc.core.diagnostic.Validated;

/**
 * An enterprise code (mã số doanh nghiệp): the 10-digit tax code an enterprise receives when it
 * registers, used as its identifier in every procedure. Being a tax code, it has the tax code's
 * check digit (see {@link TaxCode}); its problems are reported with the tax code's diagnostics.
 *
 * <p>That the enterprise code is the 10-digit tax code is the practice under the Law on Enterprises
 * 2020; the article text was not retrieved.
 *
 * @param value the 10 digits
 */
public record EnterpriseCode(String value) implements Identifier {
  /**
   * Creates a code.
   *
   * @throws IllegalArgumentException if {@code value} is not 10 digits with a valid check digit
   */
  public EnterpriseCode {
    Objects.requireNonNull(value, "value");
    if (!IdText.isDigits(value, 10) || !TaxCode.hasValidCheckDigit(value)) {
      throw new IllegalArgumentException(
          "An enterprise code is 10 digits with a valid check digit; got '" + value + "'");
    }
  }

  /**
   * Parses a code, ignoring spaces; reports {@code ID_ENTERPRISE_CODE_MALFORMED}, {@code
   * ID_TAX_CODE_CHECK_DIGIT} or {@code ID_TAX_CODE_NO_CHECK_DIGIT}.
   */
  public static Validated<EnterpriseCode> parse(String text) {
    String digits = IdText.withoutWhitespace(text);
    if (!IdText.isDigits(digits, 10)) {
      return Validated.invalid(IdDiagnostics.ENTERPRISE_CODE_MALFORMED.at("", digits));
    }
    if (TaxCode.hasValidCheckDigit(digits)) {
      return Validated.valid(new EnterpriseCode(digits));
    }
    return Validated.invalid(TaxCode.checkDigitProblem(digits).orElseThrow());
  }

  /**
   * Returns the code for a text known to be valid.
   *
   * @throws org.opendvc.core.diagnostic.ValidationException if it is not valid
   */
  public static EnterpriseCode of(String text) {
    return parse(text).orElseThrow();
  }

  /** The same number as a tax code. */
  public TaxCode taxCode() {
    return new TaxCode(value);
  }

  @Override
  public String masked() {
    return value;
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.ENTERPRISE_CODE;
  }

  @Override
  public String toString() {
    return value;
  }
}
