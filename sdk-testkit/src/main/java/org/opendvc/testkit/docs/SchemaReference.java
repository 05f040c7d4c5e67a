package org.opendvc.testkit.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * The Markdown reference page of a JSON Schema: every member with its type, whether it is required,
 * its allowed values, pattern, range, default and description, in one table per object, and every
 * definition ({@code $defs}) and nested object in a section of its own.
 *
 * <p>Sections come in reading order: the file itself, then each definition in the order it is first
 * referred to, each nested object right after the section that holds it, and definitions nothing
 * refers to last. A schema using a keyword this walker does not render is refused, so that a page
 * never silently leaves out a rule of its schema.
 *
 * <pre>{@code
 * String page = SchemaReference.markdown(PublishedSchema.PROCEDURE);
 * }</pre>
 */
public final class SchemaReference {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\.)\\s+(?=[A-Z])");
  private static final String EXTENSION_PATTERN = "^x-";
  private static final Set<String> KEYWORDS =
      Set.of(
          "$schema",
          "$id",
          "$ref",
          "$defs",
          "title",
          "description",
          "type",
          "properties",
          "required",
          "additionalProperties",
          "patternProperties",
          "propertyNames",
          "minProperties",
          "maxProperties",
          "items",
          "minItems",
          "maxItems",
          "uniqueItems",
          "contains",
          "enum",
          "const",
          "pattern",
          "format",
          "minLength",
          "maxLength",
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "exclusiveMaximum",
          "default",
          "oneOf",
          "anyOf");

  private final JsonNode root;
  private final Map<String, JsonNode> definitions = new LinkedHashMap<>();
  private final List<Section> sections = new ArrayList<>();
  private final Map<JsonNode, Section> inline = new IdentityHashMap<>();
  private final Set<String> ids = new HashSet<>();

  private SchemaReference(JsonNode root) {
    this.root = root;
    root.path("$defs").properties().forEach(e -> definitions.put(e.getKey(), e.getValue()));
    check(root, "#");
    plan();
  }

  /**
   * One section of the page.
   *
   * @param id the HTML anchor
   * @param title the heading, without Markdown
   * @param node the schema the section describes
   */
  private record Section(String id, String title, JsonNode node) {}

  /** The reference page of a published schema, as it belongs in {@code docs/reference/}. */
  public static String markdown(PublishedSchema schema) {
    return markdown(
        schema.json(),
        schema.fileName(),
        "`" + schema.module() + "`, as `" + schema.resource().substring(1) + "`");
  }

  /**
   * The reference page of {@code schema}.
   *
   * @param schema the parsed JSON Schema
   * @param fileName its file name, linked as {@code ../schema/<fileName>}
   * @param shippedAs where it is shipped, in Markdown
   * @throws IllegalArgumentException if the schema uses a keyword this walker does not render, or
   *     refers to a definition it does not have
   */
  public static String markdown(JsonNode schema, String fileName, String shippedAs) {
    return new SchemaReference(schema).render(fileName, shippedAs);
  }

  /** The title of a schema without the leading "OpenDVC": "Procedure definition". */
  public static String formatName(JsonNode schema) {
    String title = schema.path("title").asText("");
    String name = title.startsWith("OpenDVC ") ? title.substring("OpenDVC ".length()) : title;
    return name.isEmpty()
        ? name
        : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  /** The first sentence of a schema's description. */
  public static String summary(JsonNode schema) {
    return SENTENCE_END.split(schema.path("description").asText(""), 2)[0];
  }

  // ------------------------------------------------------------------ planning the sections

  /** Refuses keywords the page would not show. */
  private void check(JsonNode node, String pointer) {
    if (!node.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String key = field.getKey();
      if (!KEYWORDS.contains(key)) {
        throw new IllegalArgumentException(
            "Schema keyword \"" + key + "\" at " + pointer + " is not rendered by SchemaReference");
      }
      JsonNode value = field.getValue();
      switch (key) {
        case "properties", "$defs", "patternProperties" ->
            value
                .properties()
                .forEach(e -> check(e.getValue(), pointer + "/" + key + "/" + e.getKey()));
        case "items", "additionalProperties", "propertyNames", "contains" ->
            check(value, pointer + "/" + key);
        case "oneOf", "anyOf" -> {
          for (int i = 0; i < value.size(); i++) {
            check(value.get(i), pointer + "/" + key + "/" + i);
          }
        }
        case "$ref" -> definition(value.asText());
        default -> {
          // a value, not a schema
        }
      }
    }
  }

  /** Lays out the sections: the file, then definitions in the order they are first used. */
  private void plan() {
    List<String> queued = new ArrayList<>();
    add(new Section("top", "The file", root), queued);
    int next = 0;
    while (true) {
      for (; next < queued.size(); next++) {
        String name = queued.get(next);
        add(new Section(anchor(name), name, definitions.get(name)), queued);
      }
      String unused =
          definitions.keySet().stream().filter(n -> !queued.contains(n)).findFirst().orElse(null);
      if (unused == null) {
        return;
      }
      queued.add(unused);
    }
  }

  /** Adds a section, then the nested objects it holds, noting the definitions it refers to. */
  private void add(Section section, List<String> queued) {
    if (!ids.add(section.id())) {
      throw new IllegalArgumentException("Two sections would have the anchor " + section.id());
    }
    sections.add(section);
    List<Section> nested = new ArrayList<>();
    collect(section.node(), section.node(), section, nested, queued);
    for (Section child : nested) {
      add(child, queued);
    }
  }

  /**
   * Walks {@code node} (part of {@code section}) for references and nested objects; a nested object
   * with members becomes a section named by its path.
   */
  private void collect(
      JsonNode node, JsonNode top, Section section, List<Section> nested, List<String> queued) {
    if (node.has("$ref")) {
      String name = definitionName(node.get("$ref").asText());
      if (!queued.contains(name)) {
        queued.add(name);
      }
    }
    if (node != top && node.has("properties")) {
      return; // a nested section of its own; walked when it is added
    }
    node.path("properties")
        .properties()
        .forEach(e -> member(e.getKey(), e.getValue(), section, nested, queued));
    node.path("patternProperties")
        .properties()
        .forEach(e -> collect(e.getValue(), top, section, nested, queued));
    for (String key : List.of("items", "additionalProperties", "propertyNames", "contains")) {
      if (node.path(key).isObject()) {
        collect(node.get(key), top, section, nested, queued);
      }
    }
    for (String key : List.of("oneOf", "anyOf")) {
      node.path(key).forEach(n -> collect(n, top, section, nested, queued));
    }
  }

  private void member(
      String name, JsonNode schema, Section section, List<Section> nested, List<String> queued) {
    String path = section.node() == root ? name : section.title() + "." + name;
    for (JsonNode candidate : List.of(schema, schema.path("items"), valuesOf(schema))) {
      if (candidate.has("properties") && !inline.containsKey(candidate)) {
        Section child = new Section(anchor(path), path, candidate);
        inline.put(candidate, child);
        nested.add(child);
      }
    }
    collect(schema, section.node(), section, nested, queued);
  }

  private static JsonNode valuesOf(JsonNode schema) {
    JsonNode values = schema.path("additionalProperties");
    return values.isObject() ? values : MissingNode.getInstance();
  }

  private JsonNode definition(String ref) {
    JsonNode def = definitions.get(definitionName(ref));
    if (def == null) {
      throw new IllegalArgumentException("No definition for $ref " + ref);
    }
    return def;
  }

  private static String definitionName(String ref) {
    if (!ref.startsWith("#/$defs/")) {
      throw new IllegalArgumentException("Only local $refs to #/$defs/ are rendered: " + ref);
    }
    return ref.substring("#/$defs/".length());
  }

  private static String anchor(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  // ------------------------------------------------------------------ rendering

  private String render(String fileName, String shippedAs) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(formatName(root)).append("\n\n");
    md.append("<!-- Generated from ")
        .append(fileName)
        .append(" by org.opendvc.testkit.docs.SchemaReference: edit the schema, not this page. -->")
        .append("\n\n");
    appendParagraph(md, root.path("description").asText(""));
    md.append("| | |\n| --- | --- |\n");
    md.append("| Schema | [`")
        .append(fileName)
        .append("`](../schema/")
        .append(fileName)
        .append(") |\n");
    if (root.has("$id")) {
      md.append("| `$id` | `").append(root.get("$id").asText()).append("` |\n");
    }
    if (root.has("$schema")) {
      md.append("| Dialect | `").append(root.get("$schema").asText()).append("` |\n");
    }
    md.append("| Shipped in | ").append(shippedAs).append(" |\n\n");
    StringJoiner contents = new StringJoiner(" · ");
    for (Section s : sections) {
      contents.add(
          "[" + (s.node() == root ? s.title() : "`" + s.title() + "`") + "](#" + s.id() + ")");
    }
    md.append("Sections: ").append(contents).append("\n");
    for (Section s : sections) {
      md.append('\n');
      renderSection(md, s);
    }
    return md.toString();
  }

  private void renderSection(StringBuilder md, Section s) {
    JsonNode node = s.node();
    md.append("<a id=\"").append(s.id()).append("\"></a>\n\n");
    md.append("## ").append(node == root ? s.title() : "`" + s.title() + "`").append("\n\n");
    if (node != root) {
      appendParagraph(md, node.path("description").asText(""));
    }
    if (!node.has("properties")) {
      md.append("- Type: ").append(type(node)).append('\n');
      List<String> rules = constraints(node);
      if (!rules.isEmpty()) {
        md.append("- Constraints: ").append(String.join("; ", rules)).append('\n');
      }
      appendNotes(md, node, true);
      return;
    }
    Set<String> required = new HashSet<>();
    node.path("required").forEach(r -> required.add(r.asText()));
    md.append("| Member | Type | Required | Constraints | Description |\n");
    md.append("| --- | --- | --- | --- | --- |\n");
    node.path("properties")
        .properties()
        .forEach(
            e ->
                md.append("| `")
                    .append(cell(e.getKey()))
                    .append("` | ")
                    .append(cell(type(e.getValue())))
                    .append(" | ")
                    .append(required.contains(e.getKey()) ? "yes" : "")
                    .append(" | ")
                    .append(cell(String.join("; ", constraints(e.getValue()))))
                    .append(" | ")
                    .append(cell(description(e.getValue())))
                    .append(" |\n"));
    appendNotes(md, node, false);
  }

  /** What the table does not say: extensions, other members, alternatives. */
  private void appendNotes(StringBuilder md, JsonNode node, boolean listed) {
    List<String> notes = new ArrayList<>();
    Set<String> tabled = new HashSet<>();
    node.path("properties").fieldNames().forEachRemaining(tabled::add);
    for (String key : List.of("anyOf", "oneOf")) {
      List<String> alternatives = new ArrayList<>();
      boolean onlyRequired = node.has(key);
      for (JsonNode alternative : node.path(key)) {
        if (alternative.size() == 1 && alternative.has("required")) {
          List<String> names = new ArrayList<>();
          alternative.get("required").forEach(n -> names.add("`" + n.asText() + "`"));
          alternatives.add(String.join(" and ", names));
        } else {
          onlyRequired = false;
        }
      }
      if (onlyRequired) {
        notes.add(
            (key.equals("anyOf") ? "At least one of these is required: " : "Exactly one of: ")
                + String.join(", ", alternatives)
                + ".");
      }
    }
    JsonNode patterns = node.path("patternProperties");
    patterns
        .properties()
        .forEach(
            e -> {
              if (e.getKey().equals(EXTENSION_PATTERN)) {
                notes.add(
                    "Members whose name starts with `x-` are extensions: accepted and ignored.");
              } else {
                notes.add(
                    "Members whose name matches `"
                        + cell(e.getKey())
                        + "`: "
                        + cell(type(e.getValue()))
                        + ".");
              }
            });
    JsonNode additional = node.path("additionalProperties");
    if (additional.isBoolean() && !additional.booleanValue() && !tabled.isEmpty()) {
      notes.add("No other member is allowed.");
    } else if (additional.isObject() && !tabled.isEmpty() && !listed) {
      notes.add("Other members: " + cell(type(additional)) + ".");
    }
    if (!notes.isEmpty()) {
      md.append('\n').append(String.join("\n", notes)).append('\n');
    }
  }

  /** The type of a schema in words, with links to the sections that describe its parts. */
  private String type(JsonNode node) {
    if (node.has("$ref")) {
      String name = definitionName(node.get("$ref").asText());
      JsonNode def = definitions.get(name);
      String link = "[" + name + "](#" + anchor(name) + ")";
      return def.has("properties") ? link : link + " (" + String.join(" or ", jsonTypes(def)) + ")";
    }
    Section section = inline.get(node);
    if (section != null) {
      return "object ([" + section.title() + "](#" + section.id() + "))";
    }
    return baseType(node);
  }

  /** The JSON types a schema allows, without links. */
  private List<String> jsonTypes(JsonNode node) {
    List<String> types = new ArrayList<>();
    JsonNode type = node.path("type");
    if (type.isTextual()) {
      types.add(type.asText());
    } else if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (node.has("$ref")) {
      types.addAll(jsonTypes(definition(node.get("$ref").asText())));
    } else if (node.has("enum")) {
      node.get("enum").forEach(v -> addOnce(types, jsonType(v)));
    } else if (node.has("const")) {
      types.add(jsonType(node.get("const")));
    } else if (node.has("properties")) {
      types.add("object");
    }
    for (String key : List.of("oneOf", "anyOf")) {
      for (JsonNode alternative : node.path(key)) {
        jsonTypes(alternative).forEach(t -> addOnce(types, t));
      }
    }
    return types;
  }

  private String baseType(JsonNode node) {
    List<String> words = new ArrayList<>();
    JsonNode type = node.path("type");
    if (type.isTextual() || type.isArray()) {
      for (String t : jsonTypes(node)) {
        if (t.equals("array") && node.has("items")) {
          addOnce(words, "array of " + type(node.get("items")));
        } else if (t.equals("object") && !node.has("properties") && valuesOf(node).isObject()) {
          addOnce(words, "map of " + type(valuesOf(node)));
        } else {
          addOnce(words, t);
        }
      }
    } else if (node.has("enum") || node.has("const") || node.has("properties")) {
      words.addAll(jsonTypes(node));
    }
    for (String key : List.of("oneOf", "anyOf")) {
      for (JsonNode alternative : node.path(key)) {
        if (!(alternative.size() == 1 && alternative.has("required"))) {
          addOnce(words, type(alternative));
        }
      }
    }
    return words.isEmpty() ? "any" : String.join(" or ", words);
  }

  private static void addOnce(List<String> list, String value) {
    if (!list.contains(value)) {
      list.add(value);
    }
  }

  private static String jsonType(JsonNode value) {
    if (value.isTextual()) {
      return "string";
    } else if (value.isIntegralNumber()) {
      return "integer";
    } else if (value.isNumber()) {
      return "number";
    } else if (value.isBoolean()) {
      return "boolean";
    } else if (value.isNull()) {
      return "null";
    }
    return value.isArray() ? "array" : "object";
  }

  /** The rules a value must follow, beyond its type; definitions referred to keep their own. */
  private List<String> constraints(JsonNode node) {
    List<String> rules = new ArrayList<>();
    if (node.has("enum")) {
      rules.add("one of " + values(node.get("enum")));
    }
    if (node.has("const")) {
      rules.add("exactly " + literal(node.get("const")));
    }
    if (node.has("pattern")) {
      rules.add("pattern `" + node.get("pattern").asText() + "`");
    }
    if (node.has("format")) {
      rules.add("format `" + node.get("format").asText() + "`");
    }
    range(node, "minLength", "maxLength", "character", rules);
    range(node, "minItems", "maxItems", "item", rules);
    range(node, "minProperties", "maxProperties", "member", rules);
    if (node.has("minimum") || node.has("maximum")) {
      rules.add(bounds(node.get("minimum"), node.get("maximum"), "≥ ", "≤ "));
    }
    if (node.has("exclusiveMinimum") || node.has("exclusiveMaximum")) {
      rules.add(bounds(node.get("exclusiveMinimum"), node.get("exclusiveMaximum"), "> ", "< "));
    }
    if (node.path("uniqueItems").asBoolean(false)) {
      rules.add("no duplicates");
    }
    if (node.has("contains")) {
      JsonNode contains = node.get("contains");
      rules.add(
          "must contain "
              + (contains.has("const")
                  ? literal(contains.get("const"))
                  : "an item that is " + type(contains)));
    }
    if (node.has("propertyNames")) {
      constraints(node.get("propertyNames")).forEach(r -> rules.add("keys: " + r));
    }
    JsonNode items = node.path("items");
    if (items.isObject() && !items.has("$ref") && !inline.containsKey(items)) {
      constraints(items).forEach(r -> rules.add("each: " + r));
    }
    JsonNode values = valuesOf(node);
    if (!node.has("properties")
        && values.isObject()
        && !values.has("$ref")
        && !inline.containsKey(values)) {
      constraints(values)
          .forEach(
              r ->
                  rules.add(
                      r.startsWith("keys: ")
                          ? "keys of each value: " + r.substring("keys: ".length())
                          : "each value: " + r));
    }
    if (node.has("default")) {
      rules.add("default " + literal(node.get("default")));
    }
    return rules;
  }

  private static void range(
      JsonNode node, String minKey, String maxKey, String unit, List<String> rules) {
    JsonNode min = node.get(minKey);
    JsonNode max = node.get(maxKey);
    if (min != null && max != null) {
      rules.add(min.asText() + " to " + count(max, unit));
    } else if (min != null) {
      rules.add("at least " + count(min, unit));
    } else if (max != null) {
      rules.add("at most " + count(max, unit));
    }
  }

  private static String count(JsonNode n, String unit) {
    return n.asText() + " " + unit + (n.asInt() == 1 ? "" : "s");
  }

  private static String bounds(JsonNode min, JsonNode max, String above, String below) {
    if (min != null && max != null) {
      return above + min.asText() + " and " + below + max.asText();
    }
    return min != null ? above + min.asText() : below + Objects.requireNonNull(max).asText();
  }

  private static String values(JsonNode list) {
    StringJoiner joined = new StringJoiner(", ");
    list.forEach(v -> joined.add(literal(v)));
    return joined.toString();
  }

  private static String literal(JsonNode value) {
    return "`" + (value.isTextual() ? value.asText() : value.toString()) + "`";
  }

  private String description(JsonNode node) {
    String text = node.path("description").asText("");
    if (text.isEmpty() && node.has("$ref")) {
      text =
          definitions.get(definitionName(node.get("$ref").asText())).path("description").asText("");
    }
    JsonNode values = valuesOf(node);
    if (!node.has("properties") && values.has("description") && !values.has("properties")) {
      text = (text.isEmpty() ? "" : text + " ") + "Values: " + values.get("description").asText();
    }
    return text;
  }

  private static void appendParagraph(StringBuilder md, String text) {
    if (!text.isEmpty()) {
      md.append(text).append("\n\n");
    }
  }

  /** Text for a table cell: pipes escaped (GitHub unescapes them in code spans too). */
  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
