package org.opendvc.rules;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.law.LegalReference;

/**
 * How one requirement stands, and why: every requirement of a procedure yields exactly one finding.
 *
 * <p>The actual value is about a person and may be personal data (an age, a date of birth): it is
 * for the person concerned and the official deciding, and {@code toString()} does not show it.
 *
 * @param requirementId the requirement, as declared in the procedure definition
 * @param status how it stands
 * @param ruleId the rule that decided it, such as {@code ELIG-MIN-AGE-MET}
 * @param actual the value the rule looked at, for people ("17 tuổi"), or {@code null}
 * @param required what the requirement asks ("18"), or {@code null}
 * @param parameters the dated parameters used, with their values and legal references
 * @param legalReference the provision the requirement comes from, or {@code null}
 * @param missing the data elements (or document types) that would let an {@link
 *     FindingStatus#UNKNOWN} requirement be decided
 * @param message the explanation in Vietnamese and English
 */
public record Finding(
    String requirementId,
    FindingStatus status,
    String ruleId,
    @Nullable String actual,
    @Nullable String required,
    List<ParameterUse> parameters,
    @Nullable LegalReference legalReference,
    List<String> missing,
    LocalizedText message) {

  /** Checks the parts and copies the lists. */
  public Finding {
    Objects.requireNonNull(requirementId, "requirementId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(message, "message");
    parameters = List.copyOf(parameters);
    missing = List.copyOf(missing);
  }

  @Override
  public String toString() {
    return "Finding["
        + requirementId
        + ", "
        + status
        + ", "
        + ruleId
        + ", missing="
        + missing
        + "]";
  }
}
