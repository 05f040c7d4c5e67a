package org.opendvc.rules.internal;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The retirement age under normal working conditions of one person, found by the transition of
 * Labour Code 2019 Art. 169(2) as tabulated by month of birth in Decree 135/2020/ND-CP Annex I.
 *
 * <p>The age starts at {@code startMonths} (60 years for men, 55 for women, the ages before 2021)
 * and rises by {@code stepMonths} each year from 2021 (3 months for men, 4 for women) until {@code
 * capMonths} (62 and 60 years). A person's age is the one in force in the year they reach it: the
 * first year Y ≥ 2021 in which month of birth + age(Y) falls. Whoever reached the starting age
 * before 2021 keeps it. The first rows and the last rows of Annex I (men born 01–09/1961 retire at
 * 60 years 3 months, from 04/1966 at 62 years; women born 01–08/1966 at 55 years 4 months, from
 * 05/1975 at 60 years) agree with the decree as quoted by public sources; the rows between were
 * computed with this algorithm (secondary: see the tests, which check every boundary of the table).
 */
public final class RetirementAge {
  private static final int FIRST_YEAR = 2021;

  private final RequirementFact requirement;
  private final int requiredMonths;
  private final YearMonth reached;

  private RetirementAge(RequirementFact requirement, int requiredMonths, YearMonth reached) {
    this.requirement = requirement;
    this.requiredMonths = requiredMonths;
    this.reached = reached;
  }

  /** The retirement age of someone born on {@code birth} under the transition described above. */
  public static RetirementAge of(
      RequirementFact requirement,
      LocalDate birth,
      int startMonths,
      int stepMonths,
      int capMonths) {
    int months = requiredMonths(YearMonth.from(birth), startMonths, stepMonths, capMonths);
    return new RetirementAge(requirement, months, YearMonth.from(birth).plusMonths(months));
  }

  /** The retirement age, in months, of someone born in {@code birth}. */
  public static int requiredMonths(
      YearMonth birth, int startMonths, int stepMonths, int capMonths) {
    if (birth.plusMonths(startMonths).getYear() < FIRST_YEAR) {
      return startMonths;
    }
    for (int year = FIRST_YEAR; ; year++) {
      int age = Math.min(startMonths + stepMonths * (year - FIRST_YEAR + 1), capMonths);
      if (birth.plusMonths(age).getYear() == year) {
        return age;
      }
    }
  }

  public RequirementFact getRequirement() {
    return requirement;
  }

  public int getRequiredMonths() {
    return requiredMonths;
  }

  /** The month the age is reached; retirement takes effect at its end. */
  public YearMonth getReached() {
    return reached;
  }

  /** The last day of the month the age is reached. */
  public LocalDate getRetirementDate() {
    return reached.atEndOfMonth();
  }

  /** The first day of the pension: the day after the retirement date. */
  public LocalDate getPensionFrom() {
    return reached.plusMonths(1).atDay(1);
  }

  /** The age as years and months, such as {@code 60y3m}, for messages. */
  public String getRequiredText() {
    return (requiredMonths / 12) + "y" + (requiredMonths % 12) + "m";
  }
}
