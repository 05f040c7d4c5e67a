package org.opendvc.core.time;

import static org.opendvc.core.internal.json.JsonFields.Need.OPTIONAL;
import static org.opendvc.core.internal.json.JsonFields.Need.REQUIRED;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.Language;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.internal.json.JsonFields;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.json.JsonPointers;

/** Reads holiday schedule files ({@code holiday-schedule.schema.json}), reporting every problem. */
final class HolidayScheduleReader {
  private static final List<String> TOP =
      List.of("$schema", "year", "decisions", "daysOff", "workingDays", "note");
  private static final List<String> DECISION =
      List.of("number", "issuer", "issuedOn", "title", "url");
  private static final List<String> DAY_OFF = List.of("date", "kind", "name");
  private static final List<String> WORKING_DAY = List.of("date", "inExchangeFor");
  private static final Set<DayOfWeek> SATURDAY_AND_SUNDAY =
      Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

  private HolidayScheduleReader() {}

  static Validated<HolidaySchedule> read(JsonDocument doc) {
    DiagnosticCollector sink = new DiagnosticCollector();
    JsonFields top = JsonFields.of(doc.root(), "", sink);
    if (top == null) {
      return Validated.invalid(doc.locate(sink.toList()));
    }
    top.rejectUnknown(TOP);
    Integer year =
        top.integer(
            "year",
            REQUIRED,
            LunisolarCalendar.MIN_DATE.getYear(),
            LunisolarCalendar.MAX_DATE.getYear());
    List<ScheduleDecision> decisions =
        top.list("decisions", REQUIRED, HolidayScheduleReader::decision);
    JsonNode decisionNodes = doc.root().get("decisions");
    if (decisionNodes != null && decisionNodes.isArray() && decisionNodes.isEmpty()) {
      sink.add(CalendarDiagnostics.NO_DECISION, top.pointerOf("decisions"));
    }
    List<Holiday> daysOff = top.list("daysOff", REQUIRED, HolidayScheduleReader::dayOff);
    List<SwappedWorkingDay> workingDays =
        top.list("workingDays", OPTIONAL, HolidayScheduleReader::workingDay);
    LocalizedText note = top.localized("note", OPTIONAL);
    if (year == null) {
      return Validated.invalid(doc.locate(sink.toList()));
    }
    checkDates(year, top, doc.root(), sink);
    if (!sink.hasErrors()) {
      checkSwaps(daysOff, workingDays, top, doc.root(), sink);
      checkStatutoryDays(year, daysOff, sink);
    }
    if (sink.hasErrors()) {
      return Validated.invalid(doc.locate(sink.toList()));
    }
    return Validated.of(
        new HolidaySchedule(year, daysOff, workingDays, decisions, note),
        doc.locate(sink.toList()));
  }

  private static @Nullable ScheduleDecision decision(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    String number = f.text("number", REQUIRED);
    LocalizedText issuer = f.localized("issuer", REQUIRED);
    LocalDate issuedOn = f.date("issuedOn", REQUIRED);
    LocalizedText title = f.localized("title", REQUIRED);
    String url = f.text("url", OPTIONAL);
    f.rejectUnknown(DECISION);
    if (number == null || issuer == null || issuedOn == null || title == null) {
      return null;
    }
    return new ScheduleDecision(number, issuer, issuedOn, title, url);
  }

  private static @Nullable Holiday dayOff(JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    LocalDate date = f.date("date", REQUIRED);
    HolidayKind kind = f.enumValue("kind", HolidayKind.class, REQUIRED);
    LocalizedText name = f.localized("name", REQUIRED);
    f.rejectUnknown(DAY_OFF);
    return date == null || kind == null || name == null ? null : new Holiday(date, name, kind);
  }

  private static @Nullable SwappedWorkingDay workingDay(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    LocalDate date = f.date("date", REQUIRED);
    LocalDate inExchangeFor = f.date("inExchangeFor", REQUIRED);
    f.rejectUnknown(WORKING_DAY);
    if (date == null || inExchangeFor == null) {
      return null;
    }
    if (date.equals(inExchangeFor)) {
      sink.add(CalendarDiagnostics.SWAP_NOT_A_DAY_OFF, pointer + "/inExchangeFor", date, date);
      return null;
    }
    return new SwappedWorkingDay(date, inExchangeFor);
  }

  /**
   * Every date of the file in the schedule's year, and none twice. Works on the JSON so that each
   * problem is reported at the offending member, not at the item as read.
   */
  private static void checkDates(
      int year, JsonFields top, JsonNode root, DiagnosticCollector sink) {
    Set<LocalDate> seen = new HashSet<>();
    for (String list : new String[] {"daysOff", "workingDays"}) {
      JsonNode items = root.get(list);
      if (items == null || !items.isArray()) {
        continue;
      }
      for (int i = 0; i < items.size(); i++) {
        LocalDate date = dateAt(items.get(i), "date");
        if (date == null) {
          continue;
        }
        String pointer = JsonPointers.index(top.pointerOf(list), i) + "/date";
        if (date.getYear() != year) {
          sink.add(CalendarDiagnostics.DATE_OUTSIDE_YEAR, pointer, date, year);
        } else if (!seen.add(date)) {
          sink.add(CalendarDiagnostics.DUPLICATE_DATE, pointer, date);
        }
      }
    }
  }

  /** Each swap pairs a rest day worked with a swapped day off of this schedule, one for one. */
  private static void checkSwaps(
      List<Holiday> daysOff,
      List<SwappedWorkingDay> workingDays,
      JsonFields top,
      JsonNode root,
      DiagnosticCollector sink) {
    Map<LocalDate, Holiday> byDate = new HashMap<>();
    daysOff.forEach(h -> byDate.put(h.date(), h));
    Set<LocalDate> exchanged = new HashSet<>();
    JsonNode workingNodes = root.get("workingDays");
    for (int i = 0; i < workingDays.size(); i++) {
      SwappedWorkingDay worked = workingDays.get(i);
      String pointer =
          JsonPointers.index(top.pointerOf("workingDays"), indexOf(workingNodes, worked.date()));
      Holiday dayOff = byDate.get(worked.inExchangeFor());
      if (dayOff == null || dayOff.kind() != HolidayKind.SWAPPED) {
        sink.add(
            CalendarDiagnostics.SWAP_NOT_A_DAY_OFF,
            pointer + "/inExchangeFor",
            worked.date(),
            worked.inExchangeFor());
      } else {
        exchanged.add(worked.inExchangeFor());
      }
      if (!SATURDAY_AND_SUNDAY.contains(worked.date().getDayOfWeek())) {
        sink.add(CalendarDiagnostics.WORKING_DAY_NOT_REST_DAY, pointer + "/date", worked.date());
      }
    }
    JsonNode dayNodes = root.get("daysOff");
    for (Holiday holiday : daysOff) {
      String pointer =
          JsonPointers.index(top.pointerOf("daysOff"), indexOf(dayNodes, holiday.date()));
      if (holiday.kind() == HolidayKind.SWAPPED && !exchanged.contains(holiday.date())) {
        sink.add(CalendarDiagnostics.SWAP_UNMATCHED, pointer, holiday.date());
      }
      if (holiday.kind() != HolidayKind.STATUTORY
          && SATURDAY_AND_SUNDAY.contains(holiday.date().getDayOfWeek())) {
        sink.add(
            CalendarDiagnostics.EXTRA_DAY_OFF_ON_REST_DAY,
            pointer + "/date",
            holiday.date(),
            holiday.kind());
      }
    }
  }

  /** The days the Labour Code fixes must be there, so a mistyped date does not pass unseen. */
  private static void checkStatutoryDays(
      int year, List<Holiday> daysOff, DiagnosticCollector sink) {
    Set<LocalDate> statutory = new HashSet<>();
    daysOff.stream()
        .filter(h -> h.kind() == HolidayKind.STATUTORY)
        .forEach(h -> statutory.add(h.date()));
    for (Holiday fixed : StatutoryHolidays.fixedDays(year)) {
      if (!statutory.contains(fixed.date())) {
        sink.add(
            CalendarDiagnostics.STATUTORY_DAY_MISSING,
            "/daysOff",
            year,
            fixed.name().get(Language.EN),
            fixed.date());
      }
    }
  }

  private static @Nullable LocalDate dateAt(JsonNode item, String member) {
    JsonNode value = item.get(member);
    if (value == null || !value.isTextual()) {
      return null;
    }
    try {
      return LocalDate.parse(value.asText().strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The index of the item whose {@code date} member is {@code date}. */
  private static int indexOf(@Nullable JsonNode items, LocalDate date) {
    if (items != null) {
      for (int i = 0; i < items.size(); i++) {
        if (date.equals(dateAt(items.get(i), "date"))) {
          return i;
        }
      }
    }
    return 0;
  }
}
