package org.opendvc.forms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cel.runtime.CelVariableResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendvc.forms.Field;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.internal.CompiledForm.CompiledConstraint;
import org.opendvc.forms.internal.CompiledForm.Rules;
import org.opendvc.forms.internal.FieldState.Visibility;
import org.opendvc.forms.validation.SubmissionDiagnostics;

/**
 * Runs a loaded form on a set of answers, field by field in dependency order.
 *
 * <p>In {@link Mode#FINAL} the answers are complete: an absent answer is unanswered, a hidden
 * field's value is dropped, calculations are recomputed, and an expression that reads a value
 * nobody gave is undecided, which counts as false (hidden, not required, not read-only) and lets a
 * constraint pass. In {@link Mode#PARTIAL} only the answers present are known: a field whose
 * relevance cannot be decided from them is {@link Visibility#UNDECIDED}, which prefill planning
 * treats as possibly shown.
 *
 * <p>A failing expression never stops the evaluation: it is recorded, and the field is treated as
 * shown (so its data is kept and checked), not required and not read-only.
 */
public final class FormEvaluator {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** How complete the answers are. */
  public enum Mode {
    /** A submission: everything not given is unanswered. */
    FINAL,
    /** Planning: only what is given is known. */
    PARTIAL
  }

  private final FormDefinition form;
  private final CompiledForm compiled;
  private final Mode mode;
  private final boolean withRules;
  private final boolean applyDefaults;
  private final Map<String, Object> top = new HashMap<>();
  private final Map<String, Boolean> answered = new HashMap<>();
  private final Outcome[] sections;
  private final List<Evaluation.Problem> problems = new ArrayList<>();
  private final List<Evaluation.Failure> failures = new ArrayList<>();

  private FormEvaluator(
      FormDefinition form, Mode mode, boolean withRules, boolean applyDefaults, LocalDate today) {
    this.form = form;
    this.compiled = Internals.compiled(form);
    this.mode = mode;
    this.withRules = withRules;
    this.applyDefaults = applyDefaults;
    this.sections = new Outcome[form.sections().size()];
    top.put(FormFunctions.TODAY_VARIABLE, FormFunctions.toTimestamp(today));
    if (mode == Mode.FINAL) {
      top.put(FormFunctions.ANSWERED_VARIABLE, answered);
    }
  }

  /**
   * Evaluates {@code form} on {@code data}.
   *
   * @param data the answers, an object with one member per field (groups as arrays of objects)
   * @param today the date expressions see as {@code today}
   * @param mode how complete the answers are
   * @param withRules whether to evaluate {@code required}, {@code readOnly} and constraints too
   */
  public static Evaluation evaluate(
      FormDefinition form, JsonNode data, LocalDate today, Mode mode, boolean withRules) {
    return new FormEvaluator(form, mode, withRules, false, today).run(data);
  }

  /**
   * Evaluates {@code form} on {@code data} in {@link Mode#PARTIAL}, giving each unanswered field
   * its default where the default can be computed: the typical path through the form, which the
   * burden estimate follows.
   */
  public static Evaluation withDefaults(FormDefinition form, JsonNode data, LocalDate today) {
    return new FormEvaluator(form, Mode.PARTIAL, false, true, today).run(data);
  }

  private Evaluation run(JsonNode data) {
    List<Field> declared = form.fields();
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < declared.size(); i++) {
      position.put(declared.get(i).id(), i);
    }
    ObjectNode input = data.isObject() ? (ObjectNode) data : JSON.objectNode();
    if (!data.isObject() && !data.isNull() && !data.isMissingNode()) {
      problems.add(
          new Evaluation.Problem(
              "", "", null, SubmissionDiagnostics.WRONG_TYPE, new Object[] {"object"}));
    }
    reportUnknownMembers(input, "", "", position.keySet());
    CelVariableResolver topScope = this::lookupTop;
    FieldState[] states = new FieldState[declared.size()];
    JsonNode[] accepted = new JsonNode[declared.size()];
    for (Rules rules : compiled.order()) {
      Field field = rules.field();
      int at = position.get(field.id());
      String pointer = "/" + field.id();
      Visibility visibility =
          combine(sectionVisibility(rules.section()), own(rules, topScope, field.id(), pointer));
      if (rules.unreachable()) {
        visibility = Visibility.HIDDEN;
      }
      FieldState state = new FieldState(field, field.id(), pointer, -1, visibility, topScope);
      JsonNode given = input.get(field.id());
      if (field.isGroup()) {
        accepted[at] = group(rules, state, given);
      } else {
        fill(rules, state, given, topScope);
        bind(top, answered, field, state, given != null);
        accepted[at] = state.isShown() ? state.json() : null;
      }
      states[at] = state;
    }
    ObjectNode out = JSON.objectNode();
    List<FieldState> flat = new ArrayList<>();
    for (int i = 0; i < declared.size(); i++) {
      if (accepted[i] != null) {
        out.set(declared.get(i).id(), accepted[i]);
      }
      flat.add(states[i]);
      for (FieldState[] item : states[i].items()) {
        flat.addAll(List.of(item));
      }
    }
    if (withRules) {
      for (FieldState state : flat) {
        if (state.isShown()) {
          evaluateRules(state);
        }
      }
    }
    return new Evaluation(flat, out, problems, failures);
  }

  private @Nullable JsonNode group(Rules rules, FieldState state, @Nullable JsonNode given) {
    Field group = rules.field();
    List<Object> items = new ArrayList<>();
    ArrayNode accepted = JSON.arrayNode();
    boolean known = given != null;
    if (state.visibility() != Visibility.HIDDEN && given != null && !given.isNull()) {
      if (!given.isArray()) {
        problem(state.path(), state.pointer(), group, SubmissionDiagnostics.WRONG_TYPE, "array");
      } else {
        int count = given.size();
        if (count > group.maxItems()) {
          problem(
              state.path(),
              state.pointer(),
              group,
              SubmissionDiagnostics.TOO_MANY_ITEMS,
              group.maxItems());
          count = group.maxItems();
        }
        List<Rules> children = compiled.groupOrder(group.id());
        for (int i = 0; i < count; i++) {
          items.add(item(group, children, state, i, given.get(i), accepted));
        }
      }
    }
    Map<String, Object> scope = top;
    if (items.isEmpty()) {
      if (mode == Mode.FINAL || known || state.visibility() == Visibility.HIDDEN) {
        scope.put(group.id(), List.of());
      } else {
        scope.remove(group.id());
      }
      answered.remove(group.id());
    } else {
      scope.put(group.id(), List.copyOf(items));
      answered.put(group.id(), Boolean.TRUE);
    }
    state.value(items.isEmpty() ? null : new FieldValues.Read(List.copyOf(items), accepted));
    return state.isShown() && !items.isEmpty() ? accepted : null;
  }

  private Map<String, Object> item(
      Field group,
      List<Rules> children,
      FieldState groupState,
      int index,
      JsonNode given,
      ArrayNode accepted) {
    String base = group.id() + "[" + index + "]";
    String basePointer = "/" + group.id() + "/" + index;
    Map<String, Object> vars = new HashMap<>();
    Map<String, Boolean> itemAnswered = mode == Mode.FINAL ? new HashMap<>(answered) : null;
    if (itemAnswered != null) {
      vars.put(FormFunctions.ANSWERED_VARIABLE, itemAnswered);
    }
    CelVariableResolver scope =
        name -> {
          Object v = vars.get(name);
          return v != null ? Optional.of(v) : lookupTop(name);
        };
    ObjectNode input = JSON.objectNode();
    if (given != null && given.isObject()) {
      input = (ObjectNode) given;
    } else if (given != null && !given.isNull()) {
      problem(base, basePointer, group, SubmissionDiagnostics.WRONG_TYPE, "object");
    }
    Set<String> childIds = new HashSet<>();
    children.forEach(r -> childIds.add(r.field().id()));
    reportUnknownMembers(input, base + ".", basePointer, childIds);
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < group.fields().size(); i++) {
      position.put(group.fields().get(i).id(), i);
    }
    FieldState[] states = new FieldState[group.fields().size()];
    Map<String, Object> celItem = new HashMap<>();
    ObjectNode json = JSON.objectNode();
    JsonNode[] values = new JsonNode[group.fields().size()];
    for (Rules rules : children) {
      Field child = rules.field();
      String path = base + "." + child.id();
      String pointer = basePointer + "/" + child.id();
      Visibility visibility = combine(groupState.visibility(), own(rules, scope, path, pointer));
      if (rules.unreachable()) {
        visibility = Visibility.HIDDEN;
      }
      FieldState state = new FieldState(child, path, pointer, index, visibility, scope);
      JsonNode value = input.get(child.id());
      fill(rules, state, value, scope);
      bind(vars, itemAnswered, child, state, value != null);
      Object cel = vars.get(child.id());
      if (cel != null) {
        celItem.put(child.id(), cel);
      }
      int at = position.get(child.id());
      states[at] = state;
      values[at] = state.isShown() ? state.json() : null;
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        json.set(group.fields().get(i).id(), values[i]);
      }
    }
    groupState.addItem(states);
    accepted.add(json);
    return Map.copyOf(celItem);
  }

  private void fill(
      Rules rules, FieldState state, @Nullable JsonNode given, CelVariableResolver scope) {
    if (state.visibility() == Visibility.HIDDEN) {
      return;
    }
    Field field = rules.field();
    if (rules.calculate() != null) {
      Outcome outcome = rules.calculate().evaluate(scope);
      if (outcome.isFailure()) {
        fail(state.path(), state.pointer(), field, ExpressionProperty.CALCULATE, outcome);
      } else if (outcome.value() != null) {
        state.value(FieldValues.fromResult(field, outcome.value()));
      }
      return;
    }
    if (given == null || given.isNull()) {
      if (applyDefaults && rules.defaultValue() != null) {
        Outcome outcome = rules.defaultValue().evaluate(scope);
        if (outcome.value() != null) {
          state.value(FieldValues.fromResult(field, outcome.value()));
        }
      }
      return;
    }
    state.value(
        FieldValues.read(
            field,
            given,
            (kind, args) -> problem(state.path(), state.pointer(), field, kind, args)));
  }

  /** Makes a field's value visible to the expressions evaluated after it. */
  private void bind(
      Map<String, Object> vars,
      @Nullable Map<String, Boolean> answeredIds,
      Field field,
      FieldState state,
      boolean given) {
    String id = field.id();
    FieldValues.Read value = state.value();
    if (value != null && state.visibility() != Visibility.HIDDEN) {
      vars.put(id, value.cel());
      if (answeredIds != null) {
        answeredIds.put(id, Boolean.TRUE);
      }
      return;
    }
    if (answeredIds != null) {
      answeredIds.remove(id);
    }
    boolean knownEmpty =
        mode == Mode.FINAL
            || state.visibility() == Visibility.HIDDEN
            || (given && !field.isCalculated());
    if (knownEmpty && FieldValues.hasEmptyValue(field.type())) {
      vars.put(id, FieldValues.emptyValue(field.type()));
    } else {
      vars.remove(id);
    }
  }

  private void evaluateRules(FieldState state) {
    Rules rules = compiled.rules(state.field().path()).orElseThrow();
    CelVariableResolver scope = state.scope();
    if (rules.required() != null) {
      Outcome required = rules.required().evaluate(scope);
      fail(state.path(), state.pointer(), state.field(), ExpressionProperty.REQUIRED, required);
      state.required(required.isTrue());
    }
    if (rules.readOnly() != null) {
      Outcome readOnly = rules.readOnly().evaluate(scope);
      fail(state.path(), state.pointer(), state.field(), ExpressionProperty.READ_ONLY, readOnly);
      state.readOnly(readOnly.isTrue());
    }
    if (state.value() == null || state.field().isGroup()) {
      return;
    }
    for (CompiledConstraint constraint : rules.constraints()) {
      Outcome ok = constraint.expression().evaluate(scope);
      if (ok.isFalse()) {
        state.fail(constraint);
      } else {
        fail(state.path(), state.pointer(), state.field(), ExpressionProperty.CONSTRAINT, ok);
      }
    }
  }

  private Visibility sectionVisibility(int index) {
    CompiledExpression relevance = compiled.sectionRelevance(index);
    if (compiled.isSectionUnreachable(index)) {
      return Visibility.HIDDEN;
    }
    if (relevance == null) {
      return Visibility.SHOWN;
    }
    Outcome outcome = sections[index];
    if (outcome == null) {
      outcome = relevance.evaluate(this::lookupTop);
      sections[index] = outcome;
      String id = form.sections().get(index).id();
      fail(id, "", null, ExpressionProperty.RELEVANT, outcome);
    }
    return visibility(outcome);
  }

  private Visibility own(Rules rules, CelVariableResolver scope, String path, String pointer) {
    if (rules.relevant() == null) {
      return Visibility.SHOWN;
    }
    Outcome outcome = rules.relevant().evaluate(scope);
    fail(path, pointer, rules.field(), ExpressionProperty.RELEVANT, outcome);
    return visibility(outcome);
  }

  private Visibility visibility(Outcome outcome) {
    if (outcome.isTrue() || outcome.isFailure()) {
      return Visibility.SHOWN;
    }
    if (outcome.isUndecided() && mode == Mode.PARTIAL) {
      return Visibility.UNDECIDED;
    }
    return Visibility.HIDDEN;
  }

  private static Visibility combine(Visibility container, Visibility own) {
    if (container == Visibility.HIDDEN || own == Visibility.HIDDEN) {
      return Visibility.HIDDEN;
    }
    if (container == Visibility.UNDECIDED || own == Visibility.UNDECIDED) {
      return Visibility.UNDECIDED;
    }
    return Visibility.SHOWN;
  }

  private Optional<Object> lookupTop(String name) {
    return Optional.ofNullable(top.get(name));
  }

  private void reportUnknownMembers(
      ObjectNode input, String pathPrefix, String pointerPrefix, Set<String> known) {
    var names = input.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        problem(
            pathPrefix + name,
            pointerPrefix + "/" + name,
            null,
            SubmissionDiagnostics.UNKNOWN_FIELD,
            name);
      }
    }
  }

  private void problem(
      String path,
      String pointer,
      @Nullable Field field,
      SubmissionDiagnostics kind,
      Object... args) {
    problems.add(new Evaluation.Problem(path, pointer, field, kind, args));
  }

  private void fail(
      String path,
      String pointer,
      @Nullable Field field,
      ExpressionProperty property,
      Outcome outcome) {
    if (outcome.isFailure() && mode == Mode.FINAL) {
      failures.add(
          new Evaluation.Failure(
              path, pointer, field, property, java.util.Objects.requireNonNull(outcome.failure())));
    }
  }
}
