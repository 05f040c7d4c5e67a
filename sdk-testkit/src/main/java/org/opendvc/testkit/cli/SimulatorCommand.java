package org.opendvc.testkit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.opendvc.testkit.simulator.FaultPlan;
import org.opendvc.testkit.simulator.PortalSimulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dvc simulator}: runs the portal simulator until interrupted. */
@Command(
    name = "simulator",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a simulated DVCQG adapter on a local port until interrupted (Ctrl+C).",
      "Statistics: GET /__simulator/stats. Protocol: docs/simulator.md."
    })
final class SimulatorCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--port", defaultValue = "8089", description = "Port (0: any free port).")
  int port;

  @Option(
      names = "--fault-rate",
      defaultValue = "0",
      description = "Share of requests that get a fault, 0 to 1.")
  double faultRate;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of faults and data.")
  long seed;

  @Option(
      names = "--code-prefix",
      defaultValue = "H56",
      description = "Province identifier dossier codes must start with.")
  String codePrefix;

  /** Released when the command should stop; tests release it instead of interrupting. */
  final CountDownLatch stop = new CountDownLatch(1);

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (faultRate < 0 || faultRate > 1) {
      spec.commandLine().getErr().println("dvc simulator: --fault-rate must be between 0 and 1");
      return 2;
    }
    PortalSimulator simulator;
    try {
      simulator =
          PortalSimulator.builder()
              .port(port)
              .seed(seed)
              .codePrefix(codePrefix)
              .faults(faultRate == 0 ? FaultPlan.none() : FaultPlan.all(faultRate))
              .start();
    } catch (RuntimeException e) {
      spec.commandLine().getErr().println("dvc simulator: " + e.getMessage());
      return 2;
    }
    Thread hook = new Thread(stop::countDown);
    Runtime.getRuntime().addShutdownHook(hook);
    try (simulator) {
      out.println("Portal simulator listening on " + simulator.url());
      out.println(
          "  login "
              + PortalSimulator.DEFAULT_USERNAME
              + " / "
              + PortalSimulator.DEFAULT_PASSWORD
              + ", agency "
              + PortalSimulator.DEFAULT_AGENCY
              + ", fault rate "
              + faultRate
              + ", seed "
              + seed);
      out.println("  stats: " + simulator.url() + "/__simulator/stats  (Ctrl+C to stop)");
      out.flush();
      stop.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException e) {
        // shutting down already
      }
    }
    return 0;
  }
}
