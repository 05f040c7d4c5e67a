package org.opendvc.core.registry;

import java.util.Objects;
import org.opendvc.core.OpenDvcException;
import org.opendvc.core.dictionary.Registry;

/**
 * A registry could not answer at all. Callers such as the prefill engine treat it as "nothing
 * prefilled from this registry" and go on; the message names the registry and the reason, never the
 * subject.
 */
public class RegistryException extends OpenDvcException {
  private static final long serialVersionUID = 1L;

  /** Why the registry did not answer. */
  public enum Reason {
    /** The registry is down or unreachable. */
    UNAVAILABLE,
    /** It did not answer in time. */
    TIMEOUT,
    /** It refused the request (not authorised, no consent, bad request). */
    REFUSED,
    /** It answered something that could not be understood. */
    MALFORMED_ANSWER
  }

  private final Registry registry;
  private final Reason reason;

  /** Creates an exception for {@code registry}. */
  public RegistryException(Registry registry, Reason reason, String message) {
    super(registry + " " + reason + ": " + message);
    this.registry = Objects.requireNonNull(registry, "registry");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** Creates an exception for {@code registry}, keeping its cause. */
  public RegistryException(Registry registry, Reason reason, String message, Throwable cause) {
    super(registry + " " + reason + ": " + message, cause);
    this.registry = Objects.requireNonNull(registry, "registry");
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The registry that did not answer. */
  public Registry registry() {
    return registry;
  }

  /** Why. */
  public Reason reason() {
    return reason;
  }
}
