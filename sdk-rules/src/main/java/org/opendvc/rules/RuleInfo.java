package org.opendvc.rules;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One rule of the engine's rule bases and its metadata, for audit, documentation and rule coverage.
 *
 * @param id the rule's stable id, such as {@code ELIG-MIN-AGE-MET}
 * @param ruleBase the rule base it belongs to: {@code eligibility}, {@code once-only} or {@code
 *     readiness}
 * @param ruleFile the rule file (package of rules) it is written in, such as {@code retirement-age}
 * @param messageKey the key of its message in the vi/en bundles, or {@code diagnostic.CODE} for a
 *     rule reporting a diagnostic
 * @param lawReference the provision it implements, or {@code requirement} when it cites the law the
 *     requirement names
 * @param effectiveFrom the first day its law applies ({@code @effectiveFrom}), or {@code null} when
 *     the rule does not declare one; every rule OpenDVC ships declares one, the generic rules of
 *     the requirement kinds {@code 1900-01-01}
 * @param effectiveTo the last day, or {@code null}
 */
public record RuleInfo(
    String id,
    String ruleBase,
    String ruleFile,
    String messageKey,
    String lawReference,
    @Nullable LocalDate effectiveFrom,
    @Nullable LocalDate effectiveTo) {

  /** Checks the parts. */
  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ruleBase, "ruleBase");
    Objects.requireNonNull(ruleFile, "ruleFile");
    Objects.requireNonNull(messageKey, "messageKey");
    Objects.requireNonNull(lawReference, "lawReference");
  }
}
