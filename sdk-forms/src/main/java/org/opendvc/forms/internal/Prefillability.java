package org.opendvc.forms.internal;

import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.dictionary.DataDictionary;
import org.opendvc.core.dictionary.DataElement;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.dictionary.RegistryHolding;
import org.opendvc.forms.Binding;
import org.opendvc.forms.Field;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.FormSubject;
import org.opendvc.forms.SubjectIdentification;
import org.opendvc.forms.prefill.SkipReason;

/**
 * Whether a bound field can be prefilled at all, whatever the answers: the rules the prefill
 * planner and the burden estimate share, so the estimate assumes exactly what prefill can do.
 */
public final class Prefillability {
  private Prefillability() {}

  /**
   * The role a field's value is about: its binding's, else its group's; {@code null} for a field
   * without binding.
   */
  public static @Nullable SubjectRole role(FormDefinition form, Field field) {
    Optional<Binding> binding = field.binding();
    if (binding.isEmpty()) {
      return null;
    }
    SubjectRole own = binding.get().subject();
    if (own != null) {
      return own;
    }
    return field.groupId().flatMap(form::field).flatMap(Field::subject).orElse(null);
  }

  /**
   * Why {@code field} cannot be prefilled from {@code registries}, or {@code null} when it can
   * (given its subject's identifier and that it is shown).
   */
  public static @Nullable SkipReason staticReason(
      FormDefinition form, Field field, DataDictionary dictionary, Set<Registry> registries) {
    Binding binding = field.binding().orElse(null);
    SubjectRole role = role(form, field);
    if (binding == null || role == null) {
      return SkipReason.UNKNOWN_ELEMENT;
    }
    boolean unreachable =
        Internals.compiled(form)
            .rules(field.path())
            .map(CompiledForm.Rules::unreachable)
            .orElse(false);
    FormSubject subject = form.subject(role).orElse(null);
    if (!binding.prefill()) {
      return SkipReason.PREFILL_DISABLED;
    }
    if (field.isCalculated()) {
      return SkipReason.CALCULATED;
    }
    if (unreachable) {
      return SkipReason.UNREACHABLE;
    }
    if (subject != null && subject.identifiedBy() == SubjectIdentification.NONE) {
      return SkipReason.SUBJECT_NOT_REGISTERED;
    }
    if (subject != null && field.id().equals(subject.field())) {
      return SkipReason.IDENTIFIES_SUBJECT;
    }
    DataElement element = dictionary.element(binding.element()).orElse(null);
    if (element == null) {
      return SkipReason.UNKNOWN_ELEMENT;
    }
    return registry(element, registries) == null ? SkipReason.NO_REGISTRY : null;
  }

  /** The first registry, in the dictionary's order, that holds {@code element} and can be asked. */
  public static @Nullable RegistryHolding registry(DataElement element, Set<Registry> registries) {
    return element.heldBy().stream()
        .filter(h -> registries.contains(h.registry()))
        .findFirst()
        .orElse(null);
  }
}
