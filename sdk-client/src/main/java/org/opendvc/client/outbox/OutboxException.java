package org.opendvc.client.outbox;

import org.jspecify.annotations.Nullable;
import org.opendvc.core.OpenDvcException;

/**
 * The outbox cannot do its job: its directory cannot be written, another process holds it, or the
 * disk failed while recording an entry (in which case the entry was not accepted).
 */
public class OutboxException extends OpenDvcException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public OutboxException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
