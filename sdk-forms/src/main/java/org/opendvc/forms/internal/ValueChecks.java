package org.opendvc.forms.internal;

import java.time.Clock;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.id.PersonalIdNumber;
import org.opendvc.core.id.PhoneNumber;
import org.opendvc.core.id.TaxCode;
import org.opendvc.core.place.LegacyProvince;

/**
 * The checks of identifiers, contact details and address codes in submitted values. Identifiers are
 * checked by the {@code sdk-core} types, so a form accepts exactly what the rest of OpenDVC accepts
 * and explains a refusal the same way; each check returns why a value was refused, in both
 * languages and without the value in clear, or {@code null} when it is fine.
 */
public final class ValueChecks {
  private static final Pattern COMMUNE = Pattern.compile("[0-9]{5}");
  private static final Pattern PROVINCE = Pattern.compile("[0-9]{2}");
  private static final Pattern EMAIL_LOCAL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+");
  private static final Pattern EMAIL_LABEL =
      Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

  private ValueChecks() {}

  /** Why {@code value} is not a personal identification number as of {@code clock}, or null. */
  public static @Nullable LocalizedText personalId(String value, Clock clock) {
    return reason(PersonalIdNumber.parse(value, clock));
  }

  /**
   * Why {@code value} is not a tax code (10 digits with check digit, 10 + branch, or a 12-digit
   * personal number from 1 July 2025) as of {@code clock}, or null.
   */
  public static @Nullable LocalizedText taxCode(String value, Clock clock) {
    return reason(TaxCode.parse(value, clock));
  }

  /** Why {@code value} is not a Vietnamese phone number, mobile or landline, or null. */
  public static @Nullable LocalizedText phone(String value) {
    return reason(PhoneNumber.parse(value));
  }

  private static @Nullable LocalizedText reason(Validated<?> parsed) {
    if (parsed.isValid()) {
      return null;
    }
    return parsed.errors().stream().findFirst().map(Diagnostic::message).orElse(null);
  }

  /**
   * Whether {@code value} is an e-mail address the way mail servers see it: one {@code @}, a local
   * part of at most 64 allowed characters without leading, trailing or double dots, and a domain of
   * at least two labels of letters, digits and inner hyphens; 254 characters in all at most (RFC
   * 5321).
   */
  public static boolean email(String value) {
    int at = value.indexOf('@');
    if (value.length() > 254 || at <= 0 || at != value.lastIndexOf('@')) {
      return false;
    }
    String local = value.substring(0, at);
    String domain = value.substring(at + 1);
    if (local.length() > 64
        || !EMAIL_LOCAL.matcher(local).matches()
        || local.startsWith(".")
        || local.endsWith(".")
        || local.contains("..")) {
      return false;
    }
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (!EMAIL_LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code value} is a province code: two digits naming a province. Every code of the 34
   * provinces from 1 July 2025 (Decision 19/2025/QĐ-TTg) is also a code of the 63 before, so the 63
   * are checked; the codes of provinces merged away are accepted for data from before the merger.
   */
  public static boolean province(String value) {
    return PROVINCE.matcher(value).matches() && LegacyProvince.fromCode(value).isPresent();
  }

  /** Whether {@code value} has the shape of a commune code: five digits (Decision 19/2025). */
  public static boolean commune(String value) {
    return COMMUNE.matcher(value).matches();
  }
}
