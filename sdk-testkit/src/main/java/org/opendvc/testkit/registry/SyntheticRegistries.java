package org.opendvc.testkit.registry;

import static org.opendvc.core.internal.json.JsonFields.Need.OPTIONAL;
import static org.opendvc.core.internal.json.JsonFields.Need.REQUIRED;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.dictionary.AssuranceLevel;
import org.opendvc.core.dictionary.DataDictionary;
import org.opendvc.core.dictionary.DataElement;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.dictionary.RegistryHolding;
import org.opendvc.core.internal.json.JsonFields;
import org.opendvc.core.json.JsonDiagnostics;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.registry.HeldValue;
import org.opendvc.core.registry.RegistryAnswer;
import org.opendvc.core.registry.RegistryException;
import org.opendvc.core.registry.RegistryLookup;
import org.opendvc.core.registry.RegistryQuery;

/**
 * In-memory national registries holding made-up people and enterprises, loaded from a JSON fixture,
 * answering through the {@link RegistryLookup} SPI like the real ones: values with their assurance
 * (from the data dictionary) and the date the registry last changed them, elements it lacks listed
 * as unavailable, unknown subjects answered as not found.
 *
 * <p>Switches make a registry misbehave, each returning a new instance: {@link #down} (fails with
 * {@code UNAVAILABLE}), {@link #refusing} ({@code REFUSED}), {@link #silent} (never answers: the
 * caller's timeout must fire), {@link #slow} (answers after a delay), {@link #withholding} (answers
 * without some elements).
 *
 * <pre>{@code
 * SyntheticRegistries registries = SyntheticRegistries.standard(clock).down(Registry.CIVIL_STATUS);
 * }</pre>
 *
 * <p>The fixture format: {@code {"people": [{"personalIdNumber", "registries": {"POPULATION":
 * {"updatedAt", "values": {element: value}, "unavailable": [element]}}}], "enterprises": [{"code",
 * "registries": ...}]}}. Values are typed by the dictionary: text, code and identifiers as strings,
 * dates as {@code YYYY-MM-DD}, numbers as numbers, addresses as {@code {provinceCode, districtCode,
 * communeCode, provinceName, districtName, communeName, detail}}.
 *
 * <p>Thread-safe. Every query received is logged ({@link #queries()}), so tests can check that
 * prefill asked for no more than it needed.
 */
public final class SyntheticRegistries implements RegistryLookup {
  /** The classpath resource of the standard fixture. */
  public static final String STANDARD_FIXTURE = "/org/opendvc/testkit/registry/people.json";

  private static final List<String> TOP = List.of("people", "enterprises");
  private static final List<String> PERSON = List.of("personalIdNumber", "registries");
  private static final List<String> ENTERPRISE = List.of("code", "registries");
  private static final List<String> RECORD = List.of("updatedAt", "values", "unavailable");
  private static final List<String> ADDRESS =
      List.of(
          "provinceCode",
          "districtCode",
          "communeCode",
          "provinceName",
          "districtName",
          "communeName",
          "detail");

  private final Map<String, Map<Registry, Held>> subjects;
  private final DataDictionary dictionary;
  private final Clock clock;
  private final Map<Registry, Behaviour> behaviours;
  private final Map<Registry, Set<String>> withheld;
  private final List<RegistryQuery> queries = new CopyOnWriteArrayList<>();

  /** What one registry holds about one subject. */
  private record Held(Instant updatedAt, Map<String, DataValue> values, Set<String> unavailable) {}

  /** How a registry behaves. */
  private record Behaviour(Mode mode, Duration delay) {}

  private enum Mode {
    DOWN,
    REFUSING,
    SILENT,
    SLOW
  }

  private SyntheticRegistries(
      Map<String, Map<Registry, Held>> subjects,
      DataDictionary dictionary,
      Clock clock,
      Map<Registry, Behaviour> behaviours,
      Map<Registry, Set<String>> withheld) {
    this.subjects = subjects;
    this.dictionary = dictionary;
    this.clock = clock;
    this.behaviours = Map.copyOf(behaviours);
    this.withheld = Map.copyOf(withheld);
  }

  /** The registries of the standard fixture, dating answers by {@code clock}. */
  public static SyntheticRegistries standard(Clock clock) {
    try (InputStream in = SyntheticRegistries.class.getResourceAsStream(STANDARD_FIXTURE)) {
      Objects.requireNonNull(in, "missing resource " + STANDARD_FIXTURE);
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // A defect here is a build defect: SyntheticRegistriesTest loads this fixture.
      return fromJson(text, STANDARD_FIXTURE, DataDictionary.standard(), clock).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + STANDARD_FIXTURE, e);
    }
  }

  /** Registries loaded from a fixture file. */
  public static Validated<SyntheticRegistries> load(
      Path fixture, DataDictionary dictionary, Clock clock) {
    Validated<JsonDocument> document = JsonDocument.read(fixture, fixture.toString());
    if (document.value().isEmpty()) {
      return Validated.invalid(document.diagnostics());
    }
    return read(document.value().get(), dictionary, clock);
  }

  /** Registries loaded from fixture text, named {@code label} in diagnostics. */
  public static Validated<SyntheticRegistries> fromJson(
      String json, String label, DataDictionary dictionary, Clock clock) {
    Validated<JsonDocument> document = JsonDocument.parse(json, label);
    if (document.value().isEmpty()) {
      return Validated.invalid(document.diagnostics());
    }
    return read(document.value().get(), dictionary, clock);
  }

  private static Validated<SyntheticRegistries> read(
      JsonDocument document, DataDictionary dictionary, Clock clock) {
    DiagnosticCollector sink = new DiagnosticCollector();
    Map<String, Map<Registry, Held>> subjects = new HashMap<>();
    JsonFields top = JsonFields.of(document.root(), "", sink);
    if (top != null) {
      top.rejectUnknown(TOP);
      top.list(
          "people",
          OPTIONAL,
          (node, pointer, s) ->
              subject(node, pointer, s, "personalIdNumber", PERSON, dictionary, subjects));
      top.list(
          "enterprises",
          OPTIONAL,
          (node, pointer, s) ->
              subject(node, pointer, s, "code", ENTERPRISE, dictionary, subjects));
    }
    List<org.opendvc.core.diagnostic.Diagnostic> located = document.locate(sink.toList());
    if (sink.hasErrors()) {
      return Validated.invalid(located);
    }
    return Validated.of(
        new SyntheticRegistries(
            Collections.unmodifiableMap(subjects), dictionary, clock, Map.of(), Map.of()),
        located);
  }

  private static @Nullable String subject(
      JsonNode node,
      String pointer,
      DiagnosticCollector sink,
      String idMember,
      List<String> known,
      DataDictionary dictionary,
      Map<String, Map<Registry, Held>> subjects) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    f.rejectUnknown(known);
    String id = f.text(idMember, REQUIRED);
    JsonFields registries = f.object("registries", REQUIRED);
    Map<Registry, Held> held = new EnumMap<>(Registry.class);
    if (registries != null) {
      registries.rejectUnknown(java.util.Arrays.stream(Registry.values()).map(Enum::name).toList());
      for (Registry registry : Registry.values()) {
        Held record =
            registries.read(registry.name(), OPTIONAL, (n, p, s) -> record(n, p, s, dictionary));
        if (record != null) {
          held.put(registry, record);
        }
      }
    }
    if (id != null) {
      if (subjects.putIfAbsent(id, held) != null) {
        sink.add(JsonDiagnostics.INVALID_VALUE, f.pointerOf(idMember), id, "a subject listed once");
      }
    }
    return id;
  }

  private static @Nullable Held record(
      JsonNode node, String pointer, DiagnosticCollector sink, DataDictionary dictionary) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    f.rejectUnknown(RECORD);
    String updated = f.text("updatedAt", REQUIRED);
    Instant updatedAt = null;
    if (updated != null) {
      try {
        updatedAt = Instant.parse(updated);
      } catch (DateTimeParseException e) {
        sink.add(
            JsonDiagnostics.INVALID_VALUE, f.pointerOf("updatedAt"), updated, "an ISO instant");
      }
    }
    Map<String, DataValue> values = new LinkedHashMap<>();
    JsonFields members = f.object("values", REQUIRED);
    if (members != null) {
      var names = node.get("values").fieldNames();
      while (names.hasNext()) {
        String element = names.next();
        String at = members.pointerOf(element);
        DataElement known = dictionary.element(element).orElse(null);
        if (known == null) {
          sink.add(JsonDiagnostics.INVALID_VALUE, at, element, "a data element of the dictionary");
          continue;
        }
        DataValue value = value(known, node.get("values").get(element), at, sink);
        if (value != null) {
          values.put(element, value);
        }
      }
    }
    Set<String> unavailable = new TreeSet<>(f.textList("unavailable", OPTIONAL));
    return updatedAt == null
        ? null
        : new Held(updatedAt, Map.copyOf(values), Set.copyOf(unavailable));
  }

  private static @Nullable DataValue value(
      DataElement element, JsonNode node, String pointer, DiagnosticCollector sink) {
    switch (element.type()) {
      case DATE -> {
        String text = JsonFields.textItem(node, pointer, sink);
        try {
          return text == null ? null : DataValue.date(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
          sink.add(JsonDiagnostics.INVALID_DATE, pointer, text);
          return null;
        }
      }
      case INTEGER, DECIMAL, MONEY -> {
        if (!node.isNumber()) {
          sink.add(JsonDiagnostics.WRONG_TYPE, pointer, "number", JsonFields.describe(node));
          return null;
        }
        return DataValue.number(new BigDecimal(node.asText()));
      }
      case BOOLEAN -> {
        if (!node.isBoolean()) {
          sink.add(JsonDiagnostics.WRONG_TYPE, pointer, "boolean", JsonFields.describe(node));
          return null;
        }
        return DataValue.bool(node.booleanValue());
      }
      case CODE -> {
        return node.isTextual() ? DataValue.code(node.asText()) : wrong(node, pointer, sink);
      }
      case ADDRESS -> {
        JsonFields a = JsonFields.of(node, pointer, sink);
        if (a == null) {
          return null;
        }
        a.rejectUnknown(ADDRESS);
        return new DataValue.Address(
            a.text("provinceCode", OPTIONAL),
            a.text("districtCode", OPTIONAL),
            a.text("communeCode", OPTIONAL),
            a.text("provinceName", OPTIONAL),
            a.text("districtName", OPTIONAL),
            a.text("communeName", OPTIONAL),
            a.text("detail", OPTIONAL));
      }
      default -> {
        // Text and identifiers; blank text is allowed, to stand for a blank registry value.
        return node.isTextual() ? DataValue.text(node.asText()) : wrong(node, pointer, sink);
      }
    }
  }

  private static @Nullable DataValue wrong(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    sink.add(JsonDiagnostics.WRONG_TYPE, pointer, "string", JsonFields.describe(node));
    return null;
  }

  /** These registries with {@code registry} down: every lookup fails with {@code UNAVAILABLE}. */
  public SyntheticRegistries down(Registry registry) {
    return with(registry, new Behaviour(Mode.DOWN, Duration.ZERO));
  }

  /** These registries with {@code registry} refusing: every lookup fails with {@code REFUSED}. */
  public SyntheticRegistries refusing(Registry registry) {
    return with(registry, new Behaviour(Mode.REFUSING, Duration.ZERO));
  }

  /** These registries with {@code registry} never answering: the caller's timeout must fire. */
  public SyntheticRegistries silent(Registry registry) {
    return with(registry, new Behaviour(Mode.SILENT, Duration.ZERO));
  }

  /** These registries with {@code registry} answering after {@code delay}. */
  public SyntheticRegistries slow(Registry registry, Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative");
    }
    return with(registry, new Behaviour(Mode.SLOW, delay));
  }

  /** These registries with {@code registry} answering without {@code elements} (partial data). */
  public SyntheticRegistries withholding(Registry registry, Set<String> elements) {
    Map<Registry, Set<String>> more = new EnumMap<>(Registry.class);
    more.putAll(withheld);
    more.put(registry, Set.copyOf(elements));
    return new SyntheticRegistries(subjects, dictionary, clock, behaviours, more);
  }

  private SyntheticRegistries with(Registry registry, Behaviour behaviour) {
    Map<Registry, Behaviour> more = new EnumMap<>(Registry.class);
    more.putAll(behaviours);
    more.put(registry, behaviour);
    return new SyntheticRegistries(subjects, dictionary, clock, more, withheld);
  }

  /** The identifiers of the people and enterprises held, sorted. */
  public Set<String> identifiers() {
    return new TreeSet<>(subjects.keySet());
  }

  /** The queries received so far by this instance, in order. */
  public List<RegistryQuery> queries() {
    return List.copyOf(queries);
  }

  @Override
  public Set<Registry> registries() {
    Set<Registry> all = EnumSet.noneOf(Registry.class);
    subjects.values().forEach(held -> all.addAll(held.keySet()));
    all.addAll(behaviours.keySet());
    return all;
  }

  @Override
  public CompletionStage<RegistryAnswer> lookup(RegistryQuery query) {
    Objects.requireNonNull(query, "query");
    queries.add(query);
    Behaviour behaviour = behaviours.get(query.registry());
    if (behaviour != null) {
      switch (behaviour.mode()) {
        case DOWN -> {
          return CompletableFuture.failedFuture(
              new RegistryException(
                  query.registry(), RegistryException.Reason.UNAVAILABLE, "down (synthetic)"));
        }
        case REFUSING -> {
          return CompletableFuture.failedFuture(
              new RegistryException(
                  query.registry(), RegistryException.Reason.REFUSED, "refused (synthetic)"));
        }
        case SILENT -> {
          return new CompletableFuture<>();
        }
        case SLOW -> {
          return CompletableFuture.supplyAsync(
              () -> answer(query),
              CompletableFuture.delayedExecutor(
                  behaviour.delay().toMillis(), TimeUnit.MILLISECONDS));
        }
      }
    }
    return CompletableFuture.completedFuture(answer(query));
  }

  private RegistryAnswer answer(RegistryQuery query) {
    Instant now = clock.instant();
    Map<Registry, Held> about = subjects.get(query.subject().identifier());
    Held held = about == null ? null : about.get(query.registry());
    if (held == null) {
      return RegistryAnswer.notFound(query, now);
    }
    Set<String> hidden = withheld.getOrDefault(query.registry(), Set.of());
    Map<String, HeldValue> values = new HashMap<>();
    Set<String> unavailable = new TreeSet<>();
    for (String element : query.elements()) {
      DataValue value = held.values().get(element);
      if (value == null || hidden.contains(element) || held.unavailable().contains(element)) {
        unavailable.add(element);
        continue;
      }
      values.put(
          element,
          new HeldValue(element, value, assurance(element, query.registry()), held.updatedAt()));
    }
    return new RegistryAnswer(
        query.registry(), query.subject(), true, values, unavailable, List.of(), now);
  }

  private AssuranceLevel assurance(String element, Registry registry) {
    return dictionary
        .element(element)
        .flatMap(e -> e.holding(registry))
        .map(RegistryHolding::assurance)
        .orElse(AssuranceLevel.INFORMATIVE);
  }

  @Override
  public String toString() {
    return "SyntheticRegistries["
        + subjects.size()
        + " subjects, behaviours="
        + behaviours.keySet()
        + ", withheld="
        + withheld.keySet()
        + "]";
  }
}
