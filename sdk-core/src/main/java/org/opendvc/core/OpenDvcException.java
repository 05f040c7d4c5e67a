package org.opendvc.core;

/**
 * The root of every exception OpenDVC throws on purpose.
 *
 * <p>Each module has its own subclass. Bad definitions are not exceptions: they are reported as
 * {@link org.opendvc.core.diagnostic.Diagnostic}s. Exceptions are for misuse of the API and for
 * failures the caller cannot fix by editing a file. Messages never contain personal data.
 */
public class OpenDvcException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message for the developer. */
  public OpenDvcException(String message) {
    super(message);
  }

  /** Creates an exception with a message for the developer and the underlying cause. */
  public OpenDvcException(String message, Throwable cause) {
    super(message, cause);
  }
}
