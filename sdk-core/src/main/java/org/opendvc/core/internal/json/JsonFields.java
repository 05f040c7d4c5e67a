package org.opendvc.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.json.JsonDiagnostics;
import org.opendvc.core.json.JsonPointers;

/**
 * Reads the members of one JSON object, reporting every problem to a collector instead of throwing,
 * and remembering the pointer of each member so the report says where.
 *
 * <p>Readers of OpenDVC's formats are written against this class, so all formats report missing,
 * mistyped and unknown members the same way. Explicit {@code null} counts as absent.
 */
public final class JsonFields {
  /** Whether a member must be present. */
  public enum Need {
    REQUIRED,
    OPTIONAL
  }

  /** Reads one array item; returns null when the item was unusable (and reported). */
  @FunctionalInterface
  public interface ItemReader<T> {
    @Nullable T read(JsonNode item, String pointer, DiagnosticCollector sink);
  }

  /** Prefix of extension members that every format accepts and ignores. */
  public static final String EXTENSION_PREFIX = "x-";

  private final JsonNode node;
  private final String pointer;
  private final DiagnosticCollector sink;

  private JsonFields(JsonNode node, String pointer, DiagnosticCollector sink) {
    this.node = node;
    this.pointer = pointer;
    this.sink = sink;
  }

  /** The object at {@code pointer}, or null (reported) when {@code node} is not an object. */
  public static @Nullable JsonFields of(JsonNode node, String pointer, DiagnosticCollector sink) {
    if (!node.isObject()) {
      sink.add(JsonDiagnostics.WRONG_TYPE, pointer, "object", describe(node));
      return null;
    }
    return new JsonFields(node, pointer, sink);
  }

  public String pointer() {
    return pointer;
  }

  public DiagnosticCollector sink() {
    return sink;
  }

  /** The pointer of member {@code name}. */
  public String pointerOf(String name) {
    return JsonPointers.child(pointer, name);
  }

  /** Whether member {@code name} is present and not null. */
  public boolean has(String name) {
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  private @Nullable JsonNode member(String name, Need need) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      if (need == Need.REQUIRED) {
        sink.add(JsonDiagnostics.REQUIRED_MISSING, pointerOf(name), name);
      }
      return null;
    }
    return value;
  }

  /** A non-blank string member, trimmed. */
  public @Nullable String text(String name, Need need) {
    JsonNode value = member(name, need);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      sink.add(JsonDiagnostics.WRONG_TYPE, pointerOf(name), "string", describe(value));
      return null;
    }
    String text = value.asText().strip();
    if (text.isEmpty()) {
      sink.add(JsonDiagnostics.BLANK, pointerOf(name));
      return null;
    }
    return text;
  }

  /** A member of the form {@code {"vi": "...", "en": "..."}}; Vietnamese is required. */
  public @Nullable LocalizedText localized(String name, Need need) {
    JsonNode value = member(name, need);
    if (value == null) {
      return null;
    }
    JsonFields text = of(value, pointerOf(name), sink);
    if (text == null) {
      return null;
    }
    String vi = text.text("vi", Need.REQUIRED);
    String en = text.text("en", Need.OPTIONAL);
    text.rejectUnknown(List.of("vi", "en"));
    return vi == null ? null : new LocalizedText(vi, en);
  }

  /**
   * An integer member within {@code [min, max]}. As in JSON Schema, a number with a zero fraction
   * ({@code 1.0}) is an integer.
   */
  public @Nullable Integer integer(String name, Need need, int min, int max) {
    JsonNode value = member(name, need);
    if (value == null) {
      return null;
    }
    if (!value.isNumber()
        || !(value.isIntegralNumber() || value.decimalValue().stripTrailingZeros().scale() <= 0)) {
      sink.add(JsonDiagnostics.WRONG_TYPE, pointerOf(name), "integer", describe(value));
      return null;
    }
    BigDecimal n = value.decimalValue();
    if (n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
      sink.add(JsonDiagnostics.OUT_OF_RANGE, pointerOf(name), value.asText(), min + ".." + max);
      return null;
    }
    return n.intValueExact();
  }

  /** A number member not below {@code min}. */
  public @Nullable BigDecimal decimal(String name, Need need, BigDecimal min) {
    JsonNode value = member(name, need);
    if (value == null) {
      return null;
    }
    if (!value.isNumber()) {
      sink.add(JsonDiagnostics.WRONG_TYPE, pointerOf(name), "number", describe(value));
      return null;
    }
    BigDecimal n = value.decimalValue();
    if (n.compareTo(min) < 0) {
      sink.add(JsonDiagnostics.OUT_OF_RANGE, pointerOf(name), n.toPlainString(), "≥ " + min);
      return null;
    }
    return n;
  }

  /** A boolean member. */
  public @Nullable Boolean bool(String name, Need need) {
    JsonNode value = member(name, need);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      sink.add(JsonDiagnostics.WRONG_TYPE, pointerOf(name), "boolean", describe(value));
      return null;
    }
    return value.booleanValue();
  }

  /** An ISO-8601 date member ({@code YYYY-MM-DD}). */
  public @Nullable LocalDate date(String name, Need need) {
    String text = text(name, need);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      sink.add(JsonDiagnostics.INVALID_DATE, pointerOf(name), text);
      return null;
    }
  }

  /** A member whose value is the name of a constant of {@code type}. */
  public <E extends Enum<E>> @Nullable E enumValue(String name, Class<E> type, Need need) {
    JsonNode value = member(name, need);
    if (value == null) {
      return null;
    }
    return enumOf(value, pointerOf(name), type, sink);
  }

  /** Reads a node whose value is the name of a constant of {@code type}. */
  public static <E extends Enum<E>> @Nullable E enumOf(
      JsonNode value, String pointer, Class<E> type, DiagnosticCollector sink) {
    if (!value.isTextual()) {
      sink.add(JsonDiagnostics.WRONG_TYPE, pointer, "string", describe(value));
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.asText())) {
        return constant;
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    sink.add(JsonDiagnostics.INVALID_VALUE, pointer, value.asText(), allowed);
    return null;
  }

  /** An object member. */
  public @Nullable JsonFields object(String name, Need need) {
    JsonNode value = member(name, need);
    return value == null ? null : of(value, pointerOf(name), sink);
  }

  /** A member read by {@code reader}, which reports its own problems. */
  public <T> @Nullable T read(String name, Need need, ItemReader<T> reader) {
    JsonNode value = member(name, need);
    return value == null ? null : reader.read(value, pointerOf(name), sink);
  }

  /** An array member, each item read by {@code reader}; unusable items are left out. */
  public <T> List<T> list(String name, Need need, ItemReader<T> reader) {
    JsonNode value = member(name, need);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      sink.add(JsonDiagnostics.WRONG_TYPE, pointerOf(name), "array", describe(value));
      return List.of();
    }
    List<T> items = new ArrayList<>(value.size());
    String arrayPointer = pointerOf(name);
    for (int i = 0; i < value.size(); i++) {
      T item = reader.read(value.get(i), JsonPointers.index(arrayPointer, i), sink);
      if (item != null) {
        items.add(item);
      }
    }
    return items;
  }

  /** An array of non-blank strings. */
  public List<String> textList(String name, Need need) {
    return list(name, need, JsonFields::textItem);
  }

  /** Reads a non-blank string array item. */
  public static @Nullable String textItem(JsonNode item, String pointer, DiagnosticCollector sink) {
    if (!item.isTextual()) {
      sink.add(JsonDiagnostics.WRONG_TYPE, pointer, "string", describe(item));
      return null;
    }
    String text = item.asText().strip();
    if (text.isEmpty()) {
      sink.add(JsonDiagnostics.BLANK, pointer);
      return null;
    }
    return text;
  }

  /**
   * Reports every member not in {@code known} and not an extension ({@code x-...}), suggesting the
   * closest known name when there is one within two edits.
   */
  public void rejectUnknown(Collection<String> known) {
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      String name = member.getKey();
      if (known.contains(name) || name.startsWith(EXTENSION_PREFIX)) {
        continue;
      }
      String suggestion = closest(name, known);
      if (suggestion == null) {
        sink.add(JsonDiagnostics.UNKNOWN_PROPERTY, pointerOf(name), name, "");
      } else {
        sink.add(
            JsonDiagnostics.UNKNOWN_PROPERTY, pointerOf(name), name, " → \"" + suggestion + "\"?");
      }
    }
  }

  /** The JSON type of {@code node}, for messages. */
  public static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case OBJECT -> "object";
      case ARRAY -> "array";
      case STRING -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case NULL, MISSING -> "null";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  private static @Nullable String closest(String name, Collection<String> known) {
    String best = null;
    // Two edits catch a swapped pair of letters; in a name of three letters or fewer they would
    // turn it into almost anything ("id" into "kind"), so allow one there.
    int bestDistance = name.length() <= 3 ? 2 : 3;
    String lower = name.toLowerCase(Locale.ROOT);
    for (String candidate : known) {
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
