package org.opendvc.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A text in Vietnamese, with an optional English version.
 *
 * <p>Vietnamese is required because every official text exists in Vietnamese; English is present
 * where a definition provides it. {@link #get(Language)} falls back to Vietnamese.
 *
 * @param vi the Vietnamese text, never blank
 * @param en the English text, or {@code null} when there is none
 */
public record LocalizedText(String vi, @Nullable String en) {

  /**
   * Creates a localized text.
   *
   * @throws IllegalArgumentException if {@code vi} is blank or {@code en} is blank but not null
   */
  public LocalizedText {
    Objects.requireNonNull(vi, "vi");
    if (vi.isBlank()) {
      throw new IllegalArgumentException("vi must not be blank");
    }
    if (en != null && en.isBlank()) {
      throw new IllegalArgumentException("en must be null or not blank");
    }
  }

  /** A Vietnamese-only text. */
  public static LocalizedText of(String vi) {
    return new LocalizedText(vi, null);
  }

  /** A text in both languages. */
  public static LocalizedText of(String vi, String en) {
    return new LocalizedText(vi, en);
  }

  /** The text in {@code language}, falling back to Vietnamese when there is no English. */
  public String get(Language language) {
    return language == Language.EN && en != null ? en : vi;
  }

  /** Whether an English version is present. */
  public boolean hasEnglish() {
    return en != null;
  }
}
