package org.opendvc.forms.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.DataValue;

/**
 * A value fetched from a registry for one field, with its provenance and lock decision. The value
 * is personal data: {@code toString()} never shows it.
 *
 * @param path the field's path in the submission, such as {@code motherFullName} or {@code
 *     children[0].childName}
 * @param value the value as the registry gave it
 * @param json the value as the field holds it (code translated, date cut to the field's precision),
 *     or {@code null} when the registry's value is blank
 * @param provenance where it came from
 * @param lock whether it is locked, and why
 */
public record PrefilledValue(
    String path,
    DataValue value,
    @Nullable JsonNode json,
    Provenance provenance,
    LockDecision lock) {

  /** Checks the parts are present and copies the JSON. */
  public PrefilledValue {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(lock, "lock");
    json = json == null ? null : json.deepCopy();
  }

  /** The value as the field holds it, unless blank. The caller gets a copy. */
  public Optional<JsonNode> fieldValue() {
    return Optional.ofNullable(json).map(JsonNode::deepCopy);
  }

  /** Whether the value is locked. */
  public boolean isLocked() {
    return lock.locked();
  }

  @Override
  public String toString() {
    return "PrefilledValue["
        + path
        + ", ***, "
        + provenance.registry()
        + " "
        + provenance.element()
        + ", "
        + (lock.locked() ? "LOCKED" : "EDITABLE " + lock.reason())
        + "]";
  }
}
