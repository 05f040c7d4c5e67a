package org.opendvc.core.id;

/**
 * A Vietnamese identifier that has been parsed and validated: a personal identification number, a
 * tax code, a phone number, an agency, procedure or dossier code.
 *
 * <p>Implementations are immutable records, safe to share between threads. Those that are personal
 * data ({@link #isPersonal()}) show only their {@linkplain #masked() masked} form in {@code
 * toString()}, so they can be logged; {@link #value()} gives the clear value to code that needs it.
 */
public sealed interface Identifier
    permits PersonalIdNumber,
        LegacyIdNumber,
        TaxCode,
        EnterpriseCode,
        PhoneNumber,
        AgencyCode,
        ProcedureCode,
        DossierCode {

  /** The normalised value, in clear. */
  String value();

  /**
   * The value as it may be shown in logs and screens: masked ({@code 0010******45}) when the
   * identifier is personal data, the value itself otherwise.
   */
  String masked();

  /** What kind of identifier this is. */
  IdentifierKind kind();

  /** Whether this identifier is personal data, which is shown and logged only masked. */
  default boolean isPersonal() {
    return kind().isPersonal();
  }
}
