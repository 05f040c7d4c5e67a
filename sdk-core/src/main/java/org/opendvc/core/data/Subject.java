package org.opendvc.core.data;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A subject in a dossier: a role, the index of the person in that role when there are several (the
 * second child is index 1), and the identifier by which registries know them (a personal
 * identification number, or an enterprise code), when known.
 *
 * <p>The identifier is personal data: {@code toString()} masks it.
 *
 * @param role the role
 * @param index which one of the subjects in that role, from 0
 * @param identifier the personal identification number or enterprise code, or {@code null}
 */
public record Subject(SubjectRole role, int index, @Nullable String identifier) {

  /**
   * Checks the role is present and the index is not negative.
   *
   * @throws IllegalArgumentException if {@code index} is negative
   */
  public Subject {
    Objects.requireNonNull(role, "role");
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative");
    }
  }

  /** The only subject in {@code role}, known by {@code identifier}. */
  public static Subject of(SubjectRole role, @Nullable String identifier) {
    return new Subject(role, 0, identifier);
  }

  /** The applicant, known by a personal identification number. */
  public static Subject applicant(String personalIdNumber) {
    return new Subject(SubjectRole.APPLICANT, 0, personalIdNumber);
  }

  /** The identifier masked for display and logs: the first 4 and last 2 characters shown. */
  public String maskedIdentifier() {
    return mask(identifier);
  }

  /** Masks a personal identifier, keeping the first 4 and the last 2 characters. */
  public static String mask(@Nullable String identifier) {
    if (identifier == null) {
      return "-";
    }
    if (identifier.length() <= 6) {
      return "*".repeat(identifier.length());
    }
    return identifier.substring(0, 4)
        + "*".repeat(identifier.length() - 6)
        + identifier.substring(identifier.length() - 2);
  }

  @Override
  public String toString() {
    return "Subject[" + role + (index == 0 ? "" : "#" + index) + ", " + maskedIdentifier() + "]";
  }
}
