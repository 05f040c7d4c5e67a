package org.opendvc.core.dossier;

import java.util.Objects;
import org.opendvc.core.OpenDvcException;

/** A dossier code could not be issued. */
public final class DossierCodeException extends OpenDvcException {
  private static final long serialVersionUID = 1L;

  /** Why no code was issued. */
  public enum Reason {
    /**
     * The agency has used all 9,999 numbers of the day: the code has four digits for them (Circular
     * 01/2018/TT-VPCP Art. 19). The day's sequence stays exhausted.
     */
    SEQUENCE_EXHAUSTED,
    /**
     * A code was asked for a day whose counter the store no longer keeps, because the clock reads a
     * day much earlier than one it has already issued codes for.
     */
    DAY_CLOSED,
    /** The store could not be read or written. */
    STORE_FAILED
  }

  private final Reason reason;

  /** An exception for {@code reason}, with a message for the developer. */
  public DossierCodeException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** An exception for {@code reason}, with a message and the underlying cause. */
  public DossierCodeException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** Why no code was issued. */
  public Reason reason() {
    return reason;
  }
}
