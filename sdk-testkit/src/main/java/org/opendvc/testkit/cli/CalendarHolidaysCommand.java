package org.opendvc.testkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.opendvc.core.Language;
import org.opendvc.core.time.Holiday;
import org.opendvc.core.time.HolidaySchedule;
import org.opendvc.core.time.ScheduleDecision;
import org.opendvc.core.time.SwappedWorkingDay;
import org.opendvc.core.time.WorkingCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dvc calendar holidays YEAR}: the days off of a year, with their names. */
@Command(
    name = "holidays",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the days off of a year for agencies that rest on Saturday and Sunday, each with its"
          + " date and name, and the Saturdays worked in exchange.",
      "Exit status: 0, 1 when a schedule file has errors, 2 for a usage error or a year no"
          + " schedule covers."
    })
final class CalendarHolidaysCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin CalendarOptions options;

  @Parameters(paramLabel = "YEAR", description = "The calendar year, such as 2026.")
  int year;

  @Override
  public Integer call() {
    Optional<WorkingCalendar> calendar = options.calendar(spec);
    if (calendar.isEmpty()) {
      return 1;
    }
    HolidaySchedule schedule;
    try {
      schedule = calendar.get().schedule(year);
    } catch (DateTimeException e) {
      spec.commandLine().getErr().println("dvc calendar holidays: " + e.getMessage());
      return 2;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (options.format == OutputFormat.JSON) {
      printJson(out, schedule);
    } else {
      printText(out, schedule);
      options.printWarnings(spec);
    }
    return 0;
  }

  private void printText(PrintWriter out, HolidaySchedule schedule) {
    boolean vi = options.lang == Language.VI;
    String basis =
        schedule.isOfficial()
            ? (vi ? "lịch chính thức: " : "official schedule: ")
                + schedule.decisions().stream()
                    .map(ScheduleDecision::number)
                    .collect(Collectors.joining(", "))
            : (vi
                ? "tính theo Bộ luật Lao động, chưa có lịch chính thức"
                : "computed from the Labour Code, no official schedule");
    out.println((vi ? "Ngày nghỉ năm " : "Days off in ") + year + " (" + basis + ")");
    for (Holiday holiday : schedule.holidays()) {
      options.printHoliday(out, "", holiday);
    }
    if (!schedule.workingDays().isEmpty()) {
      out.println(vi ? "Ngày làm bù:" : "Working days in exchange:");
      for (SwappedWorkingDay worked : schedule.workingDays()) {
        out.printf(
            "%s  %-9s %s %s%n",
            worked.date(),
            options.weekday(worked.date().getDayOfWeek()),
            vi ? "làm bù cho" : "in exchange for",
            worked.inExchangeFor());
      }
    }
  }

  private void printJson(PrintWriter out, HolidaySchedule schedule) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("year", schedule.year());
    root.put("official", schedule.isOfficial());
    ArrayNode decisions = root.putArray("decisions");
    for (ScheduleDecision decision : schedule.decisions()) {
      ObjectNode d = decisions.addObject();
      d.put("number", decision.number());
      d.put("issuer", decision.issuer().get(options.lang));
      d.put("issuedOn", decision.issuedOn().toString());
      d.put("title", decision.title().get(options.lang));
      if (decision.url() != null) {
        d.put("url", decision.url());
      }
    }
    ArrayNode holidays = root.putArray("holidays");
    schedule.holidays().forEach(h -> CalendarOptions.addJson(holidays, h));
    ArrayNode workingDays = root.putArray("workingDays");
    for (SwappedWorkingDay worked : schedule.workingDays()) {
      ObjectNode w = workingDays.addObject();
      w.put("date", worked.date().toString());
      w.put("inExchangeFor", worked.inExchangeFor().toString());
    }
    options.addWarnings(root);
    JsonOutput.print(out, root);
  }
}
