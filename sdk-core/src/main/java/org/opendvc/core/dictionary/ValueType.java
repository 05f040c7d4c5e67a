package org.opendvc.core.dictionary;

/** The type of a data element's value. */
public enum ValueType {
  /** Free text on one line. */
  TEXT,
  /** A calendar date. */
  DATE,
  /** A whole number. */
  INTEGER,
  /** A decimal number. */
  DECIMAL,
  /** An amount of money in Vietnamese đồng. */
  MONEY,
  /** Yes or no. */
  BOOLEAN,
  /** A value from a code list (sex, ethnicity, marital status...). */
  CODE,
  /** A structured address: province, commune and detail. */
  ADDRESS,
  /** A 12-digit personal identification number. */
  PERSONAL_ID,
  /** A 9-digit identity card number of the former kind (CMND). */
  LEGACY_ID,
  /** A tax code (mã số thuế). */
  TAX_CODE,
  /** An enterprise code (mã số doanh nghiệp). */
  ENTERPRISE_CODE,
  /** A Vietnamese phone number. */
  PHONE,
  /** An e-mail address. */
  EMAIL
}
