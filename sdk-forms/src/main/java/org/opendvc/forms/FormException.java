package org.opendvc.forms;

import org.opendvc.core.OpenDvcException;

/**
 * The root of the exceptions {@code sdk-forms} throws: misuse of the API (a form that was not
 * loaded, a submission for another form) and failures the caller cannot fix by editing a file (the
 * JDK lacks HMAC-SHA256). Problems in form definitions and in submissions are never exceptions:
 * they are diagnostics and field errors. Messages never contain personal data.
 */
public class FormException extends OpenDvcException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message for the developer. */
  public FormException(String message) {
    super(message);
  }

  /** Creates an exception with a message for the developer and the underlying cause. */
  public FormException(String message, Throwable cause) {
    super(message, cause);
  }
}
