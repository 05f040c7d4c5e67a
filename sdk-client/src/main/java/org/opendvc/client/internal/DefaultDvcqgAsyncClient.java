package org.opendvc.client.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.opendvc.client.DvcqgAsyncClient;
import org.opendvc.client.SyncMode;
import org.opendvc.client.SyncResult;
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

/** The async client: the same operations, driven by {@link Transport#executeAsync}. */
final class DefaultDvcqgAsyncClient implements DvcqgAsyncClient {
  private final Transport transport;
  private final Operations ops;

  DefaultDvcqgAsyncClient(Transport transport, Operations ops) {
    this.transport = transport;
    this.ops = ops;
  }

  private <T> CompletableFuture<T> run(Operations.Op<T> op) {
    return transport.executeAsync(op.call()).thenApply(op.read());
  }

  @Override
  public CompletableFuture<Optional<Validated<Procedure>>> getProcedure(String procedureCode) {
    return run(ops.getProcedure(procedureCode));
  }

  @Override
  public CompletableFuture<List<ProcedureSummary>> listProcedures() {
    return run(ops.listProcedures());
  }

  @Override
  public CompletableFuture<List<Agency>> listAgencies() {
    return run(ops.listAgencies());
  }

  @Override
  public CompletableFuture<List<Sector>> listSectors() {
    return run(ops.listSectors());
  }

  @Override
  public CompletableFuture<Optional<PortalDossier>> lookupDossier(String dossierCode) {
    return run(ops.lookupDossier(dossierCode));
  }

  @Override
  public CompletableFuture<SyncResult> syncDossier(DossierSyncRecord record, SyncMode mode) {
    return run(ops.syncDossier(record, mode))
        .thenCompose(
            result ->
                result.isPresent()
                    ? CompletableFuture.completedFuture(result.get())
                    : run(ops.syncDossier(record, SyncMode.UPDATE))
                        .thenApply(Optional::orElseThrow));
  }

  @Override
  public CompletableFuture<Void> updateProgress(List<ProgressRecord> steps) {
    return run(ops.updateProgress(steps));
  }

  @Override
  public CompletableFuture<List<WarehouseDocument>> findResultDocuments(WarehouseQuery query) {
    return run(ops.findResultDocuments(query));
  }

  @Override
  public CompletableFuture<Optional<CitizenRecord>> lookupCitizen(CitizenQuery query) {
    return run(ops.lookupCitizen(query));
  }

  @Override
  public CompletableFuture<Void> syncPayment(PaymentTransaction payment) {
    return run(ops.syncPayment(payment));
  }

  @Override
  public CompletableFuture<Optional<PaymentTransaction>> lookupPayment(String referenceCode) {
    return run(ops.lookupPayment(referenceCode));
  }

  @Override
  public CompletableFuture<Void> submitRating(SatisfactionRating rating) {
    return run(ops.submitRating(rating));
  }
}
