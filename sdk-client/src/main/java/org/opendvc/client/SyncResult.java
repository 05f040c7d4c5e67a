package org.opendvc.client;

import java.util.Objects;

/**
 * What syncing a dossier did.
 *
 * @param dossierCode the dossier code
 * @param created whether the portal created it ({@code false}: it updated an existing one)
 */
public record SyncResult(String dossierCode, boolean created) {
  /** Checks the code is present. */
  public SyncResult {
    Objects.requireNonNull(dossierCode, "dossierCode");
  }
}
