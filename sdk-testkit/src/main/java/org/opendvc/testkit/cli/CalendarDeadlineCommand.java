package org.opendvc.testkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opendvc.core.Language;
import org.opendvc.core.time.Holiday;
import org.opendvc.core.time.WorkingCalendar;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dvc calendar deadline}: the due date of a processing time. */
@Command(
    name = "deadline",
    mixinStandardHelpOptions = true,
    description = {
      "Computes when a dossier received at --from is due: after --working-days N (counted from"
          + " the working day after the receipt day; 0 = the working day of receipt), or after"
          + " --working-hours N of office hours (8 for confirming receipt, Decree 45/2020).",
      "A receipt after 17:00, on a weekend or on a holiday counts from the next working day.",
      "Exit status: 0, 1 when a schedule file has errors, 2 for a usage error."
    })
final class CalendarDeadlineCommand implements Callable<Integer> {
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Spec CommandSpec spec;

  @Mixin CalendarOptions options;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "ISO-DATE-TIME",
      description =
          "When the dossier was received: 2026-02-13T16:30 (Vietnam time), with an offset"
              + " (2026-02-13T09:30Z), or a date (received during office hours).")
  String from;

  @ArgGroup(multiplicity = "1")
  Amount amount;

  /** Exactly one of the two amounts. */
  static final class Amount {
    @Option(
        names = "--working-days",
        paramLabel = "N",
        description = "The processing time in working days.")
    Integer workingDays;

    @Option(
        names = "--working-hours",
        paramLabel = "N",
        description = "The processing time in working hours.")
    Integer workingHours;
  }

  @Override
  public Integer call() {
    int n = amount.workingDays != null ? amount.workingDays : amount.workingHours;
    if (n < 0) {
      throw new ParameterException(spec.commandLine(), "N must not be negative: " + n);
    }
    Optional<WorkingCalendar> loaded = options.calendar(spec);
    if (loaded.isEmpty()) {
      return 1;
    }
    WorkingCalendar calendar = loaded.get();
    try {
      Instant received = parseFrom(calendar);
      if (amount.workingDays != null) {
        printDays(calendar, received, n);
      } else {
        printHours(calendar, received, n);
      }
    } catch (DateTimeException e) {
      spec.commandLine().getErr().println("dvc calendar deadline: " + e.getMessage());
      return 2;
    }
    options.printWarnings(spec);
    return 0;
  }

  /** The receipt instant; a bare date stands for the opening of its office hours. */
  private Instant parseFrom(WorkingCalendar calendar) {
    String text = from.strip();
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notWithOffset) {
      // Try the other forms.
    }
    try {
      return ZonedDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notZoned) {
      // Try the other forms.
    }
    try {
      return LocalDateTime.parse(text).atZone(calendar.zone()).toInstant();
    } catch (DateTimeParseException notLocal) {
      // Try the other forms.
    }
    try {
      return LocalDate.parse(text)
          .atTime(calendar.officeHours().opening())
          .atZone(calendar.zone())
          .toInstant();
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(),
          "--from must be an ISO date-time such as 2026-02-13T16:30 or a date, not '" + from + "'");
    }
  }

  private void printDays(WorkingCalendar calendar, Instant received, int n) {
    LocalDate receiptDay = calendar.receiptDay(received);
    LocalDate due = calendar.addWorkingDays(received, n);
    Instant dueBy = calendar.endOfOfficeHours(due);
    List<Holiday> daysOff = daysOffBetween(calendar, receiptDay, due);
    boolean vi = options.lang == Language.VI;
    if (options.format == OutputFormat.JSON) {
      ObjectNode root = report(calendar, received);
      root.put("receiptDay", receiptDay.toString());
      root.put("workingDays", n);
      root.put("due", due.toString());
      root.put("dueBy", dueBy.atZone(calendar.zone()).toOffsetDateTime().toString());
      print(root, daysOff);
      return;
    }
    PrintWriter out = spec.commandLine().getOut();
    printReceived(out, calendar, received);
    out.printf(
        "%-15s %s  %s%n",
        vi ? "Ngày tiếp nhận:" : "Receipt day:",
        receiptDay,
        options.weekday(receiptDay.getDayOfWeek()));
    out.printf(
        "%-15s %s  %s, %s %s (%d %s)%n",
        vi ? "Hạn:" : "Due:",
        due,
        options.weekday(due.getDayOfWeek()),
        vi ? "trước" : "by",
        calendar.officeHours().closing(),
        n,
        vi ? "ngày làm việc" : (n == 1 ? "working day" : "working days"));
    printDaysOff(out, daysOff);
  }

  private void printHours(WorkingCalendar calendar, Instant received, int n) {
    Instant dueBy = calendar.addWorkingHours(received, n);
    LocalDate start = received.atZone(calendar.zone()).toLocalDate();
    List<Holiday> daysOff =
        daysOffBetween(calendar, start.minusDays(1), dueBy.atZone(calendar.zone()).toLocalDate());
    boolean vi = options.lang == Language.VI;
    if (options.format == OutputFormat.JSON) {
      ObjectNode root = report(calendar, received);
      root.put("workingHours", n);
      root.put("dueBy", dueBy.atZone(calendar.zone()).toOffsetDateTime().toString());
      print(root, daysOff);
      return;
    }
    PrintWriter out = spec.commandLine().getOut();
    printReceived(out, calendar, received);
    ZonedDateTime due = dueBy.atZone(calendar.zone());
    out.printf(
        "%-15s %s  %s (%d %s)%n",
        vi ? "Hạn:" : "Due:",
        MINUTES.format(due),
        options.weekday(due.getDayOfWeek()),
        n,
        vi ? "giờ làm việc" : (n == 1 ? "working hour" : "working hours"));
    printDaysOff(out, daysOff);
  }

  private void printReceived(PrintWriter out, WorkingCalendar calendar, Instant received) {
    ZonedDateTime at = received.atZone(calendar.zone());
    out.printf(
        "%-15s %s  %s%n",
        options.lang == Language.VI ? "Tiếp nhận:" : "Received:",
        MINUTES.format(at),
        options.weekday(at.getDayOfWeek()));
  }

  private void printDaysOff(PrintWriter out, List<Holiday> daysOff) {
    if (daysOff.isEmpty()) {
      return;
    }
    out.println(options.lang == Language.VI ? "Ngày nghỉ trong thời hạn:" : "Days off on the way:");
    daysOff.forEach(h -> options.printHoliday(out, "  ", h));
  }

  private static ObjectNode report(WorkingCalendar calendar, Instant received) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("receivedAt", received.atZone(calendar.zone()).toOffsetDateTime().toString());
    return root;
  }

  private void print(ObjectNode root, List<Holiday> daysOff) {
    ArrayNode list = root.putArray("daysOff");
    daysOff.forEach(h -> CalendarOptions.addJson(list, h));
    options.addWarnings(root);
    JsonOutput.print(spec.commandLine().getOut(), root);
  }

  /** The schedule's days off after {@code after} up to and including {@code through}. */
  private static List<Holiday> daysOffBetween(
      WorkingCalendar calendar, LocalDate after, LocalDate through) {
    List<Holiday> daysOff = new ArrayList<>();
    for (int year = after.getYear(); year <= through.getYear(); year++) {
      for (Holiday holiday : calendar.holidays(year)) {
        if (holiday.date().isAfter(after) && !holiday.date().isAfter(through)) {
          daysOff.add(holiday);
        }
      }
    }
    return daysOff;
  }
}
