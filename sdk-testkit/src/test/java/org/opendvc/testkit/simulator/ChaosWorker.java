package org.opendvc.testkit.simulator;

import java.net.URI;
import java.nio.file.Path;
import org.opendvc.client.DvcqgClient;
import org.opendvc.client.outbox.Outbox;

/**
 * The first life of the chaos test's process: accepts the first dossiers, says so on standard
 * output, and delivers until it is killed.
 */
public final class ChaosWorker {
  private ChaosWorker() {}

  /** Arguments: outbox directory, simulator URL, how many dossiers to accept. */
  public static void main(String[] args) throws InterruptedException {
    Path dir = Path.of(args[0]);
    URI url = URI.create(args[1]);
    int count = Integer.parseInt(args[2]);
    DvcqgClient client = ChaosScenario.client(url);
    Outbox outbox = ChaosScenario.outbox(dir, client);
    for (int i = 0; i < count; i++) {
      ChaosScenario.enqueue(outbox, i);
    }
    System.out.println("ENQUEUED " + count);
    System.out.flush();
    outbox.start();
    Thread.sleep(Long.MAX_VALUE);
  }
}
