package org.opendvc.forms.burden;

import java.util.Objects;

/**
 * The estimated cost of one field.
 *
 * @param path the field's path (with the item inside a repeating group)
 * @param category what it asks of the person
 * @param seconds the estimated time, in seconds
 * @param operators the KLM operators counted, such as {@code M H P K H 20K}
 */
public record FieldBurden(String path, FieldCategory category, double seconds, String operators) {
  /** Checks the parts. */
  public FieldBurden {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(operators, "operators");
  }
}
