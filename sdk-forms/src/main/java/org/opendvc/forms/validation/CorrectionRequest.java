package org.opendvc.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendvc.forms.prefill.Provenance;

/**
 * A citizen's flag that a registry value is wrong, ready to route to the agency that owns the
 * registry ({@link Provenance#registry()}). Kept whether or not the submission is accepted. The
 * proposed value and comment are personal data: {@code toString()} hides them.
 *
 * @param path the value's path
 * @param provenance where the flagged value came from, when it was prefilled
 * @param proposedValue what the person says it should be, if they said
 * @param comment the person's explanation, if any
 */
public record CorrectionRequest(
    String path,
    @Nullable Provenance provenance,
    @Nullable JsonNode proposedValue,
    @Nullable String comment) {

  /** Checks the path and copies the proposed value. */
  public CorrectionRequest {
    Objects.requireNonNull(path, "path");
    proposedValue = proposedValue == null ? null : proposedValue.deepCopy();
  }

  /** Where the value came from, if it was prefilled. */
  public Optional<Provenance> source() {
    return Optional.ofNullable(provenance);
  }

  @Override
  public String toString() {
    return "CorrectionRequest["
        + path
        + (provenance == null ? "" : ", " + provenance.registry() + " " + provenance.element())
        + (proposedValue == null ? "" : ", proposed ***")
        + (comment == null ? "" : ", comment ***")
        + "]";
  }
}
