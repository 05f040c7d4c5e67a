package org.opendvc.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.opendvc.client.DvcqgClient;
import org.opendvc.client.DvcqgClientConfig;
import org.opendvc.client.error.DvcqgTimeoutException;
import org.opendvc.client.error.ErrorDetails;
import org.opendvc.client.outbox.Outbox;
import org.opendvc.client.wire.DossierSyncRecord;
import org.opendvc.client.wire.PortalDossier;
import org.opendvc.client.wire.ProgressRecord;
import org.opendvc.core.dossier.DossierStatus;
import org.opendvc.testkit.junit.PortalSimulatorExtension;
import org.opendvc.testkit.simulator.PortalSimulator;

/** Runs the samples of the provincial vendors' guide against the portal simulator. */
class ProvincialVendorsGuideTest {
  @RegisterExtension
  static final PortalSimulatorExtension PORTAL =
      new PortalSimulatorExtension(PortalSimulator.builder().seed(5));

  private static final Instant RECEIVED = Instant.parse("2026-03-12T02:00:00Z");
  private static DvcqgClient portal;

  @BeforeAll
  static void connect() {
    portal = DvcqgClient.create(config());
  }

  @AfterAll
  static void disconnect() {
    portal.close();
  }

  private static DvcqgClientConfig config() {
    return ProvincialVendorsGuide.sessionLoginConfig(
        PORTAL.simulator().url(),
        PortalSimulator.DEFAULT_USERNAME,
        PortalSimulator.DEFAULT_PASSWORD);
  }

  @Test
  void oauthConfig_getsATokenFromTheSimulator() {
    URI tokenUrl = URI.create(PORTAL.simulator().url() + "/oauth/token");
    try (DvcqgClient viaOAuth =
        DvcqgClient.create(
            ProvincialVendorsGuide.oauthConfig(
                config(),
                tokenUrl,
                PortalSimulator.DEFAULT_CLIENT_ID,
                PortalSimulator.DEFAULT_CLIENT_SECRET))) {
      assertThat(viaOAuth.listAgencies()).isNotEmpty();
    }
  }

  @Test
  void syncAndReport_createsTheDossierWithItsSteps() {
    DossierSyncRecord record = ProvincialVendorsGuide.record(11, DossierStatus.RECEIVED, RECEIVED);

    assertThat(ProvincialVendorsGuide.syncAndReport(portal, record, RECEIVED).created()).isTrue();
    assertThat(record.dossierCode()).isEqualTo("H56.14-260312-0011");
    assertThat(PORTAL.simulator().dossier(record.dossierCode()).orElseThrow().progress())
        .hasSize(2);
    assertThat(ProvincialVendorsGuide.statusOnThePortal(portal, record.dossierCode()).join())
        .contains(DossierStatus.RECEIVED);
  }

  @Test
  void sendStepOnce_sendsAGoodStep_andGivesUpOnARejectedOne() {
    DossierSyncRecord record = ProvincialVendorsGuide.record(12, DossierStatus.SUBMITTED, RECEIVED);
    portal.syncDossier(record);

    assertThat(
            ProvincialVendorsGuide.sendStepOnce(
                portal,
                ProgressRecord.of(record.dossierCode(), RECEIVED, DossierStatus.SUBMITTED, "")))
        .isTrue();
    assertThat(
            ProvincialVendorsGuide.sendStepOnce(
                portal,
                ProgressRecord.of("H56.14-260312-9999", RECEIVED, DossierStatus.SUBMITTED, "")))
        .as("a step for a dossier the portal does not know")
        .isFalse();
  }

  @Test
  void sendStepOnce_whenTheOutcomeIsUnknownButThePortalHoldsTheStep_doesNotSendItAgain() {
    ProgressRecord step =
        ProgressRecord.of("H56.14-260312-0013", RECEIVED, DossierStatus.SUBMITTED, "Tiếp nhận");
    List<String> calls = new ArrayList<>();
    DvcqgClient lostAnswer =
        (DvcqgClient)
            Proxy.newProxyInstance(
                DvcqgClient.class.getClassLoader(),
                new Class<?>[] {DvcqgClient.class},
                (proxy, method, args) -> {
                  calls.add(method.getName());
                  return switch (method.getName()) {
                    case "updateProgress" ->
                        throw new DvcqgTimeoutException(
                            "No answer after sending",
                            ErrorDetails.noAnswer("CapNhatTienDoHoSoMC", null)
                                .withAttempts(1, true),
                            null,
                            null);
                    case "lookupDossier" ->
                        Optional.of(
                            new PortalDossier(
                                ProvincialVendorsGuide.record(
                                    13, DossierStatus.SUBMITTED, RECEIVED),
                                List.of(step)));
                    default -> throw new UnsupportedOperationException(method.getName());
                  };
                });

    assertThat(ProvincialVendorsGuide.sendStepOnce(lostAnswer, step)).isTrue();
    assertThat(calls).containsExactly("updateProgress", "lookupDossier");
  }

  @Test
  void clientWithMetrics_countsTheCallsThatFailed() {
    LongAdder failed = new LongAdder();
    try (DvcqgClient withMetrics = ProvincialVendorsGuide.clientWithMetrics(config(), failed)) {
      withMetrics.listSectors();
      assertThat(failed.sum()).isZero();
      assertThat(withMetrics.lookupDossier("H56.14-260312-0099")).isEmpty();
      try {
        withMetrics.updateProgress(
            List.of(
                ProgressRecord.of("H56.14-260312-0098", RECEIVED, DossierStatus.SUBMITTED, "")));
      } catch (RuntimeException expected) {
        // refused: the portal does not know the dossier
      }
      assertThat(failed.sum()).isEqualTo(1);
    }
  }

  @Test
  void outbox_deliversTheSyncAndTheStep(@TempDir Path dir) throws Exception {
    DossierSyncRecord record = ProvincialVendorsGuide.record(14, DossierStatus.SUBMITTED, RECEIVED);
    ProgressRecord step =
        ProgressRecord.of(record.dossierCode(), RECEIVED, DossierStatus.SUBMITTED, "Tiếp nhận");

    try (Outbox outbox = ProvincialVendorsGuide.outbox(dir, portal, record, step)) {
      assertThat(outbox.awaitDrained(Duration.ofSeconds(30))).isTrue();
      assertThat(outbox.deadLetters()).isEmpty();
    }
    assertThat(PORTAL.simulator().dossier(record.dossierCode()).orElseThrow().progress())
        .singleElement()
        .satisfies(held -> assertThat(held.sameStepAs(step)).isTrue());
  }

  @Test
  void againstTheSimulator_injectsFaultsThatTheClientRidesOut() {
    var stats = ProvincialVendorsGuide.againstTheSimulator();

    assertThat(stats.requests()).isPositive();
  }
}
