package org.opendvc.testkit.simulator;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opendvc.client.DvcqgClient;
import org.opendvc.client.DvcqgClientConfig;
import org.opendvc.client.RetryPolicy;
import org.opendvc.client.auth.Credentials;
import org.opendvc.client.outbox.Outbox;
import org.opendvc.client.wire.ApplicantType;
import org.opendvc.client.wire.DossierSyncRecord;
import org.opendvc.client.wire.OwnerIdentifier;
import org.opendvc.client.wire.ProgressRecord;
import org.opendvc.core.dossier.DossierStatus;

/**
 * The dossiers of the chaos test and how the client is set up for it: small delays, so that a run
 * with thousands of faults takes seconds, not hours.
 */
final class ChaosScenario {
  static final int DOSSIERS = 1000;
  static final Instant BASE = Instant.parse("2026-03-12T01:00:00Z");

  private static final DossierStatus[][] PATHS = {
    {
      DossierStatus.SUBMITTED,
      DossierStatus.RECEIVED,
      DossierStatus.PROCESSING,
      DossierStatus.COMPLETED,
      DossierStatus.RESULT_DELIVERED
    },
    {
      DossierStatus.SUBMITTED,
      DossierStatus.RECEIVED,
      DossierStatus.PROCESSING,
      DossierStatus.SUPPLEMENT_REQUESTED,
      DossierStatus.PROCESSING,
      DossierStatus.COMPLETED,
      DossierStatus.RESULT_DELIVERED
    },
    {DossierStatus.SUBMITTED, DossierStatus.REFUSED}
  };

  private ChaosScenario() {}

  static String code(int i) {
    return String.format("H56.14-260312-%04d", i);
  }

  /** A made-up owner identity number; the logging test looks for it. */
  static String ownerId(int i) {
    return String.format("038095%06d", 100_000 + i);
  }

  static DossierStatus[] path(int i) {
    return PATHS[i % PATHS.length];
  }

  static DossierSyncRecord record(int i, DossierStatus status) {
    return DossierSyncRecord.builder(code(i), status)
        .procedureCode("1.001193")
        .procedureName("Đăng ký khai sinh")
        .ownerName("Nguyễn Văn Thử " + i)
        .applicantType(ApplicantType.CITIZEN)
        .phone("0912" + String.format("%06d", i))
        .ownerDocumentNumber(ownerId(i))
        .ownerIdentifiers(List.of(OwnerIdentifier.of(ownerId(i))))
        .receivedAt(BASE.plusSeconds(60L * i))
        .dueAt(BASE.plusSeconds(60L * i + 86_400 * 5))
        .build();
  }

  static ProgressRecord step(int i, int k, DossierStatus status) {
    return new ProgressRecord(
        code(i),
        "Cán bộ Lê Thị Xử Lý",
        "Chuyên viên",
        BASE.plusSeconds(60L * i + k),
        "Bộ phận một cửa",
        "Bước " + k + ": " + status.displayName().vi(),
        status,
        null,
        null);
  }

  /** The steps the portal must end with for dossier {@code i}. */
  static List<ProgressRecord> expectedSteps(int i) {
    List<ProgressRecord> out = new ArrayList<>();
    DossierStatus[] path = path(i);
    for (int k = 0; k < path.length; k++) {
      out.add(step(i, k, path[k]));
    }
    return out;
  }

  /** Accepts, in one batch, everything dossier {@code i} goes through. */
  static void enqueue(Outbox outbox, int i) {
    Outbox.Batch batch = outbox.batch();
    DossierStatus[] path = path(i);
    for (int k = 0; k < path.length; k++) {
      batch.sync(record(i, path[k])).progress(step(i, k, path[k]));
    }
    batch.commit();
  }

  static DvcqgClient client(URI url) {
    return DvcqgClient.create(
        DvcqgClientConfig.builder()
            .baseUrl(url)
            .agencyCode(PortalSimulator.DEFAULT_AGENCY)
            .credentials(
                Credentials.sessionLogin(
                    PortalSimulator.DEFAULT_USERNAME, PortalSimulator.DEFAULT_PASSWORD))
            .readTimeout(Duration.ofSeconds(10))
            .retryPolicy(
                RetryPolicy.builder()
                    .maxAttempts(4)
                    .baseDelay(Duration.ofMillis(1))
                    .throttledBaseDelay(Duration.ofMillis(2))
                    .maxDelay(Duration.ofMillis(20))
                    .build())
            .build());
  }

  static Outbox outbox(Path dir, DvcqgClient client) {
    return Outbox.builder(dir, client)
        .parallelism(4)
        .baseBackoff(Duration.ofMillis(2))
        .maxBackoff(Duration.ofMillis(50))
        .build();
  }
}
