package org.opendvc.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendvc.client.DvcqgClient;
import org.opendvc.client.outbox.Outbox;
import org.opendvc.client.wire.PortalDossier;
import org.opendvc.client.wire.ProgressRecord;
import org.opendvc.core.dossier.DossierStatus;

/**
 * 1,000 dossiers and their progress, through the outbox, to a portal that fails 30% of requests in
 * every way it can, with the sending process killed (SIGKILL) in the middle and a new one resuming
 * from the same journal: the portal must end with exactly the right state.
 */
class OutboxChaosTest {
  private static final int FIRST_LIFE = 600;

  @Test
  void outbox_whenPortalFails30PercentAndProcessIsKilled_deliversEverythingOnceInOrder(
      @TempDir Path dir) throws Exception {
    FaultPlan faults =
        FaultPlan.all(0.3).withLatency(Duration.ofMillis(1)).withRetryAfterSeconds(0);
    try (PortalSimulator portal = PortalSimulator.builder().seed(20260312).faults(faults).start()) {
      killFirstLifeMidway(dir, portal);
      int deliveredBeforeKill = portal.dossierCodes().size();

      try (DvcqgClient client = ChaosScenario.client(portal.url());
          Outbox outbox = ChaosScenario.outbox(dir, client)) {
        assertThat(outbox.pendingCount()).as("entries left by the killed process").isPositive();
        for (int i = FIRST_LIFE; i < ChaosScenario.DOSSIERS; i++) {
          ChaosScenario.enqueue(outbox, i);
        }
        outbox.start();
        assertThat(outbox.awaitDrained(Duration.ofMinutes(3))).as("drained").isTrue();
        assertThat(outbox.deadLetters()).isEmpty();
      }

      SimulatorStats stats = portal.stats();
      assertThat(deliveredBeforeKill).isBetween(1, ChaosScenario.DOSSIERS - 1);
      assertThat(stats.faultsInjected()).isGreaterThan(1000);
      assertThat(stats.dossiers()).isEqualTo(ChaosScenario.DOSSIERS);
      assertThat(stats.duplicatesStored()).isZero();
      assertThat(stats.progressMissing()).isZero();
      for (int i = 0; i < ChaosScenario.DOSSIERS; i++) {
        PortalDossier held = portal.dossier(ChaosScenario.code(i)).orElseThrow();
        DossierStatus[] path = ChaosScenario.path(i);
        assertThat(held.record().status()).as("status of %d", i).isEqualTo(path[path.length - 1]);
        List<ProgressRecord> expected = ChaosScenario.expectedSteps(i);
        assertThat(held.progress()).as("steps of %d", i).hasSize(expected.size());
        for (int k = 0; k < expected.size(); k++) {
          assertThat(held.progress().get(k).sameStepAs(expected.get(k)))
              .as("step %d of dossier %d in order", k, i)
              .isTrue();
        }
      }
    }
  }

  /** Runs the first life in another JVM and kills it once part of the work is delivered. */
  private static void killFirstLifeMidway(Path dir, PortalSimulator portal) throws Exception {
    String classpath = System.getProperty("surefire.test.class.path");
    if (classpath == null || classpath.isBlank()) {
      classpath = System.getProperty("java.class.path");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                classpath,
                ChaosWorker.class.getName(),
                dir.toString(),
                portal.url().toString(),
                Integer.toString(FIRST_LIFE))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      CompletableFuture<String> ready =
          CompletableFuture.supplyAsync(
              () -> {
                try (BufferedReader out =
                    new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                  return out.readLine();
                } catch (java.io.IOException e) {
                  return "FAILED " + e;
                }
              });
      assertThat(ready.get(60, TimeUnit.SECONDS)).startsWith("ENQUEUED");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (portal.stats().progressSteps() < 800 && System.nanoTime() < deadline) {
        Thread.onSpinWait();
        Thread.sleep(5);
      }
      assertThat(portal.stats().progressSteps()).as("work done before the kill").isGreaterThan(0);
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(new File(dir.toFile(), "outbox.journal")).exists();
  }
}
