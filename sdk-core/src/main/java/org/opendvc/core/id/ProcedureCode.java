package org.opendvc.core.id;

import java.util.Objects;
import java.util.regex.Pattern;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;

/**
 * A national administrative procedure code (mã thủ tục hành chính, {@code MaTTHC}) of the form
 * {@code N.NNNNNN}, such as {@code 1.001193} (birth registration).
 *
 * <p>The form is taken from codes published on the national TTHC database and used by working DVCQG
 * integrations; what the leading digit means is not publicly documented, so it is not interpreted.
 * Provincial systems sometimes append an agency identifier ({@code 1.001193.000.00.00.H56}); {@link
 * #parseLenient(String)} accepts that form and keeps the national part.
 *
 * @param value the code, always in the form {@code N.NNNNNN}
 */
public record ProcedureCode(String value) implements Identifier, Comparable<ProcedureCode> {
  private static final Pattern NATIONAL = Pattern.compile("[0-9]\\.[0-9]{6}");
  private static final Pattern WITH_AGENCY_SUFFIX =
      Pattern.compile("([0-9]\\.[0-9]{6})\\.[0-9A-Za-z.]+");

  /**
   * Creates a code.
   *
   * @throws IllegalArgumentException if {@code value} is not of the form {@code N.NNNNNN}
   */
  public ProcedureCode {
    Objects.requireNonNull(value, "value");
    if (!NATIONAL.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "A procedure code has the form N.NNNNNN, such as 1.001193; got '" + value + "'");
    }
  }

  /** Parses a national code, trimming spaces; reports {@code ID_PROCEDURE_CODE_MALFORMED}. */
  public static Validated<ProcedureCode> parse(String text) {
    String trimmed = text.strip();
    if (NATIONAL.matcher(trimmed).matches()) {
      return Validated.valid(new ProcedureCode(trimmed));
    }
    return Validated.invalid(malformed(trimmed));
  }

  /**
   * Parses a national code, also accepting the agency-specific form {@code 1.001193.000.00.00.H56}
   * used by provincial systems, of which only the national part is kept.
   */
  public static Validated<ProcedureCode> parseLenient(String text) {
    String trimmed = text.strip();
    var suffixed = WITH_AGENCY_SUFFIX.matcher(trimmed);
    if (suffixed.matches()) {
      return Validated.valid(new ProcedureCode(suffixed.group(1)));
    }
    return parse(trimmed);
  }

  /** Whether {@code text} is exactly a national code. */
  public static boolean isValid(String text) {
    return NATIONAL.matcher(text).matches();
  }

  /** Returns the code for a text known to be valid, such as a constant. */
  public static ProcedureCode of(String text) {
    return new ProcedureCode(text);
  }

  private static Diagnostic malformed(String text) {
    return IdDiagnostics.PROCEDURE_CODE_MALFORMED.at("", text);
  }

  /** The code itself: a procedure code is not personal data. */
  @Override
  public String masked() {
    return value;
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.PROCEDURE;
  }

  @Override
  public int compareTo(ProcedureCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
