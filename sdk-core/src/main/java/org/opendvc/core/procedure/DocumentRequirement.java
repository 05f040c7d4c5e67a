package org.opendvc.core.procedure;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;

/**
 * A dossier component (thành phần hồ sơ): one document a procedure asks the applicant for.
 *
 * @param code the published document code ({@code MAGIAYTO}), or {@code null}
 * @param name the document's name as published, such as "Bản sao Giấy khai sinh"
 * @param originals how many originals to submit (số bản chính)
 * @param copies how many copies to submit (số bản sao)
 * @param template the form template to fill in, if there is one
 * @param replaceableByResult the code of an earlier procedure result that may replace this document
 *     ({@code MA_KQ_THAYTHE}); the hook for the once-only principle
 * @param documentType the document type in the catalogue this component is, when the definition
 *     says so; otherwise it is matched from the name
 * @param dataElements the data elements the document carries, such as {@code person.fullName}
 */
public record DocumentRequirement(
    @Nullable String code,
    LocalizedText name,
    int originals,
    int copies,
    @Nullable FormTemplate template,
    @Nullable String replaceableByResult,
    @Nullable String documentType,
    List<String> dataElements) {

  /**
   * Checks the name is present and the counts are not negative.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public DocumentRequirement {
    Objects.requireNonNull(name, "name");
    if (originals < 0 || copies < 0) {
      throw new IllegalArgumentException("originals and copies cannot be negative");
    }
    dataElements = List.copyOf(dataElements);
  }

  /** A document with a name only: one original, no copies, nothing else known. */
  public static DocumentRequirement named(LocalizedText name) {
    return new DocumentRequirement(null, name, 1, 0, null, null, null, List.of());
  }
}
