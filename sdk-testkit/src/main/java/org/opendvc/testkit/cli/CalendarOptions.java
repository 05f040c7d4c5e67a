package org.opendvc.testkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opendvc.core.Language;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.time.Holiday;
import org.opendvc.core.time.OfficialSchedules;
import org.opendvc.core.time.StatutoryHolidays;
import org.opendvc.core.time.WorkingCalendar;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options every {@code dvc calendar} subcommand takes, and the calendar they build. */
final class CalendarOptions extends OutputOptions {
  private static final String[] WEEKDAYS_VI = {
    "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"
  };

  @Option(
      names = "--schedule",
      paramLabel = "FILE",
      description =
          "An official holiday schedule (holiday-schedule.schema.json) to load; it replaces the"
              + " shipped or computed holidays of its year. Repeatable.")
  List<Path> schedules = new ArrayList<>();

  /** Problems found in the schedule files that did not stop the command. */
  final List<Diagnostic> warnings = new ArrayList<>();

  /**
   * The standard calendar with the schedule files loaded, or empty when a file has errors (they are
   * printed; the command should exit with 1). Warnings are kept in {@link #warnings}.
   *
   * @throws ParameterException if a file does not exist
   */
  Optional<WorkingCalendar> calendar(CommandSpec spec) {
    if (schedules.isEmpty()) {
      return Optional.of(WorkingCalendar.standard());
    }
    List<Path> missing = schedules.stream().filter(p -> !Files.isRegularFile(p)).toList();
    if (!missing.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no such schedule file: " + missing);
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<JsonDocument> documents = new ArrayList<>();
    for (Path file : schedules) {
      Validated<JsonDocument> document = JsonDocument.read(file, file.toString());
      diagnostics.addAll(document.diagnostics());
      document.value().ifPresent(documents::add);
    }
    Validated<OfficialSchedules> loaded = OfficialSchedules.standard().withFiles(documents);
    diagnostics.addAll(loaded.diagnostics());
    if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
      DiagnosticPrinter.print(
          spec.commandLine().getOut(), format, lang, schedules.size(), diagnostics);
      return Optional.empty();
    }
    warnings.addAll(diagnostics);
    return Optional.of(
        WorkingCalendar.builder()
            .holidaySources(loaded.orElseThrow(), StatutoryHolidays.standard())
            .build());
  }

  /** Prints the warnings for people, on standard error; JSON output carries them instead. */
  void printWarnings(CommandSpec spec) {
    if (format == OutputFormat.TEXT && !warnings.isEmpty()) {
      DiagnosticPrinter.print(
          spec.commandLine().getErr(), format, lang, schedules.size(), warnings);
    }
  }

  /** Adds the warnings to a JSON report. */
  void addWarnings(ObjectNode report) {
    ArrayNode list = report.putArray("diagnostics");
    warnings.forEach(d -> list.add(DiagnosticPrinter.json(d)));
  }

  String text(LocalizedText text) {
    return text.get(lang);
  }

  String weekday(DayOfWeek day) {
    return lang == Language.VI
        ? WEEKDAYS_VI[day.getValue() - 1]
        : day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** A day off as one line: date, weekday, name. */
  void printHoliday(PrintWriter out, String indent, Holiday holiday) {
    out.printf(
        "%s%s  %-9s %s%n",
        indent, holiday.date(), weekday(holiday.date().getDayOfWeek()), text(holiday.name()));
  }

  /** A day off as JSON. */
  static void addJson(ArrayNode list, Holiday holiday) {
    ObjectNode o = list.addObject();
    o.put("date", holiday.date().toString());
    o.put("dayOfWeek", holiday.date().getDayOfWeek().name());
    o.put("kind", holiday.kind().name());
    ObjectNode name = o.putObject("name");
    name.put("vi", holiday.name().vi());
    name.put("en", holiday.name().get(Language.EN));
  }
}
