package org.opendvc.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kie.api.definition.rule.Rule;
import org.opendvc.rules.ComponentAdvice.Action;
import org.opendvc.rules.FindingStatus;

/** The per-request result of a dossier check: one advice draft per component. */
public final class DossierSheet {
  /** What one rule advised about one component, before it is rendered. */
  public record Draft(
      ComponentFact component,
      Action action,
      FindingStatus status,
      String ruleId,
      String messageKey,
      boolean reused,
      boolean fromWarehouse,
      @Nullable String replacedByResult,
      @Nullable String source) {}

  private final List<Draft> drafts = new ArrayList<>();

  /**
   * Records the advice of {@code rule} and returns the fact that keeps other rules off the
   * component.
   */
  public Advised advise(
      ComponentFact component,
      Action action,
      FindingStatus status,
      Rule rule,
      boolean reused,
      boolean fromWarehouse,
      @Nullable String replacedByResult,
      @Nullable Object source) {
    Object key = rule.getMetaData().get(RuleMetadata.MESSAGE_KEY);
    drafts.add(
        new Draft(
            component,
            action,
            status,
            rule.getName(),
            key == null ? "" : key.toString(),
            reused,
            fromWarehouse,
            replacedByResult,
            source == null ? null : source.toString()));
    return new Advised(component.getComponent());
  }

  public List<Draft> drafts() {
    return drafts;
  }
}
