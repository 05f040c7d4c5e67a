package org.opendvc.forms;

/** How much of a date a field asks for. */
public enum DatePrecision {
  /** Day, month and year: {@code 2025-07-01}. */
  DAY,
  /**
   * The year only: {@code 1990}. Declaration forms ask for a parent's year of birth (năm sinh)
   * because it may be all the applicant knows; a full date from a registry is cut to its year.
   */
  YEAR
}
