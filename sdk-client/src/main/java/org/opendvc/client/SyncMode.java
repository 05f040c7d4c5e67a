package org.opendvc.client;

/**
 * How {@link DvcqgClient#syncDossier(org.opendvc.client.wire.DossierSyncRecord, SyncMode)} sends.
 */
public enum SyncMode {
  /**
   * Send as new ({@code isUpdating: "False"}); when the portal answers that the dossier already
   * exists, send again as an update. Safe to repeat: the default.
   */
  CREATE_OR_UPDATE,
  /**
   * Send as an update ({@code isUpdating: "True"}) straight away, for a dossier known to be on the
   * portal already. Saves a round trip.
   */
  UPDATE
}
