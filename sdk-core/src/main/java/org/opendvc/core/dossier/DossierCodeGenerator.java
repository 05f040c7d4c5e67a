package org.opendvc.core.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.opendvc.core.id.AgencyCode;
import org.opendvc.core.id.DossierCode;
import org.opendvc.core.time.WorkingCalendar;

/**
 * Issues dossier codes (mã số hồ sơ) {@code <agency>-YYMMDD-NNNN}: the agency that receives the
 * dossier, the day (read from the injected clock in Asia/Ho_Chi_Minh) and the next number of that
 * agency's sequence for the day, which starts again at 0001 every day (Circular 01/2018/TT-VPCP
 * Art. 19; Thanh Hóa's one-stop system builds its codes the same way, with a lock per unit).
 *
 * <p>Thread-safe when the store is (both stores OpenDVC ships are): concurrent calls never get the
 * same code, and the numbers of a day have no gaps unless the store loses them (see {@link
 * FileSequenceStore}). Past 9,999 codes in a day the generator throws {@link DossierCodeException}
 * with {@link DossierCodeException.Reason#SEQUENCE_EXHAUSTED}: the format has no room for more.
 */
public final class DossierCodeGenerator {
  private final SequenceStore store;
  private final Clock clock;

  /** A generator keeping its sequences in {@code store} and reading the day from {@code clock}. */
  public DossierCodeGenerator(SequenceStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A generator with its sequences in memory, reading the day from {@code clock}. */
  public static DossierCodeGenerator inMemory(Clock clock) {
    return new DossierCodeGenerator(new InMemorySequenceStore(), clock);
  }

  /**
   * The next code of {@code agency} for today.
   *
   * @throws DossierCodeException when the day's 9,999 numbers are used up ({@link
   *     DossierCodeException.Reason#SEQUENCE_EXHAUSTED}) or the store fails
   */
  public DossierCode next(AgencyCode agency) {
    Objects.requireNonNull(agency, "agency");
    LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingCalendar.VIETNAM);
    int sequence = store.next(agency, today);
    if (sequence > DossierCode.MAX_SEQUENCE) {
      throw new DossierCodeException(
          DossierCodeException.Reason.SEQUENCE_EXHAUSTED,
          "Agency "
              + agency
              + " has used all "
              + DossierCode.MAX_SEQUENCE
              + " dossier numbers of "
              + today
              + ": a dossier code has four digits for its number within the day (Circular"
              + " 01/2018/TT-VPCP Art. 19)");
    }
    if (sequence < 1) {
      throw new DossierCodeException(
          DossierCodeException.Reason.STORE_FAILED,
          store
              + " returned "
              + sequence
              + " for "
              + agency
              + " on "
              + today
              + "; numbers start at 1");
    }
    return DossierCode.of(agency, today, sequence);
  }

  /** The store the sequences are kept in. */
  public SequenceStore store() {
    return store;
  }
}
