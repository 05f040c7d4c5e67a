package org.opendvc.forms.burden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.Language;
import org.opendvc.core.dictionary.DataDictionary;
import org.opendvc.core.dictionary.DataElement;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.dictionary.RegistryHolding;
import org.opendvc.forms.Binding;
import org.opendvc.forms.Field;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.Section;
import org.opendvc.forms.internal.Evaluation;
import org.opendvc.forms.internal.FieldState;
import org.opendvc.forms.internal.FieldState.Visibility;
import org.opendvc.forms.internal.FormEvaluator;
import org.opendvc.forms.internal.Paths;
import org.opendvc.forms.internal.Prefillability;
import org.opendvc.forms.prefill.LockPolicy;
import org.opendvc.forms.prefill.PrefillResult;
import org.opendvc.forms.prefill.PrefilledValue;

/**
 * Estimates the burden of a form: the fields left to fill and the seconds from login to submission,
 * with a keystroke-level model ({@link KeystrokeModel}).
 *
 * <p>The estimate follows the typical path: answers given by prefill and the form's defaults (a
 * field holding its default is read and checked, like a prefilled one), other follow-up questions
 * assumed not to apply (their count is reported), optional fields read and skipped, groups filled
 * with their minimum number of items (at least one). For each field it counts reading its label
 * (and hint); for a prefilled field, reading and checking the value (M); for a field to fill, the
 * operators its type needs:
 *
 * <ul>
 *   <li>typed text, numbers and identifiers: M H P K H and one K per key (Telex factor for
 *       Vietnamese text; the random-letters K for identifiers and digits);
 *   <li>a date: M H P K H and 8 digits (4 for a year);
 *   <li>a yes/no: M P K;
 *   <li>a choice: M P K P K, with H 3K H to filter a list of more than 15 options;
 *   <li>an address: a province and a commune picked with filtering, and 30 characters of detail;
 *   <li>an attachment: per file, M P K and two more P K in the file picker, and a 3 s upload.
 * </ul>
 *
 * <p>Around the fields it counts: logging in with VNeID (the 12-digit number and an 8-character
 * password typed, then 10 s to approve in the VNeID app), finding the procedure (20 characters of
 * search, two 2 s page loads), each section's page (1 s load, reading its title, P K to go on), and
 * declaring and submitting (M P K twice, 3 s response). The response times and the VNeID approval
 * are assumptions, not measurements; calibrate them with real timings.
 *
 * <p>Immutable and thread-safe.
 */
public final class BurdenEstimator {
  /** The fewest options for which a person filters a list rather than scrolling it. */
  static final int FILTER_THRESHOLD = 15;

  private static final Set<Registry> EVERY_REGISTRY = EnumSet.allOf(Registry.class);

  private final KeystrokeModel model;
  private final DataDictionary dictionary;
  private final Clock clock;

  /** An estimator with {@code model}, the standard dictionary, and {@code clock} for "today". */
  public BurdenEstimator(KeystrokeModel model, Clock clock) {
    this(model, DataDictionary.standard(), clock);
  }

  /** An estimator with {@code model}, {@code dictionary}, and {@code clock} for "today". */
  public BurdenEstimator(KeystrokeModel model, DataDictionary dictionary, Clock clock) {
    this.model = Objects.requireNonNull(model, "model");
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Estimates the burden of {@code form} under {@code scenario}. */
  public BurdenEstimate estimate(FormDefinition form, PrefillScenario scenario) {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(scenario, "scenario");
    PrefillResult result = scenario.result().orElse(null);
    JsonNode answers = result == null ? JsonNodeFactory.instance.objectNode() : result.data();
    Evaluation typical = FormEvaluator.withDefaults(form, answers, Paths.today(clock));
    Counts counts = new Counts();
    List<FieldBurden> fields = new ArrayList<>();
    Set<String> sectionsShown = new HashSet<>();
    for (Field field : form.fields()) {
      FieldState state = Objects.requireNonNull(typical.state(field.id()));
      String section = form.sectionOf(field.id()).map(Section::id).orElse("");
      if (!field.isGroup()) {
        FieldBurden burden =
            field(form, field, field.id(), state.visibility(), scenario, result, typical);
        counts.add(burden);
        fields.add(burden);
        if (burden.category() != FieldCategory.HIDDEN
            && burden.category() != FieldCategory.CONDITIONAL) {
          sectionsShown.add(section);
        }
        continue;
      }
      int items = Math.max(Math.max(1, field.minItems()), state.items().size());
      for (int item = 0; item < items; item++) {
        for (Field child : field.fields()) {
          String path = Paths.of(field.id(), item, child.id());
          FieldState childState = typical.state(path);
          Visibility visibility =
              childState != null
                  ? childState.visibility()
                  : combine(state.visibility(), child.relevant().isPresent());
          FieldBurden burden = field(form, child, path, visibility, scenario, result, typical);
          counts.add(burden);
          fields.add(burden);
        }
        if (state.visibility() == Visibility.SHOWN) {
          sectionsShown.add(section);
          Ops add = new Ops(model).point().key();
          counts.overhead += add.seconds;
        }
      }
    }
    counts.overhead += overhead(form, sectionsShown);
    double total = counts.overhead + fields.stream().mapToDouble(FieldBurden::seconds).sum();
    return new BurdenEstimate(
        form.id(),
        form.version(),
        model.device(),
        scenario.name(),
        counts.total,
        counts.shown,
        counts.locked,
        counts.editable,
        counts.defaulted,
        counts.calculated,
        counts.toFill,
        counts.optional,
        counts.conditional,
        round(counts.overhead),
        round(total),
        fields);
  }

  private static Visibility combine(Visibility group, boolean conditional) {
    if (group == Visibility.HIDDEN) {
      return Visibility.HIDDEN;
    }
    return conditional ? Visibility.UNDECIDED : group;
  }

  private FieldBurden field(
      FormDefinition form,
      Field field,
      String path,
      Visibility visibility,
      PrefillScenario scenario,
      @Nullable PrefillResult result,
      Evaluation typical) {
    if (visibility == Visibility.HIDDEN) {
      return new FieldBurden(path, FieldCategory.HIDDEN, 0, "");
    }
    if (visibility == Visibility.UNDECIDED) {
      return new FieldBurden(path, FieldCategory.CONDITIONAL, 0, "");
    }
    Ops ops = new Ops(model).read(words(field.label().get(Language.VI)));
    field.hint().ifPresent(h -> ops.read(words(h.get(Language.VI))));
    if (field.isCalculated()) {
      ops.read(valueWords(field));
      return ops.as(path, FieldCategory.CALCULATED);
    }
    Boolean locked = prefilled(form, field, path, scenario, result);
    if (locked != null) {
      ops.read(valueWords(field)).mental();
      return ops.as(
          path, locked ? FieldCategory.PREFILLED_LOCKED : FieldCategory.PREFILLED_EDITABLE);
    }
    FieldState state = typical.state(path);
    if (state != null && state.value() != null && field.defaultValue().isPresent()) {
      // A default the person accepts: read and checked like a prefilled value.
      ops.read(valueWords(field)).mental();
      return ops.as(path, FieldCategory.DEFAULTED);
    }
    if (field.required().isFalse()) {
      return ops.as(path, FieldCategory.OPTIONAL);
    }
    fill(form, field, ops);
    return ops.as(path, FieldCategory.TO_FILL);
  }

  /**
   * Whether the field is prefilled under the scenario: {@code true} locked, {@code false} editable,
   * {@code null} not prefilled.
   */
  private @Nullable Boolean prefilled(
      FormDefinition form,
      Field field,
      String path,
      PrefillScenario scenario,
      @Nullable PrefillResult result) {
    if (result != null) {
      PrefilledValue value = result.value(path).orElse(null);
      return value == null || value.json() == null ? null : value.isLocked();
    }
    if (!scenario.name().equals("all") || field.binding().isEmpty()) {
      return null;
    }
    if (Prefillability.staticReason(form, field, dictionary, EVERY_REGISTRY) != null) {
      return null;
    }
    Binding binding = field.binding().get();
    DataElement element = dictionary.element(binding.element()).orElseThrow();
    RegistryHolding holding =
        Objects.requireNonNull(Prefillability.registry(element, EVERY_REGISTRY));
    return LockPolicy.standard()
        .decide(field, element.id(), holding.assurance(), false, false)
        .locked();
  }

  private void fill(FormDefinition form, Field field, Ops ops) {
    switch (field.type()) {
      case TEXT, LONG_TEXT ->
          ops.mental()
              .home()
              .point()
              .key()
              .home()
              .type(expectedLength(field) * model.telexKeysPerCharacter(), false);
      case PERSONAL_ID, TAX_CODE, PHONE, NUMBER, MONEY ->
          ops.mental().home().point().key().home().type(expectedLength(field), true);
      case EMAIL -> ops.mental().home().point().key().home().type(expectedLength(field), false);
      case DATE ->
          ops.mental()
              .home()
              .point()
              .key()
              .home()
              .type(field.datePrecision() == org.opendvc.forms.DatePrecision.YEAR ? 4 : 8, true);
      case BOOLEAN -> ops.mental().point().key();
      case SINGLE_CHOICE -> choose(ops, codes(form, field));
      case MULTIPLE_CHOICE -> {
        ops.mental();
        ops.point().key().point().key();
      }
      case ADDRESS -> {
        choose(ops, 34);
        choose(ops, 3_321);
        ops.mental().home().point().key().home().type(30 * model.telexKeysPerCharacter(), false);
      }
      case ATTACHMENT -> ops.mental().point().key().point().key().point().key().respond(3);
      case GROUP -> {
        // Groups cost nothing themselves: their fields and the "add" press are counted.
      }
    }
  }

  private void choose(Ops ops, int options) {
    ops.mental().point().key();
    if (options > FILTER_THRESHOLD) {
      ops.home().type(options > 1_000 ? 4 : 3, false).home();
    }
    ops.point().key();
  }

  private static int codes(FormDefinition form, Field field) {
    return field.codeList().flatMap(form::codeList).map(l -> l.codes().size()).orElse(2);
  }

  /** How many characters a person types in {@code field}. */
  static int expectedLength(Field field) {
    if (field.expectedLength().isPresent()) {
      return field.expectedLength().get();
    }
    String element = field.binding().map(Binding::element).orElse("");
    if (element.endsWith("fullName")) {
      return 18;
    }
    if (element.equals("enterprise.name")) {
      return 30;
    }
    return switch (field.type()) {
      case LONG_TEXT -> 120;
      case PERSONAL_ID -> 12;
      case TAX_CODE, PHONE -> 10;
      case EMAIL -> 22;
      case NUMBER -> 3;
      case MONEY -> 7;
      default -> 15;
    };
  }

  private static double valueWords(Field field) {
    return switch (field.type()) {
      case DATE, BOOLEAN, NUMBER, MONEY, PERSONAL_ID, TAX_CODE, PHONE, EMAIL -> 1;
      case SINGLE_CHOICE, ATTACHMENT -> 2;
      case MULTIPLE_CHOICE -> 3;
      case ADDRESS -> 8;
      default -> Math.max(1, Math.round(expectedLength(field) / 6.0));
    };
  }

  private double overhead(FormDefinition form, Set<String> sectionsShown) {
    Ops login =
        new Ops(model)
            .mental()
            .point()
            .key()
            .home()
            .type(12, true)
            .type(8, false)
            .key()
            .respond(10);
    Ops find =
        new Ops(model)
            .mental()
            .point()
            .key()
            .home()
            .type(20, false)
            .key()
            .respond(2)
            .mental()
            .home()
            .point()
            .key()
            .respond(2);
    double sections = 0;
    for (Section section : form.sections()) {
      if (sectionsShown.contains(section.id())) {
        sections +=
            new Ops(model)
                .respond(1)
                .read(words(section.title().get(Language.VI)))
                .point()
                .key()
                .seconds;
      }
    }
    Ops submit = new Ops(model).mental().point().key().mental().point().key().respond(3);
    return login.seconds + find.seconds + sections + submit.seconds;
  }

  private static int words(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }

  private static double round(double seconds) {
    return Math.round(seconds * 10) / 10.0;
  }

  @Override
  public String toString() {
    return "BurdenEstimator[" + model.device() + "]";
  }

  /** Adds up the counts. */
  private static final class Counts {
    int total;
    int shown;
    int locked;
    int editable;
    int defaulted;
    int calculated;
    int toFill;
    int optional;
    int conditional;
    double overhead;

    void add(FieldBurden burden) {
      total++;
      switch (burden.category()) {
        case TO_FILL -> toFill++;
        case OPTIONAL -> optional++;
        case PREFILLED_LOCKED -> locked++;
        case PREFILLED_EDITABLE -> editable++;
        case DEFAULTED -> defaulted++;
        case CALCULATED -> calculated++;
        case CONDITIONAL -> conditional++;
        case HIDDEN -> {
          return;
        }
      }
      if (burden.category() != FieldCategory.CONDITIONAL) {
        shown++;
      }
    }
  }

  /** A sequence of KLM operators and its time. */
  private static final class Ops {
    private final KeystrokeModel model;
    private final StringBuilder text = new StringBuilder();
    private double seconds;

    Ops(KeystrokeModel model) {
      this.model = model;
    }

    Ops mental() {
      return add("M", model.mental());
    }

    Ops point() {
      return add("P", model.point());
    }

    Ops key() {
      return add("K", model.keystroke());
    }

    Ops home() {
      return model.home() == 0 ? this : add("H", model.home());
    }

    Ops type(double keys, boolean code) {
      long n = Math.round(keys);
      return add(n + (code ? "Kc" : "K"), n * (code ? model.codeKeystroke() : model.keystroke()));
    }

    Ops read(double words) {
      return words <= 0
          ? this
          : add("R" + (Math.round(words * 10) / 10.0) + "w", model.read(words));
    }

    Ops respond(double responseSeconds) {
      return add("W" + responseSeconds + "s", responseSeconds);
    }

    private Ops add(String operator, double time) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(operator);
      seconds += time;
      return this;
    }

    FieldBurden as(String path, FieldCategory category) {
      return new FieldBurden(path, category, round(seconds), text.toString());
    }
  }
}
