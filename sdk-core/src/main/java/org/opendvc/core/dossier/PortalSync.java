package org.opendvc.core.dossier;

import java.time.Instant;
import java.util.Objects;

/**
 * A report of the dossier to DVCQG: at {@code at}, the dossier and the first {@code events} events
 * of its log had been synced ({@code DongBoHoSoMC} and {@code CapNhatTienDoHoSoMC}). The
 * scorecard's {@code DOSSIER_SYNC} reads these to decide whether each step reached the portal on
 * time.
 *
 * @param at when the sync succeeded
 * @param events how many events of the log it covered, at least one
 */
public record PortalSync(Instant at, int events) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code events} is below 1
   */
  public PortalSync {
    Objects.requireNonNull(at, "at");
    if (events < 1) {
      throw new IllegalArgumentException("a sync covers at least one event: " + events);
    }
  }
}
