package org.opendvc.forms.internal;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.place.LegacyProvince;
import org.opendvc.forms.validation.SubmissionDiagnostics;

/**
 * The checks of identifiers, contact details and address codes in submitted values. Everything else
 * in the module asks this class, so when the identifier and place types of {@code sdk-core}
 * (PersonalIdNumber, TaxCode, PhoneNumber, the 34 provinces and the communes dataset) are
 * available, only this class changes.
 *
 * <p>The checks rest on the domain reference (§3.1 personal identification number, §3.3 tax code,
 * §3.4 phone numbers, §3.6 administrative units); what each is sure of is said where it is made.
 */
public final class ValueChecks {
  private static final Pattern DIGITS_12 = Pattern.compile("[0-9]{12}");
  private static final Pattern DIGITS_10 = Pattern.compile("[0-9]{10}");
  private static final Pattern BRANCH_TAX_CODE = Pattern.compile("([0-9]{10})-([0-9]{3})");
  private static final Pattern MOBILE = Pattern.compile("0[35789][0-9]{8}");
  private static final Pattern COMMUNE = Pattern.compile("[0-9]{5}");
  private static final Pattern PROVINCE = Pattern.compile("[0-9]{2}");
  private static final Pattern EMAIL_LOCAL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+");
  private static final Pattern EMAIL_LABEL =
      Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

  /** The weights of the tax code check digit, over digits 1 to 9 (reference §3.3). */
  private static final int[] TAX_WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

  private ValueChecks() {}

  /**
   * Checks a 12-digit personal identification number: twelve digits, the first three {@code 0} and
   * the code of a province (Circular 59/2021/TT-BCA numbers them 001 to 096, {@code "0"} followed
   * by the two-digit province code, an inference the reference marks as such). There is no check
   * digit. Codes of the 63 provinces before July 2025 stay valid: a number keeps the code of the
   * province where the birth was registered.
   */
  public static @Nullable SubmissionDiagnostics personalId(String value) {
    if (!DIGITS_12.matcher(value).matches()
        || value.charAt(0) != '0'
        || LegacyProvince.fromCode(value.substring(1, 3)).isEmpty()) {
      return SubmissionDiagnostics.PERSONAL_ID_INVALID;
    }
    return null;
  }

  /**
   * Checks a tax code: ten digits whose tenth is the check digit N10 = 10 − (Σ Ni·Wi mod 11) with W
   * = 31, 29, 23, 19, 17, 13, 7, 5, 3 (secondary sources agree; reference §3.3); or ten digits, a
   * hyphen and three digits for a dependent unit; or, from 1 July 2025, an individual's 12-digit
   * personal identification number (Circular 86/2024/TT-BTP, secondary). Validators disagree on a
   * sum divisible by 11 (a check value of 10): such a code is accepted with a check digit of 0.
   */
  public static @Nullable SubmissionDiagnostics taxCode(String value) {
    String base = value;
    var branch = BRANCH_TAX_CODE.matcher(value);
    if (branch.matches()) {
      base = branch.group(1);
    } else if (DIGITS_12.matcher(value).matches()) {
      return personalId(value) == null ? null : SubmissionDiagnostics.TAX_CODE_INVALID;
    }
    if (!DIGITS_10.matcher(base).matches() || checkDigit(base) != base.charAt(9) - '0') {
      return SubmissionDiagnostics.TAX_CODE_INVALID;
    }
    return null;
  }

  /** The tax code check digit for the first nine digits of {@code code}. */
  static int checkDigit(String code) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (code.charAt(i) - '0') * TAX_WEIGHTS[i];
    }
    int check = 10 - sum % 11;
    return check == 10 ? 0 : check;
  }

  /**
   * Checks a mobile number, already compacted ({@code +84} turned into {@code 0}, spaces and dots
   * removed): ten digits starting 03, 05, 07, 08 or 09, the prefixes public validators accept since
   * the 2018 move to ten digits (reference §3.4; the numbering plan itself was not retrieved, so
   * landlines are not accepted here).
   */
  public static @Nullable SubmissionDiagnostics phone(String value) {
    return MOBILE.matcher(value).matches() ? null : SubmissionDiagnostics.PHONE_INVALID;
  }

  /**
   * Checks an e-mail address the way mail servers see it: one {@code @}, a local part of at most 64
   * allowed characters without leading, trailing or double dots, and a domain of at least two
   * labels of letters, digits and inner hyphens; 254 characters in all at most (RFC 5321).
   */
  public static @Nullable SubmissionDiagnostics email(String value) {
    int at = value.indexOf('@');
    if (value.length() > 254 || at <= 0 || at != value.lastIndexOf('@')) {
      return SubmissionDiagnostics.EMAIL_INVALID;
    }
    String local = value.substring(0, at);
    String domain = value.substring(at + 1);
    if (local.length() > 64
        || !EMAIL_LOCAL.matcher(local).matches()
        || local.startsWith(".")
        || local.endsWith(".")
        || local.contains("..")) {
      return SubmissionDiagnostics.EMAIL_INVALID;
    }
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return SubmissionDiagnostics.EMAIL_INVALID;
    }
    for (String label : labels) {
      if (!EMAIL_LABEL.matcher(label).matches()) {
        return SubmissionDiagnostics.EMAIL_INVALID;
      }
    }
    return null;
  }

  /**
   * Checks a province code: two digits naming a province. Every code of the 34 provinces from 1
   * July 2025 (Decision 19/2025/QĐ-TTg) is also a code of the 63 before, so the 63 are checked; the
   * codes of provinces merged away are accepted for data from before the merger.
   */
  public static @Nullable SubmissionDiagnostics province(String value) {
    return PROVINCE.matcher(value).matches() && LegacyProvince.fromCode(value).isPresent()
        ? null
        : SubmissionDiagnostics.PROVINCE_UNKNOWN;
  }

  /**
   * Checks the shape of a commune code: five digits (Decision 19/2025/QĐ-TTg). Whether the commune
   * lies in the province needs the communes dataset, which is not checked here.
   */
  public static @Nullable SubmissionDiagnostics commune(String value) {
    return COMMUNE.matcher(value).matches() ? null : SubmissionDiagnostics.COMMUNE_MALFORMED;
  }
}
