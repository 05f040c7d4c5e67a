package org.opendvc.core.dictionary;

/**
 * Whether a data element is personal data, and of which class.
 *
 * <p>The two classes follow the distinction Vietnamese personal data protection law draws between
 * basic and sensitive personal data (Decree 13/2023/NĐ-CP Art. 2; carried into the 2025 Law on
 * Personal Data Protection). OpenDVC never prints either class in clear in logs, exception messages
 * or {@code toString()}.
 */
public enum PersonalDataClass {
  /** Not personal data, such as an enterprise's registered name. */
  NONE,
  /** Basic personal data: name, date of birth, identity number, address, phone... */
  BASIC,
  /** Sensitive personal data: ethnic origin, religion, health, criminal record... */
  SENSITIVE;

  /** Whether values of this class must be hidden from logs and messages. */
  public boolean isPersonal() {
    return this != NONE;
  }
}
