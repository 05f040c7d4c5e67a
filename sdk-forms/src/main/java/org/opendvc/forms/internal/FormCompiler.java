package org.opendvc.forms.internal;

import dev.cel.common.types.CelType;
import dev.cel.common.types.SimpleType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.forms.Constraint;
import org.opendvc.forms.Expression;
import org.opendvc.forms.Field;
import org.opendvc.forms.FieldType;
import org.opendvc.forms.FormDiagnostics;
import org.opendvc.forms.Section;
import org.opendvc.forms.internal.CompiledForm.CompiledConstraint;
import org.opendvc.forms.internal.CompiledForm.Rules;

/**
 * Compiles every expression of a form, orders its fields by what they read, and reports syntax and
 * type errors, unknown fields, dependency cycles and fields that can never be shown.
 */
public final class FormCompiler {
  private FormCompiler() {}

  /** Compiles the form made of {@code sections}, reporting to {@code sink}. */
  public static CompiledForm compile(List<Section> sections, DiagnosticCollector sink) {
    Map<String, CelType> topTypes = new LinkedHashMap<>();
    Map<String, String> groupOfChild = new HashMap<>();
    for (Section section : sections) {
      for (Field field : section.fields()) {
        topTypes.put(field.id(), FieldValues.celType(field.type()));
        for (Field child : field.fields()) {
          groupOfChild.put(child.id(), field.id());
        }
      }
    }
    ScopeCompiler top = new ScopeCompiler(topTypes, groupOfChild);
    Map<String, Rules> byPath = new LinkedHashMap<>();
    List<@Nullable CompiledExpression> sectionRelevance = new ArrayList<>();
    List<Boolean> sectionUnreachable = new ArrayList<>();
    List<Rules> topRules = new ArrayList<>();
    Map<String, List<Rules>> childRules = new LinkedHashMap<>();
    for (int s = 0; s < sections.size(); s++) {
      Section section = sections.get(s);
      CompiledExpression relevance =
          section.relevant() == null
              ? null
              : top.compile(
                  section.relevant(),
                  ExpressionProperty.RELEVANT,
                  SimpleType.BOOL,
                  section.id(),
                  section.pointer() + "/relevant",
                  sink);
      sectionRelevance.add(relevance);
      boolean sectionNever = isConstantFalse(relevance);
      sectionUnreachable.add(sectionNever);
      if (sectionNever) {
        sink.add(
            FormDiagnostics.FIELD_UNREACHABLE.at(section.pointer() + "/relevant", section.id()));
      }
      for (Field field : section.fields()) {
        Rules rules = compileField(field, s, top, sectionNever, sink);
        topRules.add(rules);
        byPath.put(field.path(), rules);
        if (field.isGroup()) {
          Map<String, CelType> itemTypes = new LinkedHashMap<>(topTypes);
          Map<String, String> outside = new HashMap<>(groupOfChild);
          for (Field child : field.fields()) {
            itemTypes.put(child.id(), FieldValues.celType(child.type()));
            outside.remove(child.id());
          }
          ScopeCompiler item = new ScopeCompiler(itemTypes, outside);
          List<Rules> children = new ArrayList<>();
          for (Field child : field.fields()) {
            Rules childRule = compileField(child, s, item, rules.unreachable(), sink);
            children.add(childRule);
            byPath.put(child.path(), childRule);
          }
          childRules.put(field.id(), children);
        }
      }
    }
    List<Rules> order = orderTopLevel(topRules, childRules, sectionRelevance, sink);
    Map<String, List<Rules>> groupOrder = new LinkedHashMap<>();
    childRules.forEach((group, children) -> groupOrder.put(group, orderSiblings(children, sink)));
    return new CompiledForm(order, groupOrder, byPath, sectionRelevance, sectionUnreachable);
  }

  private static Rules compileField(
      Field field,
      int section,
      ScopeCompiler scope,
      boolean containerNever,
      DiagnosticCollector sink) {
    String owner = field.path();
    String at = field.pointer();
    CelType own = FieldValues.celType(field.type());
    CompiledExpression relevant =
        field
            .relevant()
            .map(
                e ->
                    condition(scope, e, ExpressionProperty.RELEVANT, owner, at + "/relevant", sink))
            .orElse(null);
    CompiledExpression required =
        field.required().isFalse()
            ? null
            : condition(
                scope,
                field.required(),
                ExpressionProperty.REQUIRED,
                owner,
                at + "/required",
                sink);
    CompiledExpression readOnly =
        field.readOnly().isFalse()
            ? null
            : condition(
                scope,
                field.readOnly(),
                ExpressionProperty.READ_ONLY,
                owner,
                at + "/readOnly",
                sink);
    List<CompiledConstraint> constraints = new ArrayList<>();
    for (int i = 0; i < field.constraints().size(); i++) {
      Constraint constraint = field.constraints().get(i);
      CompiledExpression compiled =
          condition(
              scope,
              constraint.expression(),
              ExpressionProperty.CONSTRAINT,
              owner,
              at + "/constraints/" + i + "/expression",
              sink);
      if (compiled != null) {
        constraints.add(new CompiledConstraint(constraint, compiled));
      }
    }
    CompiledExpression calculate = null;
    if (field.calculate().isPresent() && calculable(field.type())) {
      calculate =
          scope.compile(
              field.calculate().get(),
              ExpressionProperty.CALCULATE,
              own,
              owner,
              at + "/calculate",
              sink);
    }
    CompiledExpression defaultValue = null;
    if (field.defaultValue().isPresent()
        && field.type() != FieldType.GROUP
        && field.type() != FieldType.ATTACHMENT) {
      defaultValue =
          scope.compile(
              field.defaultValue().get(),
              ExpressionProperty.DEFAULT,
              own,
              owner,
              at + "/default",
              sink);
    }
    boolean never = isConstantFalse(relevant);
    if (never && !containerNever) {
      sink.add(FormDiagnostics.FIELD_UNREACHABLE.at(at + "/relevant", owner));
    }
    return new Rules(
        field,
        section,
        relevant,
        required,
        readOnly,
        constraints,
        calculate,
        defaultValue,
        never || containerNever);
  }

  /** Whether a calculation of this type is supported (scalars only). */
  public static boolean calculable(FieldType type) {
    return switch (type) {
      case MULTIPLE_CHOICE, ADDRESS, ATTACHMENT, GROUP -> false;
      default -> true;
    };
  }

  private static @Nullable CompiledExpression condition(
      ScopeCompiler scope,
      Expression expression,
      ExpressionProperty property,
      String owner,
      String pointer,
      DiagnosticCollector sink) {
    return scope.compile(expression, property, SimpleType.BOOL, owner, pointer, sink);
  }

  private static boolean isConstantFalse(@Nullable CompiledExpression expression) {
    return expression != null
        && expression.isConstant()
        && expression.evaluate(name -> Optional.empty()).isFalse();
  }

  /** What a field's value and visibility depend on: relevance, calculation and default. */
  private static Set<String> reads(Rules rules) {
    Set<String> reads = new LinkedHashSet<>();
    for (CompiledExpression e :
        new CompiledExpression[] {rules.relevant(), rules.calculate(), rules.defaultValue()}) {
      if (e != null) {
        reads.addAll(e.references());
      }
    }
    return reads;
  }

  private static List<Rules> orderTopLevel(
      List<Rules> topRules,
      Map<String, List<Rules>> childRules,
      List<@Nullable CompiledExpression> sectionRelevance,
      DiagnosticCollector sink) {
    Map<String, Set<String>> deps = new LinkedHashMap<>();
    Set<String> ids = new LinkedHashSet<>();
    topRules.forEach(r -> ids.add(r.field().id()));
    for (Rules rules : topRules) {
      Set<String> d = new LinkedHashSet<>(reads(rules));
      CompiledExpression section = sectionRelevance.get(rules.section());
      if (section != null) {
        d.addAll(section.references());
      }
      for (Rules child : childRules.getOrDefault(rules.field().id(), List.of())) {
        d.addAll(reads(child));
      }
      d.retainAll(ids);
      deps.put(rules.field().id(), d);
    }
    return order(topRules, deps, sink);
  }

  private static List<Rules> orderSiblings(List<Rules> children, DiagnosticCollector sink) {
    Set<String> ids = new LinkedHashSet<>();
    children.forEach(r -> ids.add(r.field().id()));
    Map<String, Set<String>> deps = new LinkedHashMap<>();
    for (Rules child : children) {
      Set<String> d = new LinkedHashSet<>(reads(child));
      d.retainAll(ids);
      deps.put(child.field().id(), d);
    }
    return order(children, deps, sink);
  }

  /**
   * Orders nodes so each comes after what it reads, keeping declaration order where free; reports
   * each cycle once and puts its members last, in declaration order.
   */
  private static List<Rules> order(
      List<Rules> nodes, Map<String, Set<String>> deps, DiagnosticCollector sink) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      index.put(nodes.get(i).field().id(), i);
    }
    for (List<String> cycle : Cycles.find(nodes.stream().map(r -> r.field().id()).toList(), deps)) {
      Rules first = nodes.get(index.get(cycle.get(0)));
      List<String> paths =
          cycle.stream().map(id -> nodes.get(index.get(id)).field().path()).toList();
      sink.add(
          FormDiagnostics.DEPENDENCY_CYCLE.at(
              first.field().pointer(), String.join(" → ", paths) + " → " + paths.get(0)));
    }
    int[] waiting = new int[nodes.size()];
    Map<String, List<Integer>> dependents = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      Set<String> d = deps.get(nodes.get(i).field().id());
      waiting[i] = d.size();
      for (String on : d) {
        dependents.computeIfAbsent(on, k -> new ArrayList<>()).add(i);
      }
    }
    PriorityQueue<Integer> ready = new PriorityQueue<>();
    for (int i = 0; i < nodes.size(); i++) {
      if (waiting[i] == 0) {
        ready.add(i);
      }
    }
    List<Rules> ordered = new ArrayList<>(nodes.size());
    boolean[] done = new boolean[nodes.size()];
    while (!ready.isEmpty()) {
      int next = ready.poll();
      done[next] = true;
      ordered.add(nodes.get(next));
      for (int dependent : dependents.getOrDefault(nodes.get(next).field().id(), List.of())) {
        if (--waiting[dependent] == 0) {
          ready.add(dependent);
        }
      }
    }
    for (int i = 0; i < nodes.size(); i++) {
      if (!done[i]) {
        ordered.add(nodes.get(i));
      }
    }
    return ordered;
  }
}
