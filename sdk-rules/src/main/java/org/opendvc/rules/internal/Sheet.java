package org.opendvc.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.kie.api.definition.rule.Rule;
import org.opendvc.rules.FindingStatus;
import org.opendvc.rules.ParameterUse;

/**
 * The per-request result of an eligibility evaluation: rule consequences write their findings here.
 * Created for one request and read after it; never shared, so never a global.
 */
public final class Sheet {
  /** What one rule decided about one requirement, before it is rendered. */
  public record Draft(
      RequirementFact requirement,
      FindingStatus status,
      String ruleId,
      String messageKey,
      @Nullable String actual,
      @Nullable String required,
      @Nullable ParameterUse parameter,
      List<String> missing) {}

  private final List<Draft> drafts = new ArrayList<>();

  /**
   * Records what {@code rule} decided and returns the fact other rules can match on.
   *
   * @param missing the data elements whose absence left it undecided
   */
  public Evaluated record(
      RequirementFact requirement,
      FindingStatus status,
      Rule rule,
      @Nullable Object actual,
      @Nullable Object required,
      @Nullable ParameterUse parameter,
      String... missing) {
    Object key = rule.getMetaData().get(RuleMetadata.MESSAGE_KEY);
    drafts.add(
        new Draft(
            requirement,
            status,
            rule.getName(),
            key == null ? "" : key.toString(),
            actual == null ? null : actual.toString(),
            required == null ? null : required.toString(),
            parameter,
            List.of(missing)));
    return new Evaluated(requirement.getId(), status);
  }

  public List<Draft> drafts() {
    return drafts;
  }
}
