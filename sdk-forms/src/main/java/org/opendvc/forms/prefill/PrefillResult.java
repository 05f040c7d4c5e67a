package org.opendvc.forms.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.internal.Paths;

/**
 * What prefill fetched for a form: each value with its provenance and lock decision, what each
 * registry question came to, and the problems met (registries down, slow or partial, codes the form
 * does not know). Values of fields hidden for now are kept: they are not thrown away before the
 * person sees them; the submission drops them if the fields stay hidden.
 *
 * <p>Immutable and thread-safe. {@code toString()} shows no value.
 */
public final class PrefillResult {
  private final FormDefinition form;
  private final Map<String, PrefilledValue> values;
  private final List<LookupOutcome> outcomes;
  private final List<Diagnostic> diagnostics;

  PrefillResult(
      FormDefinition form,
      List<PrefilledValue> values,
      List<LookupOutcome> outcomes,
      List<Diagnostic> diagnostics) {
    this.form = Objects.requireNonNull(form, "form");
    Map<String, PrefilledValue> byPath = new LinkedHashMap<>();
    values.forEach(v -> byPath.put(v.path(), v));
    this.values = java.util.Collections.unmodifiableMap(byPath);
    this.outcomes = List.copyOf(outcomes);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The form prefilled. */
  public FormDefinition form() {
    return form;
  }

  /** Every value fetched, blank ones included, in plan order. */
  public List<PrefilledValue> values() {
    return List.copyOf(values.values());
  }

  /** The value fetched for {@code path}, if any. */
  public Optional<PrefilledValue> value(String path) {
    return Optional.ofNullable(values.get(path));
  }

  /** The locked values. */
  public List<PrefilledValue> locked() {
    return values.values().stream().filter(PrefilledValue::isLocked).toList();
  }

  /** What each registry question came to. */
  public List<LookupOutcome> outcomes() {
    return outcomes;
  }

  /** The problems met. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * The non-blank values shaped like a submission's data, ready to send to the form: group items at
   * their index. The caller owns the result.
   */
  public ObjectNode data() {
    JsonNodeFactory json = JsonNodeFactory.instance;
    ObjectNode data = json.objectNode();
    for (PrefilledValue value : values.values()) {
      JsonNode fieldValue = value.json();
      if (fieldValue == null) {
        continue;
      }
      String path = value.path();
      int item = Paths.item(path);
      if (item < 0) {
        data.set(path, fieldValue.deepCopy());
        continue;
      }
      String group = path.substring(0, path.indexOf('['));
      String child = path.substring(path.indexOf("].") + 2);
      ArrayNode items = data.has(group) ? (ArrayNode) data.get(group) : data.putArray(group);
      while (items.size() <= item) {
        items.addObject();
      }
      ((ObjectNode) items.get(item)).set(child, fieldValue.deepCopy());
    }
    return data;
  }

  @Override
  public String toString() {
    return "PrefillResult["
        + form.id()
        + "@"
        + form.version()
        + ", "
        + values.size()
        + " values ("
        + locked().size()
        + " locked), "
        + diagnostics.size()
        + " diagnostics]";
  }
}
