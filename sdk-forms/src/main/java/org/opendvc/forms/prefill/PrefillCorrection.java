package org.opendvc.forms.prefill;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The citizen's flag that a prefilled value is wrong (đề nghị đính chính): the value stays as the
 * registry gave it (a locked value cannot be changed on the form), but the flag travels with the
 * submission so the agency that owns the registry can correct it. It is recorded even when the
 * submission has errors.
 *
 * @param path the value's path, such as {@code motherFullName}
 * @param proposedValue what the person says the value should be, if they say; personal data, never
 *     shown by {@code toString()}
 * @param comment the person's explanation, if any; never shown by {@code toString()}
 */
public record PrefillCorrection(
    String path, @Nullable JsonNode proposedValue, @Nullable String comment) {

  /** Checks the path is present and copies the proposed value. */
  public PrefillCorrection {
    Objects.requireNonNull(path, "path");
    proposedValue = proposedValue == null ? null : proposedValue.deepCopy();
  }

  /** A flag without a proposed value or comment. */
  public static PrefillCorrection of(String path) {
    return new PrefillCorrection(path, null, null);
  }

  /** What the person proposes, if anything. The caller gets a copy. */
  public Optional<JsonNode> proposed() {
    return Optional.ofNullable(proposedValue).map(JsonNode::deepCopy);
  }

  @Override
  public String toString() {
    return "PrefillCorrection["
        + path
        + (proposedValue == null ? "" : ", proposed ***")
        + (comment == null ? "" : ", comment ***")
        + "]";
  }
}
