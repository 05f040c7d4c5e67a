package org.opendvc.testkit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendvc.client.DvcqgClient;
import org.opendvc.client.error.DvcqgException;
import org.opendvc.client.outbox.Outbox;
import org.opendvc.client.wire.CitizenQuery;
import org.opendvc.core.dossier.DossierStatus;
import org.opendvc.testkit.logging.CapturedLogs;

/** A full sync under faults logs (at DEBUG) and throws nothing that shows personal data. */
class PersonalDataLoggingTest {
  @Test
  void fullSync_underFaults_neverLogsOrThrowsPersonalData(@TempDir Path dir) throws Exception {
    CapturedLogs.clear();
    List<String> messages = new ArrayList<>();
    FaultPlan faults =
        FaultPlan.all(0.4).withLatency(Duration.ofMillis(1)).withRetryAfterSeconds(0);
    try (PortalSimulator portal = PortalSimulator.builder().seed(3).faults(faults).start();
        DvcqgClient client = ChaosScenario.client(portal.url())) {
      try (Outbox outbox = ChaosScenario.outbox(dir, client)) {
        for (int i = 0; i < 30; i++) {
          ChaosScenario.enqueue(outbox, i);
        }
        outbox.start();
        assertThat(outbox.awaitDrained(Duration.ofMinutes(1))).isTrue();
      }
      // Failures thrown to the caller: a rejected record and lookups under faults.
      for (int i = 0; i < 20; i++) {
        try {
          client.syncDossier(
              ChaosScenario.record(0, DossierStatus.SUBMITTED).toBuilder()
                  .dossierCode("X" + ChaosScenario.ownerId(0) + "-260312-0001")
                  .build());
        } catch (DvcqgException e) {
          messages.add(e.getMessage() + " " + e.details());
        }
        try {
          client.lookupCitizen(CitizenQuery.byId(ChaosScenario.ownerId(i)));
        } catch (DvcqgException e) {
          messages.add(e.getMessage() + " " + e.details());
        }
      }
      assertThat(portal.stats().faultsInjected()).isPositive();
    }
    List<String> logs = CapturedLogs.lines();
    assertThat(logs).as("the test must see some logs").isNotEmpty();
    assertThat(messages).as("the test must see some failures").isNotEmpty();
    for (int i = 0; i < 30; i++) {
      String id = ChaosScenario.ownerId(i);
      String name = "Nguyễn Văn Thử " + i;
      String phone = "0912" + String.format("%06d", i);
      for (String text : concat(logs, messages)) {
        assertThat(text).doesNotContain(id).doesNotContain(name).doesNotContain(phone);
      }
    }
    for (String text : concat(logs, messages)) {
      assertThat(text)
          .doesNotContain("Lê Thị Xử Lý")
          .doesNotContain(PortalSimulator.DEFAULT_PASSWORD);
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
