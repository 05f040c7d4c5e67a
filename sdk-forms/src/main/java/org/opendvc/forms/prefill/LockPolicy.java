package org.opendvc.forms.prefill;

import java.util.Objects;
import java.util.Set;
import org.opendvc.core.dictionary.AssuranceLevel;
import org.opendvc.forms.Field;
import org.opendvc.forms.LockMode;

/**
 * Decides which prefilled values are locked.
 *
 * <p>The rule, in order: a field the form marks {@code "lock": "NEVER"} is editable; a blank value
 * is editable (a hard rule, whatever else is configured); a code the form's list does not know is
 * editable; an element the policy lists as always editable is editable; a value the registry holds
 * only as a copy ({@link AssuranceLevel#INFORMATIVE}) is editable unless the policy locks those
 * too; everything else is locked.
 *
 * <p>{@link #standard()} keeps marital status and current residence editable: the population
 * database may lag behind a marriage or a move registered elsewhere (FormSG keeps marital fields
 * editable for the same reason). Immutable and thread-safe.
 */
public final class LockPolicy {
  private static final LockPolicy STANDARD =
      new LockPolicy(Set.of("person.maritalStatus", "person.currentResidence"), false);

  private final Set<String> alwaysEditable;
  private final boolean lockInformative;

  private LockPolicy(Set<String> alwaysEditable, boolean lockInformative) {
    this.alwaysEditable = Set.copyOf(alwaysEditable);
    this.lockInformative = lockInformative;
  }

  /** The standard policy. */
  public static LockPolicy standard() {
    return STANDARD;
  }

  /**
   * A policy keeping {@code alwaysEditable} elements editable, and locking informative values too
   * when {@code lockInformative}.
   */
  public static LockPolicy of(Set<String> alwaysEditable, boolean lockInformative) {
    return new LockPolicy(alwaysEditable, lockInformative);
  }

  /** The elements this policy never locks. */
  public Set<String> alwaysEditable() {
    return alwaysEditable;
  }

  /**
   * Decides for a value of {@code element} prefilled into {@code field}.
   *
   * @param blank whether the value is blank
   * @param codeUncertain whether the registry's code was not in the form's list
   */
  public LockDecision decide(
      Field field, String element, AssuranceLevel assurance, boolean blank, boolean codeUncertain) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(assurance, "assurance");
    if (field.binding().map(b -> b.lock() == LockMode.NEVER).orElse(false)) {
      return LockDecision.editable(LockReason.FIELD_NEVER_LOCKED);
    }
    if (blank) {
      return LockDecision.editable(LockReason.BLANK_VALUE);
    }
    if (codeUncertain) {
      return LockDecision.editable(LockReason.CODE_NOT_IN_LIST);
    }
    if (alwaysEditable.contains(element)) {
      return LockDecision.editable(LockReason.POLICY_EDITABLE);
    }
    if (assurance == AssuranceLevel.INFORMATIVE && !lockInformative) {
      return LockDecision.editable(LockReason.INFORMATIVE_SOURCE);
    }
    return LockDecision.LOCKED;
  }

  @Override
  public String toString() {
    return "LockPolicy[alwaysEditable="
        + alwaysEditable
        + ", lockInformative="
        + lockInformative
        + "]";
  }
}
