package org.opendvc.forms.prefill;

import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.registry.RegistryException;

/**
 * What came of one registry question.
 *
 * @param lookup the question
 * @param status how it went
 * @param failure why the registry did not answer, when it did not
 * @param unavailable the elements the registry could not give (all of them when it failed or did
 *     not know the subject)
 */
public record LookupOutcome(
    PlannedLookup lookup,
    Status status,
    RegistryException.@Nullable Reason failure,
    Set<String> unavailable) {

  /** How a question went. */
  public enum Status {
    /** Every element asked for came back. */
    ANSWERED,
    /** Some elements came back, others did not. */
    PARTIAL,
    /** The registry does not know the subject. */
    SUBJECT_NOT_FOUND,
    /** The registry did not answer: down, too slow, refusing, or answering nonsense. */
    FAILED
  }

  /** Checks the parts and copies the set. */
  public LookupOutcome {
    Objects.requireNonNull(lookup, "lookup");
    Objects.requireNonNull(status, "status");
    unavailable = Set.copyOf(unavailable);
    if ((status == Status.FAILED) != (failure != null)) {
      throw new IllegalArgumentException("A failure reason goes with FAILED, and only with it");
    }
  }
}
