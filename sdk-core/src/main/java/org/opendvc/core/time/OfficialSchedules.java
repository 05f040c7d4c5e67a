package org.opendvc.core.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.json.JsonDocument;

/**
 * The official holiday schedules (lịch nghỉ lễ, tết) for civil servants, one per year, read from
 * files in the {@code holiday-schedule.schema.json} format.
 *
 * <p>Each year the Prime Minister decides the Tết days, the day next to National Day and any swaps
 * of working days, and the Ministry of Home Affairs (before 2025, the Ministry of Labour, Invalids
 * and Social Affairs) announces them to agencies. {@link #standard()} holds the schedules OpenDVC
 * ships; a ministry that has next year's announcement before OpenDVC does loads it with {@link
 * #read(JsonDocument)} and {@link #with(HolidaySchedule)}, without waiting for a release.
 *
 * <p>The announcements are for agencies that rest on Saturday and Sunday; agencies with other rest
 * days set their own schedule. So {@link #schedule(int, Set)} answers only for those rest days, and
 * a calendar with other rest days falls back on its next source.
 *
 * <p>Immutable and thread-safe.
 */
public final class OfficialSchedules implements HolidaySource {
  /** The classpath folder of the shipped schedules, one file per year: {@code 2026.json}. */
  public static final String RESOURCE_FOLDER = "/org/opendvc/core/time/schedules/";

  /** The years OpenDVC ships a schedule for. */
  static final List<Integer> SHIPPED_YEARS = List.of(2025, 2026);

  private static final Set<DayOfWeek> SATURDAY_AND_SUNDAY =
      Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
  private static final OfficialSchedules EMPTY = new OfficialSchedules(Map.of());

  private static final class StandardHolder {
    static final OfficialSchedules STANDARD = loadStandard();
  }

  private final Map<Integer, HolidaySchedule> byYear;

  private OfficialSchedules(Map<Integer, HolidaySchedule> byYear) {
    this.byYear = byYear;
  }

  /** The schedules OpenDVC ships (2025 and 2026). Loaded once, on first use. */
  public static OfficialSchedules standard() {
    return StandardHolder.STANDARD;
  }

  /** No schedule at all. */
  public static OfficialSchedules empty() {
    return EMPTY;
  }

  /**
   * The given schedules; when two are for the same year, the later one wins.
   *
   * @throws IllegalArgumentException if a schedule is not {@linkplain HolidaySchedule#isOfficial()
   *     official}
   */
  public static OfficialSchedules of(Collection<HolidaySchedule> schedules) {
    OfficialSchedules result = EMPTY;
    for (HolidaySchedule schedule : schedules) {
      result = result.with(schedule);
    }
    return result;
  }

  /**
   * Reads a schedule file. Problems come back as diagnostics ({@link CalendarDiagnostics} and the
   * JSON ones), all of them in one pass.
   */
  public static Validated<HolidaySchedule> read(JsonDocument document) {
    Objects.requireNonNull(document, "document");
    return HolidayScheduleReader.read(document);
  }

  /**
   * These schedules with {@code schedule} added, replacing any for the same year.
   *
   * @throws IllegalArgumentException if the schedule cites no decision
   */
  public OfficialSchedules with(HolidaySchedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    if (!schedule.isOfficial()) {
      throw new IllegalArgumentException(
          "The schedule for " + schedule.year() + " cites no decision, so it is not official");
    }
    Map<Integer, HolidaySchedule> copy = new TreeMap<>(byYear);
    copy.put(schedule.year(), schedule);
    return new OfficialSchedules(Map.copyOf(copy));
  }

  /**
   * These schedules with those read from {@code files} added in order, each replacing any schedule
   * of its year. Every file's problems come back as diagnostics, and a file that repeats the year
   * of an earlier one in the list gets a {@link CalendarDiagnostics#DUPLICATE_YEAR} warning; files
   * with errors are left out. The value is always present.
   */
  public Validated<OfficialSchedules> withFiles(List<JsonDocument> files) {
    Objects.requireNonNull(files, "files");
    List<Diagnostic> diagnostics = new ArrayList<>();
    Set<Integer> yearsRead = new HashSet<>();
    OfficialSchedules result = this;
    for (JsonDocument file : files) {
      Validated<HolidaySchedule> read = read(file);
      diagnostics.addAll(read.diagnostics());
      if (read.isValid()) {
        HolidaySchedule schedule = read.orElseThrow();
        if (!yearsRead.add(schedule.year())) {
          diagnostics.addAll(
              file.locate(
                  List.of(CalendarDiagnostics.DUPLICATE_YEAR.at("/year", schedule.year()))));
        }
        result = result.with(schedule);
      }
    }
    return Validated.of(result, diagnostics);
  }

  /** Whether a schedule for {@code year} is present. */
  public boolean contains(int year) {
    return byYear.containsKey(year);
  }

  /** The years with a schedule, in order. */
  public SortedSet<Integer> years() {
    return new TreeSet<>(byYear.keySet());
  }

  /** The schedule of {@code year}, if present, whatever the rest days. */
  public Optional<HolidaySchedule> schedule(int year) {
    return Optional.ofNullable(byYear.get(year));
  }

  /** The schedule of {@code year}, for agencies that rest on Saturday and Sunday only. */
  @Override
  public Optional<HolidaySchedule> schedule(int year, Set<DayOfWeek> weeklyRestDays) {
    return weeklyRestDays.equals(SATURDAY_AND_SUNDAY) ? schedule(year) : Optional.empty();
  }

  @Override
  public String toString() {
    return "OfficialSchedules" + years();
  }

  private static OfficialSchedules loadStandard() {
    OfficialSchedules result = EMPTY;
    for (int year : SHIPPED_YEARS) {
      String resource = RESOURCE_FOLDER + year + ".json";
      try (InputStream in = OfficialSchedules.class.getResourceAsStream(resource)) {
        Objects.requireNonNull(in, "missing resource " + resource);
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        // A defect here is a build defect: OfficialSchedulesTest loads every shipped file.
        result = result.with(read(JsonDocument.parse(text, resource).orElseThrow()).orElseThrow());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + resource, e);
      }
    }
    return result;
  }
}
