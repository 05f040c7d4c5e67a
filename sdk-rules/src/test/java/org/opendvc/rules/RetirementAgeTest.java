package org.opendvc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.procedure.Procedure;

/**
 * The retirement-age rule package against Decree 135/2020/ND-CP Annex I (normal working
 * conditions), row by row, at the first and last month of birth of every row, for men and women.
 * The rows are those of the reference table (vietnam-domain.md §6).
 */
class RetirementAgeTest {
  private static RulesEngine engine;
  private static Procedure pension;

  /** A row of Annex I: birth months from..to (inclusive) retire at years + months. */
  record Row(String sex, YearMonth from, YearMonth to, int years, int months) {}

  private static final List<Row> ROWS =
      List.of(
          new Row("MALE", ym(1961, 1), ym(1961, 9), 60, 3),
          new Row("MALE", ym(1961, 10), ym(1962, 6), 60, 6),
          new Row("MALE", ym(1962, 7), ym(1963, 3), 60, 9),
          new Row("MALE", ym(1963, 4), ym(1963, 12), 61, 0),
          new Row("MALE", ym(1964, 1), ym(1964, 9), 61, 3),
          new Row("MALE", ym(1964, 10), ym(1965, 6), 61, 6),
          new Row("MALE", ym(1965, 7), ym(1966, 3), 61, 9),
          new Row("MALE", ym(1966, 4), ym(1980, 12), 62, 0),
          new Row("FEMALE", ym(1966, 1), ym(1966, 8), 55, 4),
          new Row("FEMALE", ym(1966, 9), ym(1967, 4), 55, 8),
          new Row("FEMALE", ym(1967, 5), ym(1967, 12), 56, 0),
          new Row("FEMALE", ym(1968, 1), ym(1968, 8), 56, 4),
          new Row("FEMALE", ym(1968, 9), ym(1969, 4), 56, 8),
          new Row("FEMALE", ym(1969, 5), ym(1969, 12), 57, 0),
          new Row("FEMALE", ym(1970, 1), ym(1970, 8), 57, 4),
          new Row("FEMALE", ym(1970, 9), ym(1971, 4), 57, 8),
          new Row("FEMALE", ym(1971, 5), ym(1971, 12), 58, 0),
          new Row("FEMALE", ym(1972, 1), ym(1972, 8), 58, 4),
          new Row("FEMALE", ym(1972, 9), ym(1973, 4), 58, 8),
          new Row("FEMALE", ym(1973, 5), ym(1973, 12), 59, 0),
          new Row("FEMALE", ym(1974, 1), ym(1974, 8), 59, 4),
          new Row("FEMALE", ym(1974, 9), ym(1975, 4), 59, 8),
          new Row("FEMALE", ym(1975, 5), ym(1985, 12), 60, 0));

  @BeforeAll
  static void start() {
    engine = RulesEngine.builder().poolSize(2).build();
    pension = Fixtures.procedure("/procedures/retirement.json");
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  static Stream<Arguments> boundaries() {
    List<Arguments> out = new ArrayList<>();
    for (Row row : ROWS) {
      out.add(Arguments.of(row.sex(), row.from(), row));
      out.add(Arguments.of(row.sex(), row.to(), row));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} born {1}")
  @MethodSource("boundaries")
  void decide_atEveryBoundaryOfAnnexI_retiresAtTheTablesAge(String sex, YearMonth born, Row row) {
    YearMonth reached = born.plusMonths(row.years() * 12L + row.months());
    LocalDate retirement = reached.atEndOfMonth();

    Finding onTheDay = retirement(sex, born, retirement);
    Finding dayBefore = retirement(sex, born, retirement.minusDays(1));

    assertThat(onTheDay.status()).isEqualTo(FindingStatus.MET);
    assertThat(onTheDay.required()).isEqualTo(row.years() + "y" + row.months() + "m");
    assertThat(onTheDay.actual()).isEqualTo(retirement.toString());
    assertThat(dayBefore.status()).isEqualTo(FindingStatus.NOT_MET);
    assertThat(onTheDay.ruleId()).isEqualTo("RET-135-REACHED");
    assertThat(dayBefore.ruleId()).isEqualTo("RET-135-NOT-REACHED");
  }

  @Test
  void decide_everyMonthOfBirthFrom1960To1976_matchesTheRowItFallsIn() {
    for (String sex : List.of("MALE", "FEMALE")) {
      for (YearMonth born = ym(1960, 1); born.isBefore(ym(1977, 1)); born = born.plusMonths(1)) {
        String expected = expectedAge(sex, born);
        LocalDate farFuture = LocalDate.of(2050, 1, 1);
        assertThat(retirement(sex, born, farFuture).required())
            .as("%s born %s", sex, born)
            .isEqualTo(expected);
      }
    }
  }

  @Test
  void decide_whenTheOldAgeWasReachedBefore2021_keepsIt() {
    assertThat(retirement("MALE", ym(1960, 12), LocalDate.of(2021, 1, 1)).required())
        .isEqualTo("60y0m");
    assertThat(retirement("FEMALE", ym(1965, 12), LocalDate.of(2021, 1, 1)).required())
        .isEqualTo("55y0m");
  }

  @Test
  void decide_withoutSex_needsIt() {
    Decision d =
        engine.decide(
            DecisionRequest.builder(pension, LocalDate.of(2025, 1, 1))
                .fact(
                    SubjectRole.APPLICANT,
                    "person.dateOfBirth",
                    DataValue.date(LocalDate.of(1963, 5, 2)))
                .build());

    assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_INFORMATION);
    assertThat(d.missing()).containsExactly("person.sex");
  }

  private static String expectedAge(String sex, YearMonth born) {
    for (Row row : ROWS) {
      if (row.sex().equals(sex) && !born.isBefore(row.from()) && !born.isAfter(row.to())) {
        return row.years() + "y" + row.months() + "m";
      }
    }
    return sex.equals("MALE") ? "60y0m" : "55y0m";
  }

  private static Finding retirement(String sex, YearMonth born, LocalDate on) {
    Decision d =
        engine.decide(
            DecisionRequest.builder(pension, on)
                .fact(SubjectRole.APPLICANT, "person.sex", DataValue.code(sex))
                .fact(SubjectRole.APPLICANT, "person.dateOfBirth", DataValue.date(born.atDay(15)))
                .build());
    return d.finding("retirement-age-reached").orElseThrow();
  }

  private static YearMonth ym(int year, int month) {
    return YearMonth.of(year, month);
  }
}
