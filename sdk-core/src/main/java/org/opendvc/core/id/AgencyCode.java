package org.opendvc.core.id;

import java.util.Locale;
import java.util.Objects;
import org.opendvc.core.diagnostic.Validated;

/**
 * An agency's electronic identification code (mã định danh điện tử của cơ quan, {@code
 * MaDinhDanh}), the code that opens its dossier codes and follows a procedure code in provincial
 * systems.
 *
 * <p>Two shapes are accepted, both seen in systems that sync with DVCQG:
 *
 * <ul>
 *   <li>{@link Form#STANDARD} {@code NNN.NN.NN.XNN}, such as {@code 000.00.00.H56} (Thanh Hóa) and
 *       {@code 000.00.01.H22}: the shape {@code V1V2V3.Z1Z2.Y1Y2.MX1X2} that Circular
 *       01/2018/TT-VPCP Art. 19 quotes from Circular 10/2016/TT-BTTTT for the first block of a
 *       dossier code;
 *   <li>{@link Form#SHORT} {@code XNN.NN}, such as {@code H56.14}, used by Thanh Hóa's one-stop
 *       system as a unit identifier.
 * </ul>
 *
 * <p><b>(secondary)</b>: the decision that assigns these codes (believed to be Decision
 * 20/2020/QĐ-TTg) was not retrieved. <b>(inferred)</b> from the examples: the letter and two digits
 * ({@code H56}) name the ministry or province and the blocks before them its units, zeros where a
 * level is not used. Letters are normalised to upper case.
 *
 * @param value the code in upper case
 */
public record AgencyCode(String value) implements Identifier {
  /** The shapes of an agency code. */
  public enum Form {
    /** {@code NNN.NN.NN.XNN}, such as {@code 000.00.00.H56}. */
    STANDARD,
    /** {@code XNN.NN}, such as {@code H56.14}. */
    SHORT
  }

  /**
   * Creates a code.
   *
   * @throws IllegalArgumentException if {@code value} has neither shape (in upper case)
   */
  public AgencyCode {
    Objects.requireNonNull(value, "value");
    if (!isStandard(value) && !isShort(value)) {
      throw new IllegalArgumentException(
          "An agency code has the form NNN.NN.NN.XNN, such as 000.00.00.H56, or XNN.NN, such as"
              + " H56.14; got '"
              + value
              + "'");
    }
  }

  /**
   * Parses a code, ignoring spaces and the case of its letter; reports {@code
   * ID_AGENCY_CODE_MALFORMED}.
   */
  public static Validated<AgencyCode> parse(String text) {
    String code = IdText.withoutWhitespace(text).toUpperCase(Locale.ROOT);
    if (!isStandard(code) && !isShort(code)) {
      return Validated.invalid(IdDiagnostics.AGENCY_CODE_MALFORMED.at("", code));
    }
    return Validated.valid(new AgencyCode(code));
  }

  /**
   * Returns the code for a text known to be valid, such as a constant.
   *
   * @throws org.opendvc.core.diagnostic.ValidationException if it is not valid
   */
  public static AgencyCode of(String text) {
    return parse(text).orElseThrow();
  }

  /** Which shape this code has. */
  public Form form() {
    return isShort(value) ? Form.SHORT : Form.STANDARD;
  }

  /**
   * The letter and two digits that name the ministry or province, such as {@code H56} (inferred
   * from the examples: see the class comment).
   */
  public String topLevelCode() {
    return form() == Form.SHORT ? value.substring(0, 3) : value.substring(10);
  }

  @Override
  public String masked() {
    return value;
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.AGENCY;
  }

  @Override
  public String toString() {
    return value;
  }

  /** {@code NNN.NN.NN.XNN}. */
  private static boolean isStandard(String code) {
    return code.length() == 13
        && IdText.isDigits(code, 0, 3)
        && code.charAt(3) == '.'
        && IdText.isDigits(code, 4, 6)
        && code.charAt(6) == '.'
        && IdText.isDigits(code, 7, 9)
        && code.charAt(9) == '.'
        && isUpperLetter(code.charAt(10))
        && IdText.isDigits(code, 11, 13);
  }

  /** {@code XNN.NN}. */
  private static boolean isShort(String code) {
    return code.length() == 6
        && isUpperLetter(code.charAt(0))
        && IdText.isDigits(code, 1, 3)
        && code.charAt(3) == '.'
        && IdText.isDigits(code, 4, 6);
  }

  private static boolean isUpperLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
