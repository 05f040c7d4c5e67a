package org.opendvc.client.internal;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.opendvc.client.DvcqgAsyncClient;
import org.opendvc.client.DvcqgClient;
import org.opendvc.client.DvcqgClientConfig;
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
import org.opendvc.core.dictionary.DataDictionary;
import org.opendvc.core.procedure.Agency;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.Sector;
import org.opendvc.core.registry.RegistryLookup;

/** The blocking client: each operation runs on the calling thread. */
public final class DefaultDvcqgClient implements DvcqgClient {
  private final Transport transport;
  private final Operations ops;
  private final DefaultDvcqgAsyncClient async;

  /** A client with its own transport. */
  public DefaultDvcqgClient(DvcqgClientConfig config) {
    this.transport = new Transport(config);
    this.ops = new Operations(transport);
    this.async = new DefaultDvcqgAsyncClient(transport, ops);
  }

  private <T> T run(Operations.Op<T> op) {
    return op.read().apply(transport.execute(op.call()));
  }

  @Override
  public DvcqgClientConfig config() {
    return transport.config();
  }

  @Override
  public Optional<Validated<Procedure>> getProcedure(String procedureCode) {
    return run(ops.getProcedure(procedureCode));
  }

  @Override
  public List<ProcedureSummary> listProcedures() {
    return run(ops.listProcedures());
  }

  @Override
  public List<Agency> listAgencies() {
    return run(ops.listAgencies());
  }

  @Override
  public List<Sector> listSectors() {
    return run(ops.listSectors());
  }

  @Override
  public Optional<PortalDossier> lookupDossier(String dossierCode) {
    return run(ops.lookupDossier(dossierCode));
  }

  @Override
  public SyncResult syncDossier(DossierSyncRecord record) {
    return syncDossier(record, SyncMode.CREATE_OR_UPDATE);
  }

  @Override
  public SyncResult syncDossier(DossierSyncRecord record, SyncMode mode) {
    Optional<SyncResult> result = run(ops.syncDossier(record, mode));
    return result.orElseGet(() -> run(ops.syncDossier(record, SyncMode.UPDATE)).orElseThrow());
  }

  @Override
  public void updateProgress(List<ProgressRecord> steps) {
    run(ops.updateProgress(steps));
  }

  @Override
  public List<WarehouseDocument> findResultDocuments(WarehouseQuery query) {
    return run(ops.findResultDocuments(query));
  }

  @Override
  public Optional<CitizenRecord> lookupCitizen(CitizenQuery query) {
    return run(ops.lookupCitizen(query));
  }

  @Override
  public void syncPayment(PaymentTransaction payment) {
    run(ops.syncPayment(payment));
  }

  @Override
  public Optional<PaymentTransaction> lookupPayment(String referenceCode) {
    return run(ops.lookupPayment(referenceCode));
  }

  @Override
  public void submitRating(SatisfactionRating rating) {
    run(ops.submitRating(rating));
  }

  @Override
  public DvcqgAsyncClient async() {
    return async;
  }

  @Override
  public RegistryLookup registryLookup() {
    return new PortalRegistryLookup(async, DataDictionary.standard(), transport.config().clock());
  }

  @Override
  public void close() {
    transport.close();
  }

  /** Unwraps the exception a future failed with. */
  static Throwable unwrap(Throwable t) {
    return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
  }
}
