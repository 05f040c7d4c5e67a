package org.opendvc.forms;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an attachment field accepts.
 *
 * @param mediaTypes the accepted media types, such as {@code application/pdf} or {@code image/*};
 *     empty accepts any
 * @param maxBytes the largest file, in bytes
 * @param maxFiles how many files the field takes
 */
public record AttachmentRule(List<String> mediaTypes, long maxBytes, int maxFiles) {
  /** The default: PDF and images, up to 10 MiB, one file. */
  public static final AttachmentRule DEFAULT =
      new AttachmentRule(List.of("application/pdf", "image/jpeg", "image/png"), 10L << 20, 1);

  /**
   * Copies the media types and checks the limits.
   *
   * @throws IllegalArgumentException if a limit is not positive
   */
  public AttachmentRule {
    mediaTypes = mediaTypes.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    if (maxBytes <= 0 || maxFiles <= 0) {
      throw new IllegalArgumentException("maxBytes and maxFiles must be positive");
    }
  }

  /** Whether a file of {@code mediaType} is accepted. */
  public boolean accepts(String mediaType) {
    Objects.requireNonNull(mediaType, "mediaType");
    if (mediaTypes.isEmpty()) {
      return true;
    }
    String type = mediaType.toLowerCase(Locale.ROOT).strip();
    for (String accepted : mediaTypes) {
      if (accepted.equals(type)
          || (accepted.endsWith("/*")
              && type.startsWith(accepted.substring(0, accepted.length() - 1)))) {
        return true;
      }
    }
    return false;
  }
}
