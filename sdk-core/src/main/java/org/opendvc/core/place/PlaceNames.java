package org.opendvc.core.place;

import java.util.List;
import org.opendvc.core.internal.text.VietnameseText;

/**
 * Folds names of administrative units into matching keys: no diacritics, no case, any dash or dot a
 * space, numbers without leading zeros ({@code Phường 01} and {@code Phường 1} are one ward), and a
 * leading unit word such as {@code Tỉnh}, {@code TP.} or {@code Phường} removable.
 */
final class PlaceNames {

  /** The level of a unit, which decides the unit words that may precede its name. */
  enum Level {
    PROVINCE(
        List.of("thanh pho", "thu do", "tinh", "tp"), List.of("city", "province", "municipality")),
    DISTRICT(
        List.of("thanh pho", "thi xa", "quan", "huyen", "tp", "tx", "q", "h"),
        List.of("city", "town", "district")),
    COMMUNE(
        List.of("phuong", "xa", "thi tran", "dac khu", "p", "x", "tt"),
        List.of("ward", "commune", "township", "special zone"));

    private final List<String> prefixes;
    private final List<String> suffixes;

    Level(List<String> prefixes, List<String> suffixes) {
      this.prefixes = prefixes;
      this.suffixes = suffixes;
    }
  }

  /**
   * Other names of Hồ Chí Minh City in everyday data: abbreviations ("TP HCM" is "TP" and "HCM")
   * and its former name, Sài Gòn.
   */
  static final List<String> HO_CHI_MINH_ALIASES = List.of("HCM", "TPHCM", "Sài Gòn");

  private PlaceNames() {}

  /** The folded form of {@code name}, unit words kept. */
  static String key(String name) {
    String folded = VietnameseText.fold(name);
    if (folded.indexOf('0') < 0) {
      return folded;
    }
    StringBuilder out = new StringBuilder(folded.length());
    for (String token : folded.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(isNumber(token) ? stripLeadingZeros(token) : token);
    }
    return out.toString();
  }

  /**
   * {@code key} without one leading unit word of {@code level} and one trailing English unit word,
   * or {@code key} itself when it has none or nothing would be left.
   */
  static String withoutUnitWords(String key, Level level) {
    String stripped = key;
    for (String prefix : level.prefixes) {
      if (stripped.startsWith(prefix + " ")) {
        stripped = stripped.substring(prefix.length() + 1);
        break;
      }
    }
    for (String suffix : level.suffixes) {
      if (stripped.endsWith(" " + suffix)) {
        stripped = stripped.substring(0, stripped.length() - suffix.length() - 1);
        break;
      }
    }
    return stripped.isEmpty() ? key : stripped;
  }

  private static boolean isNumber(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) < '0' || token.charAt(i) > '9') {
        return false;
      }
    }
    return !token.isEmpty();
  }

  private static String stripLeadingZeros(String digits) {
    int i = 0;
    while (i < digits.length() - 1 && digits.charAt(i) == '0') {
      i++;
    }
    return digits.substring(i);
  }
}
