package org.opendvc.core.id;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;

/**
 * A tax code (mã số thuế, MST) in one of its three forms: 10 digits for an enterprise or
 * organisation, 13 digits written {@code NNNNNNNNNN-NNN} for a dependent unit such as a branch, and
 * from 1 July 2025 the 12-digit personal identification number of an individual or household
 * business.
 *
 * <p>The tenth digit of the 10- and 13-digit forms is a check digit over the first nine: {@code N10
 * = 10 − (Σ Ni·Wi mod 11)} with weights {@code W = 31, 29, 23, 19, 17, 13, 7, 5, 3}. The formula is
 * <b>secondary</b>: Circular 105/2020/TT-BTC is cited for it by several independent validators
 * (python-stdnum {@code stdnum.vn.mst}, the npm packages {@code stdnum} and {@code vn-ident}) which
 * agree on it and on the worked example {@code 0100109106}; the circular's text was not retrieved.
 * Implementations differ when the weighted sum is divisible by 11, where the formula gives 10,
 * which is not a digit: OpenDVC, like python-stdnum, accepts no check digit then and reports {@code
 * ID_TAX_CODE_NO_CHECK_DIGIT}, since no code can have been issued with such a prefix. A remainder
 * of 1 gives the check digit 9 like any other. Because every weight is prime to 11, the check digit
 * catches every change of a single digit among the first ten; it does not cover the three digits of
 * a dependent unit, nor the 12-digit form, which has no check digit.
 *
 * <p>The 12-digit form rests on Circular 86/2024/TT-BTC, effective for this purpose from 1 July
 * 2025 <b>(secondary)</b>; it is validated as a {@link PersonalIdNumber}, and is personal data:
 * {@link #toString()} and diagnostics show it masked. Individuals were given 10-digit codes before
 * that date; nothing in such a code tells it from an enterprise's, so callers that know a 10-digit
 * code belongs to a person should treat it as personal data themselves.
 *
 * @param value the code: 10 digits, {@code NNNNNNNNNN-NNN}, or 12 digits
 */
public record TaxCode(String value) implements Identifier {
  /** The day from which a personal identification number serves as a tax code. */
  public static final LocalDate PERSONAL_FROM = LocalDate.of(2025, 7, 1);

  /** Weights of the first nine digits in the check digit (secondary: see the class comment). */
  private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

  /** The forms a tax code takes. */
  public enum Form {
    /** 10 digits: an enterprise or organisation (and, before 1 July 2025, an individual). */
    ENTERPRISE_10,
    /**
     * 13 digits written {@code NNNNNNNNNN-NNN}: a dependent unit (branch, representative office).
     */
    BRANCH_13,
    /** 12 digits: an individual's personal identification number, from 1 July 2025. */
    PERSONAL_12
  }

  /**
   * Creates a code in its normalised form. The 12-digit form is not checked against a date here;
   * {@link #parse(String, Clock)} does that.
   *
   * @throws IllegalArgumentException if {@code value} is not a valid tax code in normalised form;
   *     the message shows it masked
   */
  public TaxCode {
    Objects.requireNonNull(value, "value");
    boolean valid =
        switch (value.length()) {
          case 10 -> IdText.isDigits(value, 10) && hasValidCheckDigit(value);
          case 14 -> isBranchShape(value) && hasValidCheckDigit(value) && !value.endsWith("-000");
          case PersonalIdNumber.LENGTH -> PersonalIdNumber.isWellFormed(value);
          default -> false;
        };
    if (!valid) {
      throw new IllegalArgumentException(
          "A tax code is 10 digits with a valid check digit, NNNNNNNNNN-NNN, or a 12-digit"
              + " personal identification number; got '"
              + IdText.mask(value)
              + "'");
    }
  }

  /**
   * Parses a code as of today in the system clock's time zone. A convenience for interactive use:
   * code that must give the same answer tomorrow calls {@link #parse(String, Clock)}.
   */
  public static Validated<TaxCode> parse(String text) {
    return parse(text, Clock.systemDefaultZone());
  }

  /**
   * Parses a code, ignoring spaces and accepting the 13-digit form with or without its dash, and
   * reports every problem: {@code ID_TAX_CODE_MALFORMED}, {@code ID_TAX_CODE_CHECK_DIGIT}, {@code
   * ID_TAX_CODE_NO_CHECK_DIGIT}, {@code ID_TAX_CODE_BRANCH_ZERO}, and for the 12-digit form the
   * problems of a {@link PersonalIdNumber} and {@code ID_TAX_CODE_PERSONAL_NOT_IN_FORCE} before 1
   * July 2025.
   *
   * @param text the code as typed
   * @param clock gives the reference date for the 12-digit form
   */
  public static Validated<TaxCode> parse(String text, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    String code = IdText.withoutWhitespace(text);
    if (IdText.isDigits(code, 13)) {
      code = code.substring(0, 10) + "-" + code.substring(10);
    }
    if (IdText.isDigits(code, PersonalIdNumber.LENGTH)) {
      return parsePersonal(code, clock);
    }
    if (!IdText.isDigits(code, 10) && !isBranchShape(code)) {
      return Validated.invalid(IdDiagnostics.TAX_CODE_MALFORMED.at("", IdText.mask(code)));
    }
    boolean branchZero = code.endsWith("-000");
    if (hasValidCheckDigit(code) && !branchZero) {
      return Validated.valid(new TaxCode(code));
    }
    List<Diagnostic> errors = new ArrayList<>(2);
    checkDigitProblem(code).ifPresent(errors::add);
    if (branchZero) {
      errors.add(IdDiagnostics.TAX_CODE_BRANCH_ZERO.at("", code));
    }
    return Validated.invalid(errors);
  }

  /**
   * Returns the code for a text known to be valid, such as a constant, checked against the system
   * clock.
   *
   * @throws org.opendvc.core.diagnostic.ValidationException if it is not valid
   */
  public static TaxCode of(String text) {
    return parse(text).orElseThrow();
  }

  /**
   * The check digit that completes nine digits into a 10-digit tax code, or nothing when the
   * weighted sum of the nine is divisible by 11 and no digit can complete them.
   *
   * @throws IllegalArgumentException if {@code firstNine} is not nine digits
   */
  public static OptionalInt checkDigit(String firstNine) {
    if (!IdText.isDigits(firstNine, 9)) {
      throw new IllegalArgumentException("firstNine must be nine digits");
    }
    int expected = expectedCheckDigit(firstNine);
    return expected < 0 ? OptionalInt.empty() : OptionalInt.of(expected);
  }

  /** Which form this code takes. */
  public Form form() {
    return switch (value.length()) {
      case 10 -> Form.ENTERPRISE_10;
      case 14 -> Form.BRANCH_13;
      default -> Form.PERSONAL_12;
    };
  }

  /** For a dependent unit, the 10-digit code of the enterprise it belongs to. */
  public Optional<TaxCode> headOffice() {
    return form() == Form.BRANCH_13
        ? Optional.of(new TaxCode(value.substring(0, 10)))
        : Optional.empty();
  }

  /** For a dependent unit, its three-digit number, {@code 001} to {@code 999}. */
  public Optional<String> branchNumber() {
    return form() == Form.BRANCH_13 ? Optional.of(value.substring(11)) : Optional.empty();
  }

  /** For the 12-digit form, the personal identification number it is. */
  public Optional<PersonalIdNumber> personalId() {
    return form() == Form.PERSONAL_12 ? Optional.of(new PersonalIdNumber(value)) : Optional.empty();
  }

  /** Whether this is the 12-digit form, which is personal data. */
  @Override
  public boolean isPersonal() {
    return form() == Form.PERSONAL_12;
  }

  @Override
  public String masked() {
    return isPersonal() ? IdText.mask(value) : value;
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.TAX_CODE;
  }

  /** The code, masked for the 12-digit form. */
  @Override
  public String toString() {
    return masked();
  }

  /**
   * What is wrong with the check digit of a code whose first ten characters are digits, if
   * anything. The code is shown in clear: only the 12-digit form is personal.
   */
  static Optional<Diagnostic> checkDigitProblem(String code) {
    int expected = expectedCheckDigit(code);
    if (expected < 0) {
      return Optional.of(IdDiagnostics.TAX_CODE_NO_CHECK_DIGIT.at("", code));
    }
    int actual = IdText.digit(code, 9);
    if (actual != expected) {
      return Optional.of(IdDiagnostics.TAX_CODE_CHECK_DIGIT.at("", code, actual, expected));
    }
    return Optional.empty();
  }

  /** Whether the tenth digit of a code whose first ten characters are digits is its check digit. */
  static boolean hasValidCheckDigit(String code) {
    return expectedCheckDigit(code) == IdText.digit(code, 9);
  }

  /** The check digit of the first nine digits, or -1 when there can be none. */
  private static int expectedCheckDigit(CharSequence digits) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += IdText.digit(digits, i) * WEIGHTS[i];
    }
    int remainder = sum % 11;
    return remainder == 0 ? -1 : 10 - remainder;
  }

  /** Whether {@code code} is ten digits, a dash and three digits. */
  static boolean isBranchShape(String code) {
    return code.length() == 14
        && code.charAt(10) == '-'
        && IdText.isDigits(code, 0, 10)
        && IdText.isDigits(code, 11, 14);
  }

  private static Validated<TaxCode> parsePersonal(String digits, Clock clock) {
    Validated<PersonalIdNumber> person = PersonalIdNumber.parse(digits, clock);
    LocalDate today = LocalDate.now(clock);
    if (today.isBefore(PERSONAL_FROM)) {
      return Validated.invalid(
          person
              .withMore(
                  List.of(
                      IdDiagnostics.TAX_CODE_PERSONAL_NOT_IN_FORCE.at(
                          "", IdText.mask(digits), today)))
              .diagnostics());
    }
    return person.isValid()
        ? Validated.valid(new TaxCode(digits))
        : Validated.invalid(person.diagnostics());
  }
}
