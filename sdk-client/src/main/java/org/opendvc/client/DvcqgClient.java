package org.opendvc.client;

import java.util.List;
import java.util.Optional;
import org.opendvc.client.internal.DefaultDvcqgClient;
import org.opendvc.client.wire.CitizenQuery;
import org.opendvc.client.wire.CitizenRecord;
import org.opendvc.client.wire.DossierSyncRecord;
import org.opendvc.client.wire.PaymentTransaction;
import org.opendvc.client.wire.PortalDossier;
import org.opendvc.client.wire.ProcedureSummary;
import org.opendvc.client.wire.ProgressRecord;
import org.opendvc.client.wire.SatisfactionRating;
import org.opendvc.client.wire.WarehouseDocument;
import org.opendvc.client.wire.WarehouseQuery;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.procedure.Agency;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.Sector;
import org.opendvc.core.registry.RegistryLookup;

/**
 * The blocking client for the National Public Service Portal (DVCQG): typed operations over the
 * portal's wire protocol, with retries, idempotency, typed errors and redaction. See {@code
 * docs/client.md}; the protocol is described in {@code docs/simulator.md}.
 *
 * <pre>{@code
 * try (DvcqgClient portal = DvcqgClient.create(config)) {
 *   portal.syncDossier(record);
 *   portal.updateProgress(List.of(step));
 * }
 * }</pre>
 *
 * <p>Thread-safe: share one client per portal and credentials. Every method throws a subtype of
 * {@link org.opendvc.client.error.DvcqgException} when the call fails; reads and idempotent writes
 * are retried per the {@link RetryPolicy}, progress updates only when surely not applied. For
 * delivery that survives outages and restarts, put syncs and progress in an {@link
 * org.opendvc.client.outbox.Outbox}.
 */
public interface DvcqgClient extends AutoCloseable {
  /** The most progress steps one {@code CapNhatTienDoHoSoMC} call may carry. */
  int MAX_PROGRESS_BATCH = 10;

  /** A client with {@code config}. */
  static DvcqgClient create(DvcqgClientConfig config) {
    return new DefaultDvcqgClient(config);
  }

  /** The configuration. */
  DvcqgClientConfig config();

  /**
   * The procedure package of {@code procedureCode} ({@code LayThuTuc}), imported into the OpenDVC
   * model with the structural problems found; empty if the portal has no such procedure.
   */
  Optional<Validated<Procedure>> getProcedure(String procedureCode);

  /** The procedures the portal lists for the agency ({@code LayDanhSachTTHC}). */
  List<ProcedureSummary> listProcedures();

  /** The agency catalogue ({@code LayDanhMucCoQuan}). */
  List<Agency> listAgencies();

  /** The sector catalogue ({@code LayDanhMucLinhVuc}). */
  List<Sector> listSectors();

  /** What the portal holds about a dossier ({@code TraCuuHoSo}); empty if it has none. */
  Optional<PortalDossier> lookupDossier(String dossierCode);

  /**
   * Syncs a dossier ({@code DongBoHoSoMC}) as new, switching to an update when the portal says it
   * already exists. Repeating it is safe, so it is retried like a read.
   *
   * @throws org.opendvc.client.error.DvcqgValidationException if the portal rejects the record
   */
  SyncResult syncDossier(DossierSyncRecord record);

  /** Syncs a dossier in the given mode. */
  SyncResult syncDossier(DossierSyncRecord record, SyncMode mode);

  /**
   * Sends processing steps ({@code CapNhatTienDoHoSoMC}), at most {@value #MAX_PROGRESS_BATCH}. The
   * portal would store a step sent twice twice, so a failure after sending is not retried: the
   * exception says {@link org.opendvc.client.error.DvcqgException#outcomeUnknown()}, and the caller
   * should check {@link #lookupDossier(String)} before sending again (the outbox does).
   *
   * @throws IllegalArgumentException if {@code steps} is empty or longer than {@value
   *     #MAX_PROGRESS_BATCH}
   */
  void updateProgress(List<ProgressRecord> steps);

  /** Earlier results held for a citizen in the e-document warehouse ({@code GetKetQuaGiayTo}). */
  List<WarehouseDocument> findResultDocuments(WarehouseQuery query);

  /** A citizen in the population database, for prefill; empty if not found. */
  Optional<CitizenRecord> lookupCitizen(CitizenQuery query);

  /** Reports a fee payment; keyed by its reference, so repeating it is safe. */
  void syncPayment(PaymentTransaction payment);

  /** A payment the portal holds, by its reference; empty if none. */
  Optional<PaymentTransaction> lookupPayment(String referenceCode);

  /** Reports a satisfaction rating; keyed by dossier and rating type, so repeating it is safe. */
  void submitRating(SatisfactionRating rating);

  /** The same operations without blocking, over the same connections, retry budget and session. */
  DvcqgAsyncClient async();

  /**
   * A {@link RegistryLookup} over the portal (population database and e-document warehouse), for
   * sdk-forms prefill.
   */
  RegistryLookup registryLookup();

  /** Releases connections and threads. The client must not be used afterwards. */
  @Override
  void close();
}
