package org.opendvc.client;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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

/**
 * The non-blocking twin of {@link DvcqgClient}: the same operations, types, retries and errors,
 * returning futures. Retries are scheduled, never slept on a thread. Futures fail with a {@link
 * org.opendvc.client.error.DvcqgException} subtype. Get one with {@link DvcqgClient#async()}.
 *
 * <p>Thread-safe.
 */
public interface DvcqgAsyncClient {
  /** See {@link DvcqgClient#getProcedure(String)}. */
  CompletableFuture<Optional<Validated<Procedure>>> getProcedure(String procedureCode);

  /** See {@link DvcqgClient#listProcedures()}. */
  CompletableFuture<List<ProcedureSummary>> listProcedures();

  /** See {@link DvcqgClient#listAgencies()}. */
  CompletableFuture<List<Agency>> listAgencies();

  /** See {@link DvcqgClient#listSectors()}. */
  CompletableFuture<List<Sector>> listSectors();

  /** See {@link DvcqgClient#lookupDossier(String)}. */
  CompletableFuture<Optional<PortalDossier>> lookupDossier(String dossierCode);

  /** See {@link DvcqgClient#syncDossier(DossierSyncRecord, SyncMode)}. */
  CompletableFuture<SyncResult> syncDossier(DossierSyncRecord record, SyncMode mode);

  /** See {@link DvcqgClient#updateProgress(List)}. */
  CompletableFuture<Void> updateProgress(List<ProgressRecord> steps);

  /** See {@link DvcqgClient#findResultDocuments(WarehouseQuery)}. */
  CompletableFuture<List<WarehouseDocument>> findResultDocuments(WarehouseQuery query);

  /** See {@link DvcqgClient#lookupCitizen(CitizenQuery)}. */
  CompletableFuture<Optional<CitizenRecord>> lookupCitizen(CitizenQuery query);

  /** See {@link DvcqgClient#syncPayment(PaymentTransaction)}. */
  CompletableFuture<Void> syncPayment(PaymentTransaction payment);

  /** See {@link DvcqgClient#lookupPayment(String)}. */
  CompletableFuture<Optional<PaymentTransaction>> lookupPayment(String referenceCode);

  /** See {@link DvcqgClient#submitRating(SatisfactionRating)}. */
  CompletableFuture<Void> submitRating(SatisfactionRating rating);
}
