package org.opendvc.core.id;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.diagnostic.Validated;

/**
 * The kinds of {@link Identifier}: each parses a text into its type and recognises the texts that
 * have its shape, so a caller holding a value of unknown kind can ask {@link #detect(String)} what
 * it could be.
 */
public enum IdentifierKind {
  /** A 12-digit personal identification number ({@link PersonalIdNumber}). */
  PERSONAL_ID(
      "personal-id",
      LocalizedText.of("Số định danh cá nhân", "Personal identification number"),
      true,
      IdentifierKind::isPersonalIdShape,
      PersonalIdNumber::parse),
  /** A 9-digit legacy identity card number ({@link LegacyIdNumber}). */
  LEGACY_ID(
      "legacy-id",
      LocalizedText.of("Số chứng minh nhân dân", "Legacy identity card number"),
      true,
      text -> IdText.isDigits(IdText.withoutWhitespace(text), LegacyIdNumber.LENGTH),
      (text, clock) -> LegacyIdNumber.parse(text)),
  /**
   * A tax code in any of its forms ({@link TaxCode}); personal data only in its 12-digit form, but
   * {@link #isPersonal()} is true so that values of unknown form are guarded.
   */
  TAX_CODE(
      "tax-code",
      LocalizedText.of("Mã số thuế", "Tax code"),
      true,
      IdentifierKind::isTaxCodeShape,
      TaxCode::parse),
  /** A 10-digit enterprise code ({@link EnterpriseCode}). */
  ENTERPRISE_CODE(
      "enterprise-code",
      LocalizedText.of("Mã số doanh nghiệp", "Enterprise code"),
      false,
      text -> IdText.isDigits(IdText.withoutWhitespace(text), 10),
      (text, clock) -> EnterpriseCode.parse(text)),
  /** A Vietnamese phone number ({@link PhoneNumber}). */
  PHONE(
      "phone",
      LocalizedText.of("Số điện thoại", "Phone number"),
      true,
      IdentifierKind::isPhoneShape,
      (text, clock) -> PhoneNumber.parse(text)),
  /** An agency's identification code ({@link AgencyCode}). */
  AGENCY(
      "agency",
      LocalizedText.of("Mã định danh cơ quan", "Agency code"),
      false,
      IdentifierKind::isAgencyShape,
      (text, clock) -> AgencyCode.parse(text)),
  /** A national procedure code ({@link ProcedureCode}). */
  PROCEDURE(
      "procedure",
      LocalizedText.of("Mã thủ tục hành chính", "Procedure code"),
      false,
      IdentifierKind::isProcedureShape,
      (text, clock) -> ProcedureCode.parse(text)),
  /** A dossier code ({@link DossierCode}). */
  DOSSIER(
      "dossier",
      LocalizedText.of("Mã số hồ sơ", "Dossier code"),
      false,
      IdentifierKind::isDossierShape,
      (text, clock) -> DossierCode.parse(text));

  private final String id;
  private final LocalizedText displayName;
  private final boolean personal;
  private final Predicate<String> shape;
  private final BiFunction<String, Clock, Validated<? extends Identifier>> parser;

  IdentifierKind(
      String id,
      LocalizedText displayName,
      boolean personal,
      Predicate<String> shape,
      BiFunction<String, Clock, Validated<? extends Identifier>> parser) {
    this.id = id;
    this.displayName = displayName;
    this.personal = personal;
    this.shape = shape;
    this.parser = parser;
  }

  /** The name used on the command line and in JSON, such as {@code personal-id}. */
  public String id() {
    return id;
  }

  /** The name for people, in Vietnamese and English. */
  public LocalizedText displayName() {
    return displayName;
  }

  /**
   * Whether values of this kind can be personal data, and are then shown only masked. True for tax
   * codes, whose 12-digit form is a personal identification number.
   */
  public boolean isPersonal() {
    return personal;
  }

  /**
   * Parses {@code text} as this kind, with {@code clock} giving the reference date where the kind
   * needs one (personal identification numbers and 12-digit tax codes).
   */
  public Validated<Identifier> parse(String text, Clock clock) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(clock, "clock");
    return parser.apply(text, clock).map(Identifier.class::cast);
  }

  /** Whether {@code text} has the shape of this kind, valid or not. */
  public boolean fits(String text) {
    return shape.test(text);
  }

  /**
   * Whether {@code text}, read as this kind, is personal data: always for personal identification
   * numbers, legacy card numbers and phone numbers; for tax codes unless it has the 10- or 13-digit
   * form of an organisation's code; never for the other kinds.
   */
  public boolean isPersonal(String text) {
    if (this == TAX_CODE) {
      String compact = IdText.withoutWhitespace(text);
      return !IdText.isDigits(compact, 10) && !TaxCode.isBranchShape(compact);
    }
    return personal;
  }

  /**
   * {@code text} as it may be shown in output and logs when read as this kind: masked ({@code
   * 0010******45}) if it {@linkplain #isPersonal(String) is personal data}, as it is otherwise. Use
   * it for values that did not parse; a parsed {@link Identifier} has {@link Identifier#masked()}.
   */
  public String mask(String text) {
    if (!isPersonal(text)) {
      return this == TAX_CODE ? IdText.withoutWhitespace(text) : text.strip();
    }
    return IdText.mask(
        this == PHONE ? PhoneNumber.toNational(text) : IdText.withoutWhitespace(text));
  }

  /**
   * {@code text} masked as a personal number would be, for a value whose kind is not known: at most
   * its first four and last two characters stay visible.
   */
  public static String maskUnknown(String text) {
    return IdText.mask(IdText.withoutWhitespace(text));
  }

  /**
   * Every kind whose shape {@code text} has, in declaration order: a 12-digit number is both a
   * personal identification number and a tax code; a 10-digit number starting with 0 may be a tax
   * code, an enterprise code and a phone number. The shapes are loose enough that a value with a
   * typing error still finds its kind, so that parsing it can say what is wrong. Empty when the
   * text looks like no identifier at all.
   */
  public static List<IdentifierKind> detect(String text) {
    Objects.requireNonNull(text, "text");
    List<IdentifierKind> kinds = new ArrayList<>(3);
    for (IdentifierKind kind : values()) {
      if (kind.fits(text)) {
        kinds.add(kind);
      }
    }
    return List.copyOf(kinds);
  }

  /** The kind with an {@link #id()} such as {@code personal-id}, ignoring case. */
  public static Optional<IdentifierKind> fromId(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    for (IdentifierKind kind : values()) {
      if (kind.id.equals(wanted)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  private static boolean isPersonalIdShape(String text) {
    return IdText.isDigits(IdText.withoutWhitespace(text), PersonalIdNumber.LENGTH);
  }

  private static boolean isTaxCodeShape(String text) {
    String code = IdText.withoutWhitespace(text);
    int n = code.length();
    if (n == 10 || n == 12 || n == 13) {
      return IdText.isDigits(code, 0, n);
    }
    return TaxCode.isBranchShape(code);
  }

  private static boolean isPhoneShape(String text) {
    String compact = text.strip();
    if (compact.startsWith("+84") || compact.startsWith("0084")) {
      return true;
    }
    String national = PhoneNumber.toNational(text);
    int n = national.length();
    return (n == 10 || n == 11) && national.charAt(0) == '0' && IdText.isDigits(national, 0, n);
  }

  /**
   * Letters and digits in blocks joined by dots, other than a procedure code: {@code
   * 000.00.00.H56}, {@code H56.14}, or a mistyped {@code 000.00.00.56}.
   */
  private static boolean isAgencyShape(String text) {
    String code = IdText.withoutWhitespace(text);
    if (code.isEmpty() || isProcedureShape(code)) {
      return false;
    }
    boolean dot = false;
    char previous = '.';
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '.') {
        if (previous == '.') {
          return false;
        }
        dot = true;
      } else if (!Character.isLetterOrDigit(c) || c > 'z') {
        return false;
      }
      previous = c;
    }
    return dot && previous != '.';
  }

  /** A digit, a dot and digits: {@code 1.001193}, or a mistyped {@code 1.00119}. */
  private static boolean isProcedureShape(String text) {
    String code = IdText.withoutWhitespace(text);
    return code.length() >= 3
        && code.length() <= 10
        && IdText.isDigits(code, 0, 1)
        && code.charAt(1) == '.'
        && IdText.isDigits(code, 2, code.length());
  }

  /** Something, a dash, six digits, a dash and digits: a dossier code, perhaps mistyped. */
  private static boolean isDossierShape(String text) {
    String code = IdText.withoutWhitespace(text);
    int last = code.lastIndexOf('-');
    int before = last > 0 ? code.lastIndexOf('-', last - 1) : -1;
    return before > 0
        && last - before == 7
        && last < code.length() - 1
        && IdText.isDigits(code, before + 1, last)
        && IdText.isDigits(code, last + 1, code.length());
  }
}
