package org.opendvc.core.id;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.Validated;

/**
 * A Vietnamese phone number (số điện thoại), normalised to the national form {@code 0XXXXXXXXX}: 10
 * digits for a mobile, 11 for a landline.
 *
 * <p>{@link #parse(String)} accepts {@code +84}, {@code 0084} and {@code 84} in place of the
 * leading {@code 0}, and ignores spaces, dots, dashes and parentheses.
 *
 * <p>Mobile prefixes are those in use after the 2018 conversion of 11-digit mobile numbers to 10
 * digits (Ministry of Information and Communications, 15 Sep 2018 – 30 Jun 2019; the 21 converted
 * prefixes as announced, e.g. english.mic.gov.vn "Vietnam plans to truncate 11-digit mobile phone
 * numbers" and en.sggp.org.vn "Mobile phone numbers conversion to affect 60 million subscribers"),
 * together with the 10-digit prefixes that were not converted. <b>(secondary)</b>: the numbering
 * plan itself was not retrieved; the list agrees with libphonenumber's metadata for Vietnam, taken
 * at three digits. The carrier is not reported: numbers are portable between networks (Circular
 * 22/2014/TT-BTTTT), so a prefix no longer names one.
 *
 * <p>Landlines have 11 digits, {@code 0} then an area code starting with {@code 2} then the
 * subscriber number, since the 2017 change of area codes (Decision 2036/QĐ-BTTTT, in three phases
 * from 11 Feb to 17 Jun 2017: every area code became {@code 2XX}, Hà Nội {@code 24} and Hồ Chí Minh
 * City {@code 28}; sources: VNPT Hưng Yên's notice and the SGGP article reprinted by
 * kienthuc.net.vn, "23 tỉnh, thành cuối cùng đổi mã vùng điện thoại cố định"). The 63 area codes
 * below agree with libphonenumber's fixed-line pattern for Vietnam.
 *
 * <p>Personal data: {@link #toString()} and every diagnostic show only {@link #masked()}.
 *
 * @param value the national form, {@code 0} followed by 9 (mobile) or 10 (landline) digits
 */
public record PhoneNumber(String value) implements Identifier {
  /**
   * Mobile prefixes in use. 032–039, 070, 076–079, 081–085, 056, 058 and 059 replaced 11-digit
   * prefixes in 2018; 086, 088–094 and 096–099 were 10-digit prefixes before; 052, 055 and 087 were
   * allocated to newer networks and appear in libphonenumber's metadata (052 and 055 only in part:
   * 0522, 0523, 0528 and 0559), accepted whole here rather than reject real subscribers. 095
   * (S-Fone, which closed) and 030, 031, 051 are not accepted.
   */
  private static final Set<String> MOBILE_PREFIXES =
      Set.of(
          "032", "033", "034", "035", "036", "037", "038", "039", "052", "055", "056", "058", "059",
          "070", "076", "077", "078", "079", "081", "082", "083", "084", "085", "086", "087", "088",
          "089", "090", "091", "092", "093", "094", "096", "097", "098", "099");

  /**
   * Landline area codes after the 2017 change, with the leading 0: {@code 024} (Hà Nội) and {@code
   * 028} (Hồ Chí Minh City) have three characters and an 8-digit subscriber number, every other has
   * four and a 7-digit subscriber number.
   */
  private static final Set<String> AREA_CODES =
      Set.of(
          "0203", "0204", "0205", "0206", "0207", "0208", "0209", "0210", "0211", "0212", "0213",
          "0214", "0215", "0216", "0218", "0219", "0220", "0221", "0222", "0225", "0226", "0227",
          "0228", "0229", "0232", "0233", "0234", "0235", "0236", "0237", "0238", "0239", "024",
          "0251", "0252", "0254", "0255", "0256", "0257", "0258", "0259", "0260", "0261", "0262",
          "0263", "0269", "0270", "0271", "0272", "0273", "0274", "0275", "0276", "0277", "028",
          "0290", "0291", "0292", "0293", "0294", "0296", "0297", "0299");

  /** The 21 prefixes of 11-digit mobile numbers and what they became in 2018 (MIC). */
  private static final Map<String, String> RETIRED_PREFIXES =
      Map.ofEntries(
          Map.entry("0120", "070"),
          Map.entry("0121", "079"),
          Map.entry("0122", "077"),
          Map.entry("0126", "076"),
          Map.entry("0128", "078"),
          Map.entry("0123", "083"),
          Map.entry("0124", "084"),
          Map.entry("0125", "085"),
          Map.entry("0127", "081"),
          Map.entry("0129", "082"),
          Map.entry("0162", "032"),
          Map.entry("0163", "033"),
          Map.entry("0164", "034"),
          Map.entry("0165", "035"),
          Map.entry("0166", "036"),
          Map.entry("0167", "037"),
          Map.entry("0168", "038"),
          Map.entry("0169", "039"),
          Map.entry("0186", "056"),
          Map.entry("0188", "058"),
          Map.entry("0199", "059"));

  /** {@link #MOBILE_PREFIXES} by the two digits after the 0, for a lookup without substrings. */
  private static final boolean[] MOBILE_TABLE = new boolean[100];

  /** Three-character {@link #AREA_CODES} ({@code 024}) by the two digits after the 0. */
  private static final boolean[] AREA_TABLE_3 = new boolean[100];

  /** Four-character {@link #AREA_CODES} ({@code 0237}) by the three digits after the 0. */
  private static final boolean[] AREA_TABLE_4 = new boolean[1000];

  static {
    for (String prefix : MOBILE_PREFIXES) {
      MOBILE_TABLE[Integer.parseInt(prefix.substring(1))] = true;
    }
    for (String area : AREA_CODES) {
      (area.length() == 3 ? AREA_TABLE_3 : AREA_TABLE_4)[Integer.parseInt(area.substring(1))] =
          true;
    }
  }

  /** Whether a number reaches a mobile or a fixed line. */
  public enum LineType {
    /** A mobile number (di động): 10 digits. */
    MOBILE,
    /** A landline (cố định): 11 digits, with an area code. */
    LANDLINE
  }

  /**
   * Creates a number in national form.
   *
   * @throws IllegalArgumentException if {@code value} is not a mobile or landline number in
   *     national form; the message shows it masked
   */
  public PhoneNumber {
    Objects.requireNonNull(value, "value");
    if (lineType(value) == null) {
      throw new IllegalArgumentException(
          "A phone number is 0 followed by a mobile prefix and 7 digits, or by a landline area"
              + " code and the subscriber number, 11 digits in all; got '"
              + IdText.mask(value)
              + "'");
    }
  }

  /**
   * Parses a number and normalises it to national form; reports {@code ID_PHONE_MALFORMED}, {@code
   * ID_PHONE_UNKNOWN_PREFIX} or {@code ID_PHONE_RETIRED_PREFIX}.
   */
  public static Validated<PhoneNumber> parse(String text) {
    String national = toNational(text);
    if (lineType(national) != null) {
      return Validated.valid(new PhoneNumber(national));
    }
    String shown = IdText.mask(national);
    int length = national.length();
    if (!national.startsWith("0")
        || (length != 10 && length != 11)
        || !IdText.isDigits(national, 0, length)) {
      return Validated.invalid(IdDiagnostics.PHONE_MALFORMED.at("", shown));
    }
    String retired = RETIRED_PREFIXES.get(national.substring(0, 4));
    if (length == 11 && retired != null) {
      return Validated.invalid(
          IdDiagnostics.PHONE_RETIRED_PREFIX.at("", shown, national.substring(0, 4), retired));
    }
    if (length == 11 && MOBILE_PREFIXES.contains(national.substring(0, 3))) {
      return Validated.invalid(IdDiagnostics.PHONE_MALFORMED.at("", shown));
    }
    String prefix = national.startsWith("02") ? national.substring(0, 4) : national.substring(0, 3);
    return Validated.invalid(IdDiagnostics.PHONE_UNKNOWN_PREFIX.at("", shown, prefix));
  }

  /**
   * Returns the number for a text known to be valid.
   *
   * @throws org.opendvc.core.diagnostic.ValidationException if it is not valid
   */
  public static PhoneNumber of(String text) {
    return parse(text).orElseThrow();
  }

  /** Whether this is a mobile or a landline number. */
  public LineType lineType() {
    return Objects.requireNonNull(lineType(value));
  }

  /**
   * The mobile prefix ({@code 091}) or landline area code ({@code 024}, {@code 0237}), with its
   * leading 0.
   */
  public String prefix() {
    if (value.length() == 10) {
      return value.substring(0, 3);
    }
    String three = value.substring(0, 3);
    return AREA_CODES.contains(three) ? three : value.substring(0, 4);
  }

  /** The international E.164 form, {@code +84} and the number without its leading 0. */
  public String e164() {
    return "+84" + value.substring(1);
  }

  @Override
  public String masked() {
    return IdText.mask(value);
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.PHONE;
  }

  /** The masked number: this type never shows the number in clear. */
  @Override
  public String toString() {
    return masked();
  }

  /**
   * The text without separators and with {@code +84}, {@code 0084} or {@code 84} turned into the
   * national {@code 0}. Other texts are returned without separators, to be reported as malformed.
   */
  static String toNational(String text) {
    String compact = text;
    for (int i = 0; i < text.length(); i++) {
      if (isSeparator(text.charAt(i))) {
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (int j = i + 1; j < text.length(); j++) {
          char c = text.charAt(j);
          if (!isSeparator(c)) {
            out.append(c);
          }
        }
        compact = out.toString();
        break;
      }
    }
    if (compact.startsWith("+84")) {
      return "0" + compact.substring(3);
    }
    if (compact.startsWith("0084")) {
      return "0" + compact.substring(4);
    }
    // 84 without a plus: the country code as stored by many systems. No national number starts
    // with 8 (national numbers start with 0), so this cannot take a national number for another.
    if (compact.startsWith("84") && (compact.length() == 11 || compact.length() == 12)) {
      return "0" + compact.substring(2);
    }
    return compact;
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '.'
        || c == '-'
        || c == '('
        || c == ')';
  }

  /** The line type of a number in national form, or null if it is not a valid number. */
  private static @Nullable LineType lineType(String national) {
    int n = national.length();
    if ((n != 10 && n != 11) || national.charAt(0) != '0' || !IdText.isDigits(national, 1, n)) {
      return null;
    }
    int two = 10 * IdText.digit(national, 1) + IdText.digit(national, 2);
    if (n == 10) {
      return MOBILE_TABLE[two] ? LineType.MOBILE : null;
    }
    boolean landline = AREA_TABLE_3[two] || AREA_TABLE_4[10 * two + IdText.digit(national, 3)];
    return landline ? LineType.LANDLINE : null;
  }
}
