package org.opendvc.forms.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendvc.forms.Constraint;
import org.opendvc.forms.Field;

/**
 * A form's expressions, compiled once, and the order to evaluate its fields in so that every
 * expression reads only fields already decided. Immutable and thread-safe.
 */
public final class CompiledForm {
  private final List<Rules> order;
  private final Map<String, List<Rules>> groupOrder;
  private final Map<String, Rules> byPath;
  private final List<@Nullable CompiledExpression> sectionRelevance;
  private final List<Boolean> sectionUnreachable;

  CompiledForm(
      List<Rules> order,
      Map<String, List<Rules>> groupOrder,
      Map<String, Rules> byPath,
      List<@Nullable CompiledExpression> sectionRelevance,
      List<Boolean> sectionUnreachable) {
    this.order = List.copyOf(order);
    this.groupOrder = Map.copyOf(groupOrder);
    this.byPath = Map.copyOf(byPath);
    this.sectionRelevance = java.util.Collections.unmodifiableList(sectionRelevance);
    this.sectionUnreachable = List.copyOf(sectionUnreachable);
  }

  /** The fields outside groups (groups included), in evaluation order. */
  public List<Rules> order() {
    return order;
  }

  /** The fields of group {@code groupId}, in evaluation order. */
  public List<Rules> groupOrder(String groupId) {
    return groupOrder.getOrDefault(groupId, List.of());
  }

  /** The rules of the field at {@code path}. */
  public Optional<Rules> rules(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  /** When section {@code index} is shown, or {@code null} for always. */
  public @Nullable CompiledExpression sectionRelevance(int index) {
    return sectionRelevance.get(index);
  }

  /** Whether section {@code index} can never be shown. */
  public boolean isSectionUnreachable(int index) {
    return sectionUnreachable.get(index);
  }

  /**
   * A constraint with its compiled expression.
   *
   * @param constraint the constraint as written
   * @param expression its compiled expression
   */
  public record CompiledConstraint(Constraint constraint, CompiledExpression expression) {}

  /** The compiled expressions of one field. Immutable. */
  public static final class Rules {
    private final Field field;
    private final int section;
    private final @Nullable CompiledExpression relevant;
    private final @Nullable CompiledExpression required;
    private final @Nullable CompiledExpression readOnly;
    private final List<CompiledConstraint> constraints;
    private final @Nullable CompiledExpression calculate;
    private final @Nullable CompiledExpression defaultValue;
    private final boolean unreachable;

    Rules(
        Field field,
        int section,
        @Nullable CompiledExpression relevant,
        @Nullable CompiledExpression required,
        @Nullable CompiledExpression readOnly,
        List<CompiledConstraint> constraints,
        @Nullable CompiledExpression calculate,
        @Nullable CompiledExpression defaultValue,
        boolean unreachable) {
      this.field = field;
      this.section = section;
      this.relevant = relevant;
      this.required = required;
      this.readOnly = readOnly;
      this.constraints = List.copyOf(constraints);
      this.calculate = calculate;
      this.defaultValue = defaultValue;
      this.unreachable = unreachable;
    }

    /** The field. */
    public Field field() {
      return field;
    }

    /** The index of the section holding the field (or its group). */
    public int section() {
      return section;
    }

    /** When shown, or {@code null} for always. */
    public @Nullable CompiledExpression relevant() {
      return relevant;
    }

    /** When required, or {@code null} for never. */
    public @Nullable CompiledExpression required() {
      return required;
    }

    /** When read-only, or {@code null} for never. */
    public @Nullable CompiledExpression readOnly() {
      return readOnly;
    }

    /** The constraints. */
    public List<CompiledConstraint> constraints() {
      return constraints;
    }

    /** The calculation, or {@code null}. */
    public @Nullable CompiledExpression calculate() {
      return calculate;
    }

    /** The default, or {@code null}. */
    public @Nullable CompiledExpression defaultValue() {
      return defaultValue;
    }

    /** Whether the field can never be shown. */
    public boolean unreachable() {
      return unreachable;
    }

    @Override
    public String toString() {
      return "Rules[" + field.path() + "]";
    }
  }
}
