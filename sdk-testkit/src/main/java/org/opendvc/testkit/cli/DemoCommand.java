package org.opendvc.testkit.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.Language;
import org.opendvc.core.OpenDvcException;
import org.opendvc.testkit.demo.Demo;
import org.opendvc.testkit.demo.DemoOptions;
import org.opendvc.testkit.demo.DemoReport;
import org.opendvc.testkit.simulator.PortalSimulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dvc demo}: a family's birth registration and what follows it, end to end. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Walks a synthetic family through birth registration (1.001193) on the embedded portal"
          + " simulator: the procedure and its form, prefill from the registries, the burden"
          + " estimate, eligibility and once-only findings, the dossier code, the lifecycle synced"
          + " to the portal through the outbox, the electronic birth certificate in the"
          + " e-document warehouse; then the interconnected permanent residence registration"
          + " (1.004222), which fetches that certificate instead of asking for it; then the"
          + " agency's Decision 766 scorecard.",
      "With --dossiers N it makes N dossiers (N/2 families, each a birth and a residence"
          + " registration) and checks that every one reached the portal whole and once.",
      "Exit status: 0 when every dossier reached the portal, 1 when one did not, 2 for a usage"
          + " error or when the demo cannot start."
    })
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--portal",
      paramLabel = "URL",
      description =
          "A portal (or a simulator started with dvc simulator) instead of the embedded one.")
  @Nullable URI portal;

  @Option(
      names = "--dossiers",
      paramLabel = "N",
      description = "Make N dossiers quietly, for load and fault tests, instead of the story.")
  @Nullable Integer dossiers;

  @Option(
      names = "--lang",
      defaultValue = "vi",
      converter = LanguageConverter.class,
      description = "Language of the narrative and the findings: vi (default) or en.")
  Language lang = Language.VI;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic families.")
  long seed;

  @Option(
      names = "--examples",
      defaultValue = "examples",
      paramLabel = "DIR",
      description = "Folder holding catalog/ and forms/ (default: examples).")
  Path examples;

  @Option(
      names = "--username",
      defaultValue = PortalSimulator.DEFAULT_USERNAME,
      description = "Portal login (default: the simulator's).")
  String username;

  @Option(
      names = "--password",
      defaultValue = PortalSimulator.DEFAULT_PASSWORD,
      description = "Portal password (default: the simulator's).")
  String password;

  @Option(
      names = "--agency",
      defaultValue = PortalSimulator.DEFAULT_AGENCY,
      description = "Agency code the client logs in for (madonvi).")
  String agency;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (dossiers != null && (dossiers < 1 || dossiers > 9_000)) {
      err.println("dvc demo: --dossiers must be between 1 and 9000");
      return 2;
    }
    DemoOptions options =
        DemoOptions.builder()
            .portal(portal)
            .dossiers(dossiers)
            .lang(lang)
            .seed(seed)
            .examples(examples)
            .login(username, password, agency)
            .build();
    try {
      DemoReport report = new Demo(options, Clock.systemUTC(), out).run();
      return report.succeeded() ? 0 : 1;
    } catch (OpenDvcException e) {
      out.flush();
      err.println("dvc demo: " + e.getMessage());
      return 2;
    }
  }
}
