package org.opendvc.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;

/**
 * Writes the values several OpenDVC formats share, leaving absent values out, so that every
 * format's writer is canonical in the same way.
 */
public final class JsonTrees {
  private JsonTrees() {}

  /** {@code {"vi": ..., "en": ...}}, without {@code en} when there is none. */
  public static ObjectNode localized(LocalizedText text) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("vi", text.vi());
    if (text.en() != null) {
      o.put("en", text.en());
    }
    return o;
  }

  /** {@code {"code": ..., "name": {...}}}, without {@code code} when there is none. */
  public static ObjectNode codeName(@Nullable String code, LocalizedText name) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    putIfPresent(o, "code", code);
    o.set("name", localized(name));
    return o;
  }

  /** Sets {@code name} to {@code value}'s text, unless it is null. */
  public static void putIfPresent(ObjectNode o, String name, @Nullable Object value) {
    if (value != null) {
      o.put(name, value.toString());
    }
  }

  /** Sets {@code name} to a localized text, unless it is null. */
  public static void putLocalized(ObjectNode o, String name, @Nullable LocalizedText value) {
    if (value != null) {
      o.set(name, localized(value));
    }
  }

  /** The items, each written by {@code writer}. */
  public static <T> ArrayNode array(List<T> items, Function<T, JsonNode> writer) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    items.forEach(item -> a.add(writer.apply(item)));
    return a;
  }

  /** Sets {@code name} to the items, unless there are none. */
  public static <T> void putList(
      ObjectNode o, String name, List<T> items, Function<T, JsonNode> writer) {
    if (!items.isEmpty()) {
      o.set(name, array(items, writer));
    }
  }
}
