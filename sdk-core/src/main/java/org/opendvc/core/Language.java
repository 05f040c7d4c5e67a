package org.opendvc.core;

import java.util.Locale;

/** The languages OpenDVC speaks: Vietnamese always, English where a definition provides it. */
public enum Language {
  /** Vietnamese (tiếng Việt), the language of every official text. */
  VI("vi"),
  /** English. */
  EN("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /** The BCP 47 tag: {@code vi} or {@code en}. */
  public String tag() {
    return tag;
  }

  /** The matching {@link Locale}. */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /**
   * Returns the language for a tag such as {@code vi}, {@code en} or {@code en-GB}.
   *
   * @throws IllegalArgumentException if the tag names neither Vietnamese nor English
   */
  public static Language fromTag(String tag) {
    String primary = tag.trim().toLowerCase(Locale.ROOT);
    int dash = primary.indexOf('-');
    if (dash >= 0) {
      primary = primary.substring(0, dash);
    }
    for (Language language : values()) {
      if (language.tag.equals(primary)) {
        return language;
      }
    }
    throw new IllegalArgumentException("Unsupported language '" + tag + "': use 'vi' or 'en'");
  }
}
