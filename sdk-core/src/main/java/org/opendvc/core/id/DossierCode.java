package org.opendvc.core.id;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;

/**
 * A dossier code (mã số hồ sơ), {@code <agency code>-YYMMDD-NNNN}, such as {@code
 * 000.00.00.H56-250701-0001}: the agency that received the dossier, the date it was received and
 * its number within that day at that agency (Circular 01/2018/TT-VPCP Art. 19, which writes it
 * {@code V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX}).
 *
 * <p>The agency part is an {@link AgencyCode}, in either of the shapes working integrations use
 * ({@code 000.00.00.H56} or {@code H56.14}); Thanh Hóa's one-stop system builds its codes the same
 * way, {@code {MaDinhDanh}-{yyMMdd}-{seq padded to 4}}. Whether later circulars changed the format
 * was not verified. Two-digit years are read as 2000–2099.
 *
 * @param agency the agency that received the dossier
 * @param received the date it was received, in 2000–2099
 * @param sequence its number within the day, 1 to 9999
 */
public record DossierCode(AgencyCode agency, LocalDate received, int sequence)
    implements Identifier {
  /** The largest number within a day: the code has four digits for it. */
  public static final int MAX_SEQUENCE = 9999;

  /**
   * Creates a code.
   *
   * @throws IllegalArgumentException if {@code received} is outside 2000–2099 or {@code sequence}
   *     outside 1–9999
   */
  public DossierCode {
    Objects.requireNonNull(agency, "agency");
    Objects.requireNonNull(received, "received");
    if (received.getYear() < 2000 || received.getYear() > 2099) {
      throw new IllegalArgumentException(
          "received must be in 2000-2099, the years a dossier code can write; got " + received);
    }
    if (sequence < 1 || sequence > MAX_SEQUENCE) {
      throw new IllegalArgumentException("sequence must be 1 to 9999; got " + sequence);
    }
  }

  /**
   * Builds the code of the {@code sequence}-th dossier {@code agency} received on {@code received}.
   *
   * @throws IllegalArgumentException as the constructor does
   */
  public static DossierCode of(AgencyCode agency, LocalDate received, int sequence) {
    return new DossierCode(agency, received, sequence);
  }

  /**
   * Returns the code for a text known to be valid.
   *
   * @throws org.opendvc.core.diagnostic.ValidationException if it is not valid
   */
  public static DossierCode of(String text) {
    return parse(text).orElseThrow();
  }

  /**
   * Parses a code, ignoring spaces; reports {@code ID_DOSSIER_CODE_MALFORMED}, {@code
   * ID_AGENCY_CODE_MALFORMED} for the agency part, {@code ID_DOSSIER_CODE_DATE_INVALID} and {@code
   * ID_DOSSIER_CODE_SEQUENCE_ZERO}, all of them at once.
   */
  public static Validated<DossierCode> parse(String text) {
    String code = IdText.withoutWhitespace(text);
    int n = code.length();
    // <agency>-YYMMDD-NNNN: the last 12 characters are fixed, the agency part has no dash.
    if (n < 13
        || code.charAt(n - 12) != '-'
        || code.charAt(n - 5) != '-'
        || !IdText.isDigits(code, n - 11, n - 5)
        || !IdText.isDigits(code, n - 4, n)) {
      return Validated.invalid(IdDiagnostics.DOSSIER_CODE_MALFORMED.at("", code));
    }
    List<Diagnostic> errors = new ArrayList<>(3);
    Validated<AgencyCode> agency = AgencyCode.parse(code.substring(0, n - 12));
    errors.addAll(agency.diagnostics());
    String date = code.substring(n - 11, n - 5);
    LocalDate received = date(date);
    if (received == null) {
      errors.add(IdDiagnostics.DOSSIER_CODE_DATE_INVALID.at("", code, date));
    }
    int sequence = Integer.parseInt(code.substring(n - 4));
    if (sequence == 0) {
      errors.add(IdDiagnostics.DOSSIER_CODE_SEQUENCE_ZERO.at("", code));
    }
    if (!errors.isEmpty() || received == null || agency.value().isEmpty()) {
      return Validated.invalid(errors);
    }
    return Validated.valid(new DossierCode(agency.value().get(), received, sequence));
  }

  /** The code as written: {@code <agency>-YYMMDD-NNNN}. */
  @Override
  public String value() {
    StringBuilder out = new StringBuilder(agency.value().length() + 12);
    out.append(agency.value()).append('-');
    appendTwoDigits(out, received.getYear() % 100);
    appendTwoDigits(out, received.getMonthValue());
    appendTwoDigits(out, received.getDayOfMonth());
    out.append('-');
    appendTwoDigits(out, sequence / 100);
    appendTwoDigits(out, sequence % 100);
    return out.toString();
  }

  @Override
  public String masked() {
    return value();
  }

  @Override
  public IdentifierKind kind() {
    return IdentifierKind.DOSSIER;
  }

  @Override
  public String toString() {
    return value();
  }

  /** The date {@code YYMMDD} stands for in 2000–2099, or null if there is no such day. */
  private static @Nullable LocalDate date(String yymmdd) {
    try {
      return LocalDate.of(
          2000 + Integer.parseInt(yymmdd.substring(0, 2)),
          Integer.parseInt(yymmdd.substring(2, 4)),
          Integer.parseInt(yymmdd.substring(4, 6)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static void appendTwoDigits(StringBuilder out, int value) {
    out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }
}
