package org.opendvc.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.json.JsonDocument;

class OfficialSchedulesTest {
  private static final Set<DayOfWeek> WEEKEND = Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(
              text("/org/opendvc/core/schema/holiday-schedule.schema.json"), InputFormat.JSON);

  static String text(String resource) {
    try (InputStream in = OfficialSchedulesTest.class.getResourceAsStream(resource)) {
      return new String(
          Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Validated<HolidaySchedule> readFixture(String name) {
    String resource = "/time/schedules/" + name;
    return OfficialSchedules.read(JsonDocument.parse(text(resource), name).orElseThrow());
  }

  private static Validated<HolidaySchedule> readShipped(int year) {
    String resource = OfficialSchedules.RESOURCE_FOLDER + year + ".json";
    return OfficialSchedules.read(JsonDocument.parse(text(resource), resource).orElseThrow());
  }

  private static List<String> codesAndPointers(Validated<?> read) {
    return read.diagnostics().stream().map(d -> d.code() + " " + d.pointer()).toList();
  }

  @Test
  void standard_holdsTheShippedYears() {
    assertThat(OfficialSchedules.standard().years()).containsExactly(2025, 2026);
    assertThat(OfficialSchedules.standard().schedule(2027)).isEmpty();
  }

  @Test
  void shippedSchedules_readWithoutAnyDiagnostic() {
    for (int year : OfficialSchedules.SHIPPED_YEARS) {
      Validated<HolidaySchedule> read = readShipped(year);
      assertThat(read.diagnostics()).as("%d", year).isEmpty();
      assertThat(read.orElseThrow().year()).isEqualTo(year);
      assertThat(read.orElseThrow().isOfficial()).isTrue();
    }
  }

  @Test
  void shippedSchedules_conformToThePublishedSchema() {
    for (String file :
        List.of(
            OfficialSchedules.RESOURCE_FOLDER + "2025.json",
            OfficialSchedules.RESOURCE_FOLDER + "2026.json",
            "/time/schedules/2027-ministry.json")) {
      assertThat(
              SCHEMA.validate(
                  text(file),
                  InputFormat.JSON,
                  c -> c.executionConfig(config -> config.formatAssertionsEnabled(true))))
          .as(file)
          .isEmpty();
    }
  }

  @Test
  void theSchema_rejectsWhatTheReaderRejects() {
    assertThat(SCHEMA.validate(text("/time/schedules/broken-dates.json"), InputFormat.JSON))
        .isNotEmpty();
    assertThat(SCHEMA.validate(text("/time/schedules/no-decision.json"), InputFormat.JSON))
        .isNotEmpty();
  }

  @Test
  void schedule2025_hasTheSwapOfTheFirstOfMay() {
    HolidaySchedule year2025 = OfficialSchedules.standard().schedule(2025).orElseThrow();
    assertThat(year2025.holidayOn(LocalDate.of(2025, 5, 2)).orElseThrow().kind())
        .isEqualTo(HolidayKind.SWAPPED);
    assertThat(year2025.workingDays())
        .containsExactly(
            new SwappedWorkingDay(LocalDate.of(2025, 4, 26), LocalDate.of(2025, 5, 2)));
    assertThat(year2025.decisions())
        .extracting(ScheduleDecision::number)
        .containsExactly("8726/VPCP-KGVX", "6150/TB-BLĐTBXH");
  }

  @Test
  void schedule2026_hasTwoSwapsAndTheHungKingsCompensatoryDay() {
    HolidaySchedule year2026 = OfficialSchedules.standard().schedule(2026).orElseThrow();
    assertThat(year2026.workingDays())
        .extracting(SwappedWorkingDay::date)
        .containsExactly(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 8, 22));
    assertThat(year2026.holidayOn(LocalDate.of(2026, 4, 27)).orElseThrow().kind())
        .isEqualTo(HolidayKind.COMPENSATORY);
    assertThat(year2026.holidays()).hasSize(14);
  }

  @Test
  void read_aMinistrysOwnFile_givesAnOfficialSchedule() {
    Validated<HolidaySchedule> read = readFixture("2027-ministry.json");
    assertThat(read.diagnostics()).isEmpty();
    HolidaySchedule schedule = read.orElseThrow();
    assertThat(schedule.year()).isEqualTo(2027);
    assertThat(schedule.isSwappedWorkingDay(LocalDate.of(2027, 2, 20))).isTrue();
    assertThat(schedule.holidays()).hasSize(16);
  }

  @Test
  void read_brokenDates_reportsEveryProblemAtItsMember() {
    Validated<HolidaySchedule> read = readFixture("broken-dates.json");
    assertThat(read.value()).isEmpty();
    assertThat(codesAndPointers(read))
        .containsExactlyInAnyOrder(
            "JSON_UNKNOWN_PROPERTY /comment",
            "JSON_INVALID_DATE /daysOff/3/date",
            "JSON_INVALID_VALUE /daysOff/4/kind",
            "JSON_REQUIRED_MISSING /daysOff/5/name",
            "JSON_UNKNOWN_PROPERTY /daysOff/5/nmae",
            "CAL_DATE_OUTSIDE_YEAR /daysOff/1/date",
            "CAL_DUPLICATE_DATE /daysOff/2/date",
            "CAL_DUPLICATE_DATE /workingDays/0/date");
    Diagnostic outside =
        read.diagnostics().stream()
            .filter(d -> d.code().equals("CAL_DATE_OUTSIDE_YEAR"))
            .findFirst()
            .orElseThrow();
    assertThat(outside.file()).isEqualTo("broken-dates.json");
    assertThat(outside.position()).isNotNull();
    assertThat(outside.position().line()).isEqualTo(8);
    assertThat(outside.message().en())
        .isEqualTo("2026-12-31 is not in 2027, the year of the schedule");
  }

  @Test
  void read_questionableFile_warnsButKeepsTheSchedule() {
    Validated<HolidaySchedule> read = readFixture("questionable.json");
    assertThat(read.isValid()).isTrue();
    assertThat(codesAndPointers(read))
        .containsExactlyInAnyOrder(
            "CAL_WORKING_DAY_NOT_REST_DAY /workingDays/0/date",
            "CAL_EXTRA_DAY_OFF_ON_REST_DAY /daysOff/5/date",
            "CAL_SWAP_UNMATCHED /daysOff/6",
            "CAL_STATUTORY_DAY_MISSING /daysOff");
    assertThat(read.diagnostics())
        .filteredOn(d -> d.code().equals("CAL_STATUTORY_DAY_MISSING"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message().en()).contains("Hùng Kings").contains("2027-04-16");
              assertThat(d.legalReference()).isNotNull();
            });
  }

  @Test
  void read_withoutDecision_isAnError() {
    assertThat(codesAndPointers(readFixture("no-decision.json")))
        .containsExactly("CAL_NO_DECISION /decisions");
  }

  private static Validated<HolidaySchedule> readWithWorkingDays(String workingDays) {
    String json =
        """
        {"year": 2027,
         "decisions": [{"number": "3/TB", "issuer": {"vi": "Bộ"}, "issuedOn": "2026-01-01",
                        "title": {"vi": "Thử"}}],
         "daysOff": [{"date": "2027-01-01", "kind": "STATUTORY", "name": {"vi": "Tết Dương lịch"}}],
         "workingDays": %s}
        """
            .formatted(workingDays);
    return OfficialSchedules.read(JsonDocument.parse(json, "inline").orElseThrow());
  }

  @Test
  void read_aSwapForADayThatIsNotSwapped_isAnError() {
    Validated<HolidaySchedule> read =
        readWithWorkingDays("[{\"date\": \"2027-01-09\", \"inExchangeFor\": \"2027-01-01\"}]");
    assertThat(read.value()).isEmpty();
    assertThat(read.errors())
        .extracting(d -> d.code() + " " + d.pointer())
        .containsExactly("CAL_SWAP_NOT_A_DAY_OFF /workingDays/0/inExchangeFor");
  }

  @Test
  void read_aDayWorkedInExchangeForItself_isAnError() {
    Validated<HolidaySchedule> read =
        readWithWorkingDays("[{\"date\": \"2027-01-16\", \"inExchangeFor\": \"2027-01-16\"}]");
    assertThat(codesAndPointers(read))
        .containsExactly("CAL_SWAP_NOT_A_DAY_OFF /workingDays/0/inExchangeFor");
  }

  @Test
  void read_notAnObject_isAJsonError() {
    Validated<HolidaySchedule> read =
        OfficialSchedules.read(JsonDocument.parse("[2026]", "array.json").orElseThrow());
    assertThat(codesAndPointers(read)).containsExactly("JSON_WRONG_TYPE ");
  }

  @Test
  void with_aScheduleForAYearAlreadyThere_replacesIt() {
    HolidaySchedule replacement =
        new HolidaySchedule(
            2026,
            List.of(),
            List.of(),
            OfficialSchedules.standard().schedule(2026).orElseThrow().decisions(),
            null);
    OfficialSchedules schedules = OfficialSchedules.standard().with(replacement);
    assertThat(schedules.schedule(2026)).contains(replacement);
    assertThat(schedules.years()).containsExactly(2025, 2026);
    assertThat(OfficialSchedules.standard().schedule(2026).orElseThrow().holidays()).isNotEmpty();
  }

  @Test
  void of_keepsTheLastScheduleOfAYear() {
    HolidaySchedule first = readFixture("2027-ministry.json").orElseThrow();
    HolidaySchedule second = readFixture("questionable.json").orElseThrow();
    assertThat(OfficialSchedules.of(List.of(first, second)).schedule(2027)).contains(second);
    assertThat(OfficialSchedules.empty().years()).isEmpty();
  }

  private static JsonDocument fixture(String name) {
    return JsonDocument.parse(text("/time/schedules/" + name), name).orElseThrow();
  }

  @Test
  void withFiles_addsTheGoodOnesAndReportsEveryProblem() {
    Validated<OfficialSchedules> loaded =
        OfficialSchedules.standard()
            .withFiles(
                List.of(
                    fixture("2027-ministry.json"),
                    fixture("broken-dates.json"),
                    fixture("questionable.json")));
    OfficialSchedules schedules = loaded.value().orElseThrow();
    assertThat(schedules.years()).containsExactly(2025, 2026, 2027);
    assertThat(schedules.schedule(2027).orElseThrow().decisions().get(0).number())
        .isEqualTo("2/TB-BNV");
    assertThat(loaded.diagnostics())
        .extracting(Diagnostic::code)
        .contains("CAL_DATE_OUTSIDE_YEAR", "CAL_SWAP_UNMATCHED", "CAL_DUPLICATE_YEAR");
    assertThat(loaded.diagnostics())
        .filteredOn(d -> d.code().equals("CAL_DUPLICATE_YEAR"))
        .singleElement()
        .satisfies(d -> assertThat(d.file()).isEqualTo("questionable.json"));
  }

  @Test
  void with_aComputedSchedule_isRefused() {
    HolidaySchedule computed = StatutoryHolidays.standard().schedule(2027, WEEKEND).orElseThrow();
    assertThatThrownBy(() -> OfficialSchedules.empty().with(computed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no decision");
  }

  @Test
  void schedule_forAgenciesWithOtherRestDays_isEmpty() {
    assertThat(OfficialSchedules.standard().schedule(2026, WEEKEND)).isPresent();
    assertThat(OfficialSchedules.standard().schedule(2026, Set.of(DayOfWeek.SUNDAY))).isEmpty();
  }

  @Test
  void holidaySchedule_rejectsDatesOutsideItsYearAndTwiceListedDates() {
    Holiday newYear =
        new Holiday(LocalDate.of(2027, 1, 1), StatutoryHolidays.NEW_YEAR, HolidayKind.STATUTORY);
    assertThatThrownBy(
            () -> new HolidaySchedule(2026, List.of(newYear), List.of(), List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not in the schedule's year 2026");
    assertThatThrownBy(
            () -> new HolidaySchedule(2027, List.of(newYear, newYear), List.of(), List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
    assertThatThrownBy(() -> new SwappedWorkingDay(newYear.date(), newYear.date()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
