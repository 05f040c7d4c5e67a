package org.opendvc.forms.prefill;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.Subject;
import org.opendvc.core.dictionary.AssuranceLevel;
import org.opendvc.core.dictionary.Registry;

/**
 * Where a prefilled value came from: which registry, which data element of which subject, when it
 * was fetched, when the registry last changed it, and how far the registry vouches for it. It never
 * holds the value, and the subject's identifier is masked by {@code toString()}.
 *
 * @param registry the registry that gave it
 * @param element the data element
 * @param subject the subject it is about (role and index; the identifier may be absent)
 * @param fetchedAt when the registry answered
 * @param sourceUpdatedAt when the registry last changed the value, if it says
 * @param assurance how far the registry vouches for it
 */
public record Provenance(
    Registry registry,
    String element,
    Subject subject,
    Instant fetchedAt,
    @Nullable Instant sourceUpdatedAt,
    AssuranceLevel assurance) {

  /** Checks the parts are present. */
  public Provenance {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(assurance, "assurance");
  }
}
