package org.opendvc.examples.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opendvc.client.DvcqgClient;
import org.opendvc.client.DvcqgClientConfig;
import org.opendvc.client.RetryPolicy;
import org.opendvc.client.SyncResult;
import org.opendvc.client.auth.Credentials;
import org.opendvc.client.error.DvcqgException;
import org.opendvc.client.error.DvcqgValidationException;
import org.opendvc.client.error.FieldError;
import org.opendvc.client.event.CallCompleted;
import org.opendvc.client.event.DvcqgListener;
import org.opendvc.client.event.OutboxDelivery;
import org.opendvc.client.outbox.Outbox;
import org.opendvc.client.outbox.OutboxEntry;
import org.opendvc.client.wire.ApplicantType;
import org.opendvc.client.wire.DossierSyncRecord;
import org.opendvc.client.wire.OwnerIdentifier;
import org.opendvc.client.wire.PortalDossier;
import org.opendvc.client.wire.ProgressRecord;
import org.opendvc.core.dossier.DossierStatus;
import org.opendvc.core.id.AgencyCode;
import org.opendvc.core.id.DossierCode;
import org.opendvc.core.time.WorkingCalendar;
import org.opendvc.testkit.junit.PortalSimulatorExtension;
import org.opendvc.testkit.simulator.FaultPlan;
import org.opendvc.testkit.simulator.PortalSimulator;
import org.opendvc.testkit.simulator.SimulatorStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The samples of {@code docs/guides/provincial-vendors.md}, also shown in {@code docs/client.md}
 * and {@code docs/simulator.md}: syncing a one-stop system with DVCQG.
 */
public final class ProvincialVendorsGuide {
  private static final Logger LOG = LoggerFactory.getLogger(ProvincialVendorsGuide.class);

  private ProvincialVendorsGuide() {}

  /** A configuration with the OpenCPS-style session login. */
  public static DvcqgClientConfig sessionLoginConfig(URI adapter, String user, String password) {
    // [START config-session]
    DvcqgClientConfig config =
        DvcqgClientConfig.builder()
            .baseUrl(adapter) // the adapter the province uses, e.g. https://dvc.example.gov.vn
            .agencyCode("000.00.00.H56") // madonvi: the agency sending
            .credentials(Credentials.sessionLogin(user, password)) // POST {base}/auth
            .readTimeout(Duration.ofSeconds(30)) // defaults: connect 10 s, read 30 s, call 2 min
            .build(); // validated here
    // [END config-session]
    return config;
  }

  /** The same configuration with OAuth 2.0 client credentials. */
  public static DvcqgClientConfig oauthConfig(
      DvcqgClientConfig config, URI tokenUrl, String clientId, String secret) {
    // [START config-oauth]
    DvcqgClientConfig viaOAuth =
        config.toBuilder().credentials(Credentials.oauth2(tokenUrl, clientId, secret)).build();
    // [END config-oauth]
    return viaOAuth;
  }

  /** A dossier's state as the portal wants it. */
  public static DossierSyncRecord record(int sequence, DossierStatus status, Instant receivedAt) {
    // [START sync-record]
    LocalDate receivedOn = LocalDate.ofInstant(receivedAt, WorkingCalendar.VIETNAM);
    DossierCode code = DossierCode.of(AgencyCode.of("H56.14"), receivedOn, sequence); // 0001...
    DossierSyncRecord record =
        DossierSyncRecord.builder(code.value(), status) // MaHoSo, TrangThaiHoSo
            .procedureCode("1.001193") // MaTTHC
            .procedureName("Đăng ký khai sinh") // TenTTHC
            .ownerName("Nguyễn Văn Thử") // ChuHoSo: personal, never in toString()
            .applicantType(ApplicantType.CITIZEN)
            .ownerIdentifiers(List.of(OwnerIdentifier.of("038095100001"))) // DinhDanhCHS
            .receivedAt(receivedAt) // NgayTiepNhan, written yyyyMMddHHmmss in Vietnam time
            .dueAt(receivedAt.plus(Duration.ofDays(5))) // NgayHenTra
            .build();
    // [END sync-record]
    return record;
  }

  /** Syncs a dossier received at {@code receivedAt} and reports its first two steps. */
  public static SyncResult syncAndReport(
      DvcqgClient portal, DossierSyncRecord record, Instant receivedAt) {
    // [START sync]
    SyncResult result = portal.syncDossier(record); // DongBoHoSoMC; an update if it exists
    List<ProgressRecord> steps =
        List.of(
            ProgressRecord.of(
                record.dossierCode(),
                receivedAt,
                DossierStatus.SUBMITTED,
                "Tiếp nhận hồ sơ trực tuyến"),
            ProgressRecord.of(
                record.dossierCode(),
                receivedAt.plusSeconds(600),
                DossierStatus.RECEIVED,
                "Cán bộ một cửa tiếp nhận"));
    portal.updateProgress(steps); // CapNhatTienDoHoSoMC: 1 to 10 steps per call
    LOG.info("synced {} created={}", record, result.created()); // code, status, dates only
    // [END sync]
    return result;
  }

  /** Sends one step; when the outcome is unknown, asks the portal before sending it again. */
  public static boolean sendStepOnce(DvcqgClient portal, ProgressRecord step) {
    // [START unknown-outcome]
    try {
      portal.updateProgress(List.of(step));
      return true;
    } catch (DvcqgValidationException rejected) {
      for (FieldError e : rejected.fieldErrors()) { // field, code (REQUIRED, TRANSITION...)
        LOG.warn("rejected {} {}: {}", e.field(), e.code(), rejected.requestId().orElse("-"));
      }
      return false; // fix the data: sending it again would be refused again
    } catch (DvcqgException e) {
      if (!e.outcomeUnknown()) {
        return false; // surely not applied (connection refused, 429, 503): safe to send later
      }
      // the portal may have stored it: look before sending again, or it is stored twice
      Optional<PortalDossier> held = portal.lookupDossier(step.dossierCode());
      if (held.isPresent() && held.get().holds(step)) {
        return true;
      }
      portal.updateProgress(List.of(step));
      return true;
    }
    // [END unknown-outcome]
  }

  /** Looks a dossier up without blocking the caller. */
  public static CompletableFuture<Optional<DossierStatus>> statusOnThePortal(
      DvcqgClient portal, String dossierCode) {
    // [START async]
    CompletableFuture<Optional<DossierStatus>> status =
        portal
            .async() // same connections, retry budget and session
            .lookupDossier(dossierCode)
            .thenApply(held -> held.map(d -> d.record().status()));
    // [END async]
    return status;
  }

  /** A client with a stricter retry policy and a listener counting calls for metrics. */
  public static DvcqgClient clientWithMetrics(DvcqgClientConfig config, LongAdder failedCalls) {
    // [START retries-and-metrics]
    RetryPolicy retries =
        RetryPolicy.standard().toBuilder() // 3 attempts, full jitter, 200 ms base, 20 s cap
            .maxAttempts(5)
            .maxRetryAfter(Duration.ofSeconds(30)) // a longer Retry-After fails at once
            .build();
    DvcqgListener metrics =
        new DvcqgListener() {
          @Override
          public void callCompleted(CallCompleted call) { // operation, outcome, attempts, time
            switch (call.outcome()) {
              case SUCCESS, ALREADY_EXISTS -> {} // "already exists": an update follows
              default -> failedCalls.increment(); // REJECTED, TIMEOUT, SERVER_ERROR...
            }
          }

          @Override
          public void outboxDelivery(OutboxDelivery delivery) { // pending(), deadLettered()
            LOG.debug("outbox {} pending={}", delivery.kind(), delivery.pending());
          }
        };
    DvcqgClient portal =
        DvcqgClient.create(config.toBuilder().retryPolicy(retries).listener(metrics).build());
    // [END retries-and-metrics]
    return portal;
  }

  /** Puts a dossier's sync and steps in the outbox, and lets it deliver them. */
  public static Outbox outbox(
      Path directory, DvcqgClient portal, DossierSyncRecord record, ProgressRecord step) {
    // [START outbox]
    Outbox outbox = Outbox.builder(directory, portal).parallelism(4).build(); // resumes if any
    outbox.start(); // or call outbox.deliverDue() from your own scheduler
    outbox
        .batch()
        .sync(record) // the dossier's state...
        .progress(step) // ...and the step that led to it
        .commit(); // fsynced when this returns: a crash now loses nothing
    for (OutboxEntry dead : outbox.deadLetters()) { // what the portal refused for good
      LOG.warn("refused by the portal: {} {}", dead.kind(), dead.dossierCode());
    }
    // at shutdown: outbox.close(); the next Outbox over the same directory resumes
    // [END outbox]
    return outbox;
  }

  /** Runs the simulator with faults and points a client at it. */
  public static SimulatorStats againstTheSimulator() {
    // [START simulator]
    FaultPlan faults = FaultPlan.all(0.3).withLatency(Duration.ofMillis(5)); // 30% of requests
    try (PortalSimulator simulator = PortalSimulator.builder().seed(7).faults(faults).start();
        DvcqgClient portal =
            DvcqgClient.create(
                simulator
                    .clientConfig() // base URL, agency and login of the simulator
                    .sleeper(pause -> {}) // a test need not wait between retries
                    .build())) {
      portal.listProcedures(); // 20 synthetic procedures; simulator.population(): citizens
      return simulator.stats(); // requests, faultsInjected, duplicatesStored, progressMissing...
    }
    // [END simulator]
  }

  // [START junit]
  /** A test of the system's sync against the simulator, started once for the class. */
  public static class SyncAgainstTheSimulatorTest {
    @RegisterExtension
    static final PortalSimulatorExtension PORTAL =
        new PortalSimulatorExtension(PortalSimulator.builder().seed(42));

    @Test
    void aDossierAndItsFirstStepsReachThePortal(PortalSimulator simulator) {
      try (DvcqgClient portal = DvcqgClient.create(simulator.clientConfig().build())) {
        Instant receivedAt = Instant.parse("2026-03-12T02:00:00Z");
        DossierSyncRecord record =
            ProvincialVendorsGuide.record(1, DossierStatus.RECEIVED, receivedAt);

        ProvincialVendorsGuide.syncAndReport(portal, record, receivedAt);

        PortalDossier held = simulator.dossier(record.dossierCode()).orElseThrow();
        assertEquals(DossierStatus.RECEIVED, held.record().status());
        assertEquals(2, held.progress().size());
      }
    }
  }
  // [END junit]
}
