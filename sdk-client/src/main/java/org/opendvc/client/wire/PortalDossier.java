package org.opendvc.client.wire;

import java.util.List;
import java.util.Objects;

/**
 * What the portal holds about one dossier, as {@code TraCuuHoSo} (tra cứu hồ sơ) returns it: the
 * last record synced and the processing steps received, oldest first.
 *
 * <p>The steps come in the member {@code DanhSachTienDoXuLy} of the answer. That member name is
 * OpenDVC's (no published source shows how the portal returns the history); see {@code
 * docs/simulator.md}.
 *
 * @param record the dossier record
 * @param progress the processing steps, oldest first
 */
public record PortalDossier(DossierSyncRecord record, List<ProgressRecord> progress) {

  /** Checks the record is present and copies the steps. */
  public PortalDossier {
    Objects.requireNonNull(record, "record");
    progress = List.copyOf(progress);
  }

  /**
   * Whether the portal holds a step equal to {@code step} (see {@link ProgressRecord#sameStepAs}).
   */
  public boolean holds(ProgressRecord step) {
    return progress.stream().anyMatch(step::sameStepAs);
  }
}
