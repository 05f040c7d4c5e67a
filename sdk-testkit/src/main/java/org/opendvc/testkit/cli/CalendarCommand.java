package org.opendvc.testkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dvc calendar}: the working-day calendar of Vietnamese agencies. */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description = {
      "The working-day calendar of state agencies: holidays and deadlines in working days or"
          + " working hours.",
      "Holidays come from the official schedules OpenDVC ships (2025, 2026), then from the Labour"
          + " Code's rules; --schedule loads more."
    },
    subcommands = {CalendarHolidaysCommand.class, CalendarDeadlineCommand.class})
final class CalendarCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Without a subcommand: the usage, as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }
}
