package org.opendvc.testkit.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dvc} command line for test teams and integrators.
 *
 * <p>Exit status: 0 when the command succeeded and found no error, 1 when it found errors, 2 for a
 * usage error.
 */
@Command(
    name = "dvc",
    mixinStandardHelpOptions = true,
    versionProvider = Dvc.Version.class,
    description =
        "OpenDVC: procedures, e-forms, rules and the national portal, from the command line.",
    subcommands = {
      ValidateCommand.class,
      IdCommand.class,
      BurdenCommand.class,
      CalendarCommand.class,
      SimulatorCommand.class,
      TestCommand.class,
      EligibilityCommand.class,
      ScorecardCommand.class,
      DemoCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Dvc {
  private Dvc() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, utf8(System.out), utf8(System.err)));
  }

  /** Runs the command line, writing to {@code out} and {@code err}, and returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Dvc());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    int status = cli.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  private static PrintWriter utf8(java.io.OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }

  /** Reads the version from the jar manifest, or says it is a development build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Dvc.class.getPackage().getImplementationVersion();
      return new String[] {"dvc " + (version == null ? "(development build)" : version)};
    }
  }
}
