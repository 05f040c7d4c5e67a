package org.opendvc.core.dossier;

import java.time.LocalDate;
import org.opendvc.core.id.AgencyCode;

/**
 * Where the daily sequences behind dossier codes are kept: one counter per agency and day.
 *
 * <p>Implementations must be thread-safe and atomic: each call returns a number one greater than
 * the last one returned for the same agency and day, starting at 1, with no number returned twice
 * and none skipped while the store works. They may return numbers above {@link
 * org.opendvc.core.id.DossierCode#MAX_SEQUENCE}; {@link DossierCodeGenerator} refuses those.
 * OpenDVC ships {@link InMemorySequenceStore} (the default) and {@link FileSequenceStore}, which
 * survives restarts; a database-backed store implements the same contract with a row lock or an
 * atomic update.
 */
public interface SequenceStore {
  /**
   * The next number of {@code agency}'s sequence for {@code day}.
   *
   * @throws DossierCodeException with {@link DossierCodeException.Reason#DAY_CLOSED} or {@link
   *     DossierCodeException.Reason#STORE_FAILED} when no number can be given
   */
  int next(AgencyCode agency, LocalDate day);
}
