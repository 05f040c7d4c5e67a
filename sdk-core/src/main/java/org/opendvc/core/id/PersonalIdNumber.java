package org.opendvc.core.id;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.place.LegacyProvince;

/**
 * A personal identification number (số định danh cá nhân), the 12 digits printed on the citizen
 * identity card (căn cước, CCCD).
 *
 * <p>Structure (Decree 137/2015/ND-CP Art. 13 and Circular 07/2016/TT-BCA Art. 7, carried forward
 * under the Law on Identification 26/2023/QH15, whose Art. 12 fixes the 12 digits):
 *
 * <table>
 *   <caption>Digits of a personal identification number</caption>
 *   <tr><th>digits</th><th>meaning</th></tr>
 *   <tr><td>1–3</td><td>code of the province where the birth was registered: {@code "0"} and the
 *       two-digit code of one of the 63 {@link LegacyProvince}s (Hà Nội {@code 001}, Thanh Hóa
 *       {@code 038})</td></tr>
 *   <tr><td>4</td><td>century and sex: 0/1 born 1900–1999 male/female, 2/3 2000–2099, 4/5
 *       2100–2199, 6/7 2200–2299, 8/9 2300–2399</td></tr>
 *   <tr><td>5–6</td><td>the last two digits of the year of birth</td></tr>
 *   <tr><td>7–12</td><td>a random number</td></tr>
 * </table>
 *
 * <p>There is no check digit, so a typing error in the last six digits cannot be detected. Only the
 * 63 province codes are accepted: codes for births registered abroad are said to exist but no
 * public list was found, and numbers keep the code of the province as it was at registration, so
 * the codes of the provinces merged in 2025 stay valid. The province codes are those of the
 * national list of administrative units (Circular 59/2021/TT-BCA; the table published by
 * thuvienphapluat.vn, "Tra cứu mã 63 tỉnh thành trên thẻ Căn cước công dân", lists them as {@code
 * 001}–{@code 096}).
 *
 * <p>Personal data: {@link #toString()} and every diagnostic show only {@link #masked()}.
 *
 * @param value the 12 digits
 */
public record PersonalIdNumber(String value) implements Identifier {
  /** The number of digits. */
  public static final int LENGTH = 12;

  /** The legacy provinces by their two-digit code as a number, for a lookup without parsing. */
  private static final @Nullable LegacyProvince[] PROVINCES = new LegacyProvince[100];

  static {
    for (LegacyProvince province : LegacyProvince.values()) {
      PROVINCES[Integer.parseInt(province.code())] = province;
    }
  }

  /**
   * Creates a number from 12 digits with a known province code. The birth year is not checked
   * against any date here; {@link #parse(String, Clock)} does that.
   *
   * @throws IllegalArgumentException if {@code value} is not 12 digits with a known province code;
   *     the message shows the value masked
   */
  public PersonalIdNumber {
    Objects.requireNonNull(value, "value");
    if (!isWellFormed(value)) {
      throw new IllegalArgumentException(
          "A personal identification number is 12 digits starting with a province code such as"
              + " 001; got '"
              + IdText.mask(value)
              + "'");
    }
  }

  /**
   * Parses a number, ignoring spaces, and checks it against today's date in the system clock's time
   * zone. A convenience for interactive use: code that must give the same answer tomorrow calls
   * {@link #parse(String, Clock)}.
   */
  public static Validated<PersonalIdNumber> parse(String text) {
    return parse(text, Clock.systemDefaultZone());
  }

  /**
   * Parses a number, ignoring spaces, and reports every problem: {@code ID_PERSONAL_ID_MALFORMED}
   * (not 12 digits), {@code ID_PERSONAL_ID_UNKNOWN_PROVINCE}, {@code ID_PERSONAL_ID_FUTURE_CENTURY}
   * (a century that has not begun on the clock's date) and {@code
   * ID_PERSONAL_ID_BIRTH_YEAR_IN_FUTURE}.
   *
   * @param text the number as typed
   * @param clock gives the reference date for the birth-year checks
   */
  public static Validated<PersonalIdNumber> parse(String text, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    String digits = IdText.withoutWhitespace(text);
    if (!IdText.isDigits(digits, LENGTH)) {
      return Validated.invalid(
          IdDiagnostics.PERSONAL_ID_MALFORMED.at("", IdText.mask(digits), digits.length()));
    }
    LocalDate today = LocalDate.now(clock);
    boolean knownProvince = provinceOf(digits) != null;
    int centuryDigit = IdText.digit(digits, 3);
    int centuryStart = centuryStart(centuryDigit);
    boolean futureCentury = centuryStart > today.getYear();
    boolean futureYear = !futureCentury && birthYear(digits) > today.getYear();
    if (knownProvince && !futureCentury && !futureYear) {
      return Validated.valid(new PersonalIdNumber(digits));
    }
    String shown = IdText.mask(digits);
    List<Diagnostic> errors = new ArrayList<>(2);
    if (!knownProvince) {
      errors.add(IdDiagnostics.PERSONAL_ID_UNKNOWN_PROVINCE.at("", shown, digits.substring(0, 3)));
    }
    if (futureCentury) {
      errors.add(
          IdDiagnostics.PERSONAL_ID_FUTURE_CENTURY.at(
              "", shown, centuryDigit, centuryStart, today));
    } else if (futureYear) {
      errors.add(IdDiagnostics.PERSONAL_ID_BIRTH_YEAR_IN_FUTURE.at("", shown, today.getYear()));
    }
    return Validated.invalid(errors);
  }

  /**
   * Returns the number for a text known to be valid, such as a constant in a test, checked against
   * the system clock.
   *
   * @throws org.opendvc.core.diagnostic.ValidationException if it is not valid
   */
  public static PersonalIdNumber of(String text) {
    return parse(text).orElseThrow();
  }

  /** The three-digit code of the province where the birth was registered, such as {@code 001}. */
  public String provinceCode() {
    return value.substring(0, 3);
  }

  /**
   * The province where the birth was registered, as it was before 1 July 2025. Always present for
   * the numbers accepted today; optional because numbers for births registered abroad may carry
   * codes that name no province.
   */
  public Optional<LegacyProvince> province() {
    return Optional.ofNullable(provinceOf(value));
  }

  /** The sex the fourth digit records: even digits are male, odd digits female. */
  public Sex sex() {
    return IdText.digit(value, 3) % 2 == 0 ? Sex.MALE : Sex.FEMALE;
  }

  /** The year of birth, from the century in the fourth digit and the fifth and sixth digits. */
  public int birthYear() {
    return birthYear(value);
  }

  @Override
  public String masked() {
    return IdText.mask(value);
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.PERSONAL_ID;
  }

  /** The masked number: this type never shows the number in clear. */
  @Override
  public String toString() {
    return masked();
  }

  /** Whether {@code digits} is 12 digits starting with a known province code. */
  static boolean isWellFormed(String digits) {
    return IdText.isDigits(digits, LENGTH) && provinceOf(digits) != null;
  }

  /** The province named by the first three of twelve digits, or null. */
  private static @Nullable LegacyProvince provinceOf(String digits) {
    return digits.charAt(0) == '0'
        ? PROVINCES[10 * IdText.digit(digits, 1) + IdText.digit(digits, 2)]
        : null;
  }

  /** The first year of the century a century-and-sex digit stands for: 0 and 1 give 1900. */
  private static int centuryStart(int centuryDigit) {
    return 1900 + 100 * (centuryDigit / 2);
  }

  private static int birthYear(String digits) {
    return centuryStart(IdText.digit(digits, 3))
        + 10 * IdText.digit(digits, 4)
        + IdText.digit(digits, 5);
  }
}
