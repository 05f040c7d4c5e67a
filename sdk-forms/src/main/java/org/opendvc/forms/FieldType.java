package org.opendvc.forms;

/** The type of an e-form field, which decides how it is entered, validated and prefilled. */
public enum FieldType {
  /** One line of text. */
  TEXT,
  /** Several lines of text. */
  LONG_TEXT,
  /** A number. */
  NUMBER,
  /** An amount of money in Vietnamese đồng. */
  MONEY,
  /** A calendar date. */
  DATE,
  /** Yes or no. */
  BOOLEAN,
  /** One value from a code list. */
  SINGLE_CHOICE,
  /** Several values from a code list. */
  MULTIPLE_CHOICE,
  /** A 12-digit personal identification number. */
  PERSONAL_ID,
  /** A tax code. */
  TAX_CODE,
  /** A Vietnamese phone number. */
  PHONE,
  /** An e-mail address. */
  EMAIL,
  /** An address: province, commune and detail. */
  ADDRESS,
  /** An uploaded file. */
  ATTACHMENT,
  /** A group of fields repeated for each item (children, co-applicants). */
  GROUP;

  /** Whether values of this type are typed on a keyboard, as opposed to picked or uploaded. */
  public boolean isTyped() {
    return switch (this) {
      case TEXT, LONG_TEXT, NUMBER, MONEY, PERSONAL_ID, TAX_CODE, PHONE, EMAIL -> true;
      case DATE, BOOLEAN, SINGLE_CHOICE, MULTIPLE_CHOICE, ADDRESS, ATTACHMENT, GROUP -> false;
    };
  }
}
