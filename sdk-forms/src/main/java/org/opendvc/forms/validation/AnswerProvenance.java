package org.opendvc.forms.validation;

import java.util.Objects;
import org.opendvc.forms.prefill.LockDecision;
import org.opendvc.forms.prefill.Provenance;

/**
 * Where an accepted answer came from, as the signed prefill envelope records it, and whether the
 * person changed it. Structured provenance travels with the submission, for the agency that
 * processes it and for the statistics of the once-only principle.
 *
 * @param path the value's path
 * @param provenance the registry, element, subject and times
 * @param lock whether the value was locked, and why
 * @param changed whether the submitted value differs from the prefilled one (only possible for an
 *     editable value; a changed locked value is an error)
 */
public record AnswerProvenance(
    String path, Provenance provenance, LockDecision lock, boolean changed) {
  /** Checks the parts are present. */
  public AnswerProvenance {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(lock, "lock");
  }
}
