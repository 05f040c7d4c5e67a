package org.opendvc.forms.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.Subject;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.dictionary.DataDictionary;
import org.opendvc.core.dictionary.DataElement;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.forms.Binding;
import org.opendvc.forms.Field;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.FormSubject;
import org.opendvc.forms.internal.Evaluation;
import org.opendvc.forms.internal.FieldState;
import org.opendvc.forms.internal.FieldState.Visibility;
import org.opendvc.forms.internal.FormEvaluator;
import org.opendvc.forms.internal.Paths;
import org.opendvc.forms.internal.Prefillability;
import org.opendvc.forms.internal.ValueChecks;

/**
 * Works out the smallest set of registry questions that prefill a form: for each shown, bound,
 * prefillable field, the first registry holding its element (most authoritative first, as the
 * dictionary lists them) among those that can be asked, about the field's subject.
 *
 * <p>Relevance is honoured from what is already known: a field hidden by the answers given so far
 * is not fetched; a field whose relevance cannot be decided yet is fetched (its value is kept for
 * when the person sees it, never thrown away before). A subject's identifier comes from the request
 * or, for a subject the form identifies by a field, from that field's answer.
 *
 * <p>Immutable and thread-safe.
 */
public final class PrefillPlanner {
  private final DataDictionary dictionary;
  private final Clock clock;

  /** A planner using {@code dictionary}; {@code clock} gives the date expressions see as today. */
  public PrefillPlanner(DataDictionary dictionary, Clock clock) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A planner using the standard dictionary. */
  public static PrefillPlanner standard(Clock clock) {
    return new PrefillPlanner(DataDictionary.standard(), clock);
  }

  /** Plans the prefill of {@code form} from what {@code request} knows. */
  public PrefillPlan plan(FormDefinition form, PrefillRequest request) {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(request, "request");
    Evaluation known =
        FormEvaluator.evaluate(
            form, request.answersView(), Paths.today(clock), FormEvaluator.Mode.PARTIAL, false);
    Planning planning = new Planning(form, request);
    for (Field field : form.fields()) {
      FieldState state = Objects.requireNonNull(known.state(field.id()));
      if (!field.isGroup()) {
        planning.consider(
            field,
            field.id(),
            field.binding().map(Binding::subject).orElse(null),
            0,
            state.visibility());
        continue;
      }
      SubjectRole role = field.subject().orElse(null);
      for (int item : planning.items(field, role)) {
        for (Field child : field.fields()) {
          SubjectRole childRole = child.binding().map(Binding::subject).orElse(role);
          String path = Paths.of(field.id(), item, child.id());
          FieldState itemState = known.state(path);
          planning.consider(
              child,
              path,
              childRole,
              item,
              itemState == null ? state.visibility() : itemState.visibility());
        }
      }
    }
    return planning.plan();
  }

  /** One planning pass. */
  private final class Planning {
    private final FormDefinition form;
    private final PrefillRequest request;
    private final Map<String, Lookup> lookups = new LinkedHashMap<>();
    private final List<SkippedField> skipped = new ArrayList<>();

    Planning(FormDefinition form, PrefillRequest request) {
      this.form = form;
      this.request = request;
    }

    /** The items of a group to plan for: the subjects known in its role and the items given. */
    Set<Integer> items(Field group, @Nullable SubjectRole role) {
      Set<Integer> items = new TreeSet<>();
      if (role != null) {
        request.subjects().stream()
            .filter(s -> s.role() == role)
            .forEach(s -> items.add(s.index()));
      }
      JsonNode given = request.answersView().get(group.id());
      if (given != null && given.isArray()) {
        for (int i = 0; i < Math.min(given.size(), group.maxItems()); i++) {
          items.add(i);
        }
      }
      items.removeIf(i -> i >= group.maxItems());
      return items;
    }

    void consider(
        Field field, String path, @Nullable SubjectRole role, int item, Visibility visibility) {
      Optional<Binding> bound = field.binding();
      if (bound.isEmpty() || role == null) {
        return;
      }
      FormSubject subject = form.subject(role).orElse(null);
      SkipReason reason =
          Prefillability.staticReason(form, field, dictionary, request.registries());
      if (reason == null && visibility == Visibility.HIDDEN) {
        reason = SkipReason.NOT_RELEVANT;
      }
      if (reason != null) {
        skipped.add(new SkippedField(path, role, reason));
        return;
      }
      DataElement element = dictionary.element(bound.get().element()).orElseThrow();
      Registry registry =
          Objects.requireNonNull(Prefillability.registry(element, request.registries())).registry();
      String identifier = identifier(role, item, subject);
      if (identifier == null) {
        skipped.add(new SkippedField(path, role, SkipReason.SUBJECT_NOT_IDENTIFIED));
        return;
      }
      Subject who = new Subject(role, item, identifier);
      lookups
          .computeIfAbsent(registry + "/" + role + "/" + item, k -> new Lookup(registry, who))
          .add(element.id(), path);
    }

    private @Nullable String identifier(SubjectRole role, int item, @Nullable FormSubject subject) {
      Optional<Subject> given = request.subject(role, item);
      if (given.isPresent() && given.get().identifier() != null) {
        return given.get().identifier();
      }
      if (subject == null || subject.field() == null) {
        return null;
      }
      Field holder =
          form.allFields().stream()
              .filter(f -> f.id().equals(subject.field()))
              .findFirst()
              .orElse(null);
      if (holder == null) {
        return null;
      }
      JsonNode answers = request.answersView();
      JsonNode value =
          holder.groupId().isPresent()
              ? answers.path(holder.groupId().get()).path(item).get(holder.id())
              : answers.get(holder.id());
      if (value == null || !value.isTextual()) {
        return null;
      }
      String id = value.asText().strip();
      boolean valid =
          role == SubjectRole.REPRESENTED_ENTERPRISE
              ? ValueChecks.taxCode(id, clock) == null
              : ValueChecks.personalId(id, clock) == null;
      return valid ? id : null;
    }

    PrefillPlan plan() {
      List<PlannedLookup> planned = new ArrayList<>();
      lookups.values().forEach(l -> planned.add(l.toPlanned()));
      return new PrefillPlan(form, planned, skipped);
    }
  }

  /** A lookup being gathered. */
  private static final class Lookup {
    private final Registry registry;
    private final Subject subject;
    private final Set<String> elements = new LinkedHashSet<>();
    private final List<String> paths = new ArrayList<>();

    Lookup(Registry registry, Subject subject) {
      this.registry = registry;
      this.subject = subject;
    }

    void add(String element, String path) {
      elements.add(element);
      paths.add(path);
    }

    PlannedLookup toPlanned() {
      return new PlannedLookup(registry, subject, elements, paths);
    }
  }
}
