package org.opendvc.testkit.demo;

import org.opendvc.core.OpenDvcException;

/** The demo cannot run: the example files are missing or broken, or the portal cannot start. */
public final class DemoException extends OpenDvcException {
  private static final long serialVersionUID = 1L;

  /** An exception with {@code message}. */
  public DemoException(String message) {
    super(message);
  }

  /** An exception with {@code message}, caused by {@code cause}. */
  public DemoException(String message, Throwable cause) {
    super(message, cause);
  }
}
