package org.opendvc.rules.parameter;

import static org.opendvc.core.internal.json.JsonFields.Need.OPTIONAL;
import static org.opendvc.core.internal.json.JsonFields.Need.REQUIRED;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.dictionary.DataElement;
import org.opendvc.core.internal.json.CommonReaders;
import org.opendvc.core.internal.json.JsonFields;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.json.JsonPointers;
import org.opendvc.core.law.LegalReference;
import org.opendvc.rules.ParameterUse;

/**
 * The dated parameters the rules can use, read from parameter files ({@code
 * parameters.schema.json}): those OpenDVC ships ({@link #standard()}) and a ministry's own, added
 * with {@link #extend(JsonDocument)}.
 *
 * <pre>{@code
 * {"parameters": [{"id": "marriage.minimumAge.male", "unit": "YEARS",
 *   "values": {"2015-01-01": {"value": 20, "legalReference": {...}}}}]}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ParameterSet {
  /** The classpath resource holding the parameters OpenDVC ships. */
  public static final String STANDARD_RESOURCE = "/org/opendvc/rules/parameters/standard.json";

  /** The schema identifier written in {@code $schema}. */
  public static final String SCHEMA_ID = "https://opendvc.org/schema/1/parameters.schema.json";

  private static final class StandardHolder {
    static final ParameterSet STANDARD = loadStandard();
  }

  private final Map<String, DatedParameter> byId;

  private ParameterSet(Map<String, DatedParameter> byId) {
    this.byId = Map.copyOf(byId);
  }

  /** The parameters OpenDVC ships. Loaded once, on first use. */
  public static ParameterSet standard() {
    return StandardHolder.STANDARD;
  }

  /** A set of exactly {@code parameters}. */
  public static ParameterSet of(Collection<DatedParameter> parameters) {
    Map<String, DatedParameter> map = new LinkedHashMap<>();
    for (DatedParameter p : parameters) {
      if (map.putIfAbsent(p.id(), p) != null) {
        throw new IllegalArgumentException("Duplicate parameter " + p.id());
      }
    }
    return new ParameterSet(map);
  }

  /**
   * This set extended with the parameters of a file. The file may not redefine a parameter; every
   * problem is reported at once, and the parameters that could be read are added.
   */
  public Validated<ParameterSet> extend(JsonDocument file) {
    DiagnosticCollector sink = new DiagnosticCollector();
    Map<String, DatedParameter> all = new LinkedHashMap<>(byId);
    JsonFields top = JsonFields.of(file.root(), "", sink);
    if (top != null) {
      List<DatedParameter> read = top.list("parameters", REQUIRED, ParameterSet::parameter);
      JsonNode array = file.root().get("parameters");
      for (int i = 0; i < read.size(); i++) {
        DatedParameter p = read.get(i);
        if (all.putIfAbsent(p.id(), p) != null) {
          sink.add(ParameterDiagnostics.DUPLICATE, pointerOfId(array, p.id()), p.id());
        }
      }
      top.rejectUnknown(List.of("$schema", "parameters"));
    }
    return Validated.of(new ParameterSet(all), file.locate(sink.toList()));
  }

  /** The parameter with {@code id}, if defined. */
  public Optional<DatedParameter> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Whether a parameter with {@code id} is defined. */
  public boolean contains(String id) {
    return byId.containsKey(id);
  }

  /** The value of {@code id} in force on {@code date}, if defined and in force. */
  public Optional<ParameterUse> resolve(String id, LocalDate date) {
    DatedParameter p = byId.get(id);
    return p == null ? Optional.empty() : p.resolve(date);
  }

  /** Every parameter, in no particular order. */
  public Collection<DatedParameter> parameters() {
    return byId.values();
  }

  private static String pointerOfId(@Nullable JsonNode array, String id) {
    if (array != null && array.isArray()) {
      for (int i = 0; i < array.size(); i++) {
        JsonNode node = array.get(i).get("id");
        if (node != null && id.equals(node.asText())) {
          return JsonPointers.index("/parameters", i) + "/id";
        }
      }
    }
    return "/parameters";
  }

  private static @Nullable DatedParameter parameter(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    String id = f.text("id", REQUIRED);
    if (id != null && !DataElement.isWellFormedId(id)) {
      sink.add(ParameterDiagnostics.ID_MALFORMED, f.pointerOf("id"), id);
      id = null;
    }
    LocalizedText description = f.localized("description", OPTIONAL);
    String unit = f.text("unit", OPTIONAL);
    f.date("lastReviewedOn", OPTIONAL);
    List<DatedValue> values = new ArrayList<>();
    JsonFields map = f.object("values", REQUIRED);
    if (map != null) {
      for (Map.Entry<String, JsonNode> entry : node.get("values").properties()) {
        String at = map.pointerOf(entry.getKey());
        LocalDate from;
        try {
          from = LocalDate.parse(entry.getKey());
        } catch (DateTimeParseException e) {
          sink.add(ParameterDiagnostics.DATE_MALFORMED, at, entry.getKey());
          continue;
        }
        DatedValue value = value(entry.getValue(), at, from, sink);
        if (value != null) {
          values.add(value);
        }
      }
    }
    f.rejectUnknown(List.of("id", "description", "unit", "lastReviewedOn", "values"));
    return id == null ? null : new DatedParameter(id, description, unit, values);
  }

  private static @Nullable DatedValue value(
      JsonNode node, String pointer, LocalDate from, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    BigDecimal value = null;
    if (!node.has("value")) {
      f.decimal("value", REQUIRED, BigDecimal.ZERO);
    } else if (!node.get("value").isNull()) {
      value = f.decimal("value", REQUIRED, BigDecimal.ZERO);
      if (value == null) {
        return null;
      }
    }
    LegalReference law = f.read("legalReference", OPTIONAL, CommonReaders::legalReference);
    if (law == null && value != null) {
      sink.add(ParameterDiagnostics.VALUE_WITHOUT_LEGAL_REFERENCE, pointer, from);
    }
    f.rejectUnknown(List.of("value", "legalReference"));
    return new DatedValue(from, value, law);
  }

  private static ParameterSet loadStandard() {
    try (InputStream in = ParameterSet.class.getResourceAsStream(STANDARD_RESOURCE)) {
      Objects.requireNonNull(in, "missing resource " + STANDARD_RESOURCE);
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      // A defect here is a build defect: ParameterSetTest loads this resource.
      JsonDocument document = JsonDocument.parse(text, STANDARD_RESOURCE).orElseThrow();
      return new ParameterSet(Map.of()).extend(document).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + STANDARD_RESOURCE, e);
    }
  }
}
