package org.opendvc.rules;

import org.opendvc.core.OpenDvcException;

/**
 * The rules could not be loaded or evaluated: the rule base is missing from the class path, a rule
 * package a procedure names is not shipped, or a rule failed. Problems in the caller's input are
 * not exceptions: they come back as findings or diagnostics. Messages never contain personal data.
 */
public class RulesException extends OpenDvcException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a message saying what is wrong and how to fix it. */
  public RulesException(String message) {
    super(message);
  }

  /** Creates an exception keeping its cause, such as a Drools failure. */
  public RulesException(String message, Throwable cause) {
    super(message, cause);
  }
}
