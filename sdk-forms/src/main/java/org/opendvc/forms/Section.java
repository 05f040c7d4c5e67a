package org.opendvc.forms;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;

/**
 * A section of a form (phần), shown as a page or a panel. A section can be hidden as a whole.
 *
 * @param id the id, unique in the form
 * @param title the title
 * @param relevant when the section is shown; {@code null} for always
 * @param fields the fields, in order
 * @param pointer where the section is defined in its file, as a JSON Pointer
 */
public record Section(
    String id,
    LocalizedText title,
    @Nullable Expression relevant,
    List<Field> fields,
    String pointer) {

  /** Checks the parts and copies the fields. */
  public Section {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(pointer, "pointer");
    fields = List.copyOf(fields);
  }
}
