package org.opendvc.client.outbox;

import java.util.Objects;

/**
 * An entry waiting in the outbox, or given up on.
 *
 * @param sequence its position in the outbox, increasing
 * @param kind a dossier sync or a progress step
 * @param dossierCode the dossier it belongs to
 * @param key its deduplication key
 */
public record OutboxEntry(long sequence, Kind kind, String dossierCode, String key) {

  /** What an entry carries. */
  public enum Kind {
    /** A {@code DongBoHoSoMC} record. */
    SYNC,
    /** A {@code CapNhatTienDoHoSoMC} step. */
    PROGRESS
  }

  /** Checks the parts are present. */
  public OutboxEntry {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dossierCode, "dossierCode");
    Objects.requireNonNull(key, "key");
  }
}
