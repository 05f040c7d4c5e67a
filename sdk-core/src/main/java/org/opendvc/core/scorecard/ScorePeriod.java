package org.opendvc.core.scorecard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.opendvc.core.diagnostic.Validated;

/**
 * The period a scorecard covers: a year, a quarter or a month, as DVCQG's reporting API asks for
 * them ({@code timeType} {@code year}, {@code quarter}, {@code month}), or all time. A period runs
 * from the start of its first day to the start of the day after its last, in the zone it is read in
 * (Asia/Ho_Chi_Minh for scorecards).
 *
 * @param kind year, quarter, month or all time
 * @param year the year; 0 for all time
 * @param number the quarter (1–4) or month (1–12); 0 for a year or all time
 */
public record ScorePeriod(Kind kind, int year, int number) {
  /** The kinds of period. */
  public enum Kind {
    /** A calendar year. */
    YEAR,
    /** A quarter. */
    QUARTER,
    /** A month. */
    MONTH,
    /** No bound: every dossier counts. */
    ALL
  }

  private static final ScorePeriod ALL_TIME = new ScorePeriod(Kind.ALL, 0, 0);

  /**
   * Checks the numbers fit the kind.
   *
   * @throws IllegalArgumentException if the year is outside 2000–2099 or the number does not fit
   */
  public ScorePeriod {
    Objects.requireNonNull(kind, "kind");
    int maxNumber =
        switch (kind) {
          case QUARTER -> 4;
          case MONTH -> 12;
          case YEAR, ALL -> 0;
        };
    boolean yearOk = kind == Kind.ALL ? year == 0 : year >= 2000 && year <= 2099;
    boolean numberOk = maxNumber == 0 ? number == 0 : number >= 1 && number <= maxNumber;
    if (!yearOk || !numberOk) {
      throw new IllegalArgumentException(
          "not a period: " + kind + " " + year + " " + number + " (years 2000-2099)");
    }
  }

  /** A year. */
  public static ScorePeriod year(int year) {
    return new ScorePeriod(Kind.YEAR, year, 0);
  }

  /** A quarter, 1 to 4. */
  public static ScorePeriod quarter(int year, int quarter) {
    return new ScorePeriod(Kind.QUARTER, year, quarter);
  }

  /** A month, 1 to 12. */
  public static ScorePeriod month(int year, int month) {
    return new ScorePeriod(Kind.MONTH, year, month);
  }

  /** All time. */
  public static ScorePeriod allTime() {
    return ALL_TIME;
  }

  /**
   * Reads {@code 2026}, {@code 2026-Q1} (or {@code 2026-q1}), {@code 2026-03} or {@code all};
   * reports {@code SCORECARD_PERIOD_MALFORMED}.
   */
  public static Validated<ScorePeriod> parse(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    try {
      if (t.equals("ALL")) {
        return Validated.valid(ALL_TIME);
      }
      if (t.matches("[0-9]{4}")) {
        return Validated.valid(year(Integer.parseInt(t)));
      }
      if (t.matches("[0-9]{4}-Q[1-4]")) {
        return Validated.valid(quarter(Integer.parseInt(t.substring(0, 4)), t.charAt(6) - '0'));
      }
      if (t.matches("[0-9]{4}-[0-9]{2}")) {
        return Validated.valid(
            month(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5))));
      }
    } catch (IllegalArgumentException e) {
      // Falls through to the diagnostic.
    }
    return Validated.invalid(ScorecardDiagnostics.PERIOD_MALFORMED.at("", text.strip()));
  }

  /** The first day; {@link LocalDate#MIN} for all time. */
  public LocalDate firstDay() {
    return switch (kind) {
      case YEAR -> LocalDate.of(year, 1, 1);
      case QUARTER -> LocalDate.of(year, 3 * number - 2, 1);
      case MONTH -> LocalDate.of(year, number, 1);
      case ALL -> LocalDate.MIN;
    };
  }

  /** The last day; {@link LocalDate#MAX} for all time. */
  public LocalDate lastDay() {
    return switch (kind) {
      case YEAR -> LocalDate.of(year, 12, 31);
      case QUARTER -> firstDay().plusMonths(3).minusDays(1);
      case MONTH -> firstDay().plusMonths(1).minusDays(1);
      case ALL -> LocalDate.MAX;
    };
  }

  /** When the period starts in {@code zone}; {@link Instant#MIN} for all time. */
  public Instant start(ZoneId zone) {
    return kind == Kind.ALL ? Instant.MIN : firstDay().atStartOfDay(zone).toInstant();
  }

  /** When the period ends in {@code zone}, exclusive; {@link Instant#MAX} for all time. */
  public Instant end(ZoneId zone) {
    return kind == Kind.ALL ? Instant.MAX : lastDay().plusDays(1).atStartOfDay(zone).toInstant();
  }

  /**
   * The period as {@link #parse} reads it: {@code 2026}, {@code 2026-Q1}, {@code 2026-03}, {@code
   * all}.
   */
  @Override
  public String toString() {
    return switch (kind) {
      case YEAR -> Integer.toString(year);
      case QUARTER -> year + "-Q" + number;
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", year, number);
      case ALL -> "all";
    };
  }
}
