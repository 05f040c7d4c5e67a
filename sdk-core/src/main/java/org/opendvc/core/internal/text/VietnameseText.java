package org.opendvc.core.internal.text;

import java.text.Normalizer;

/**
 * Folds Vietnamese text for matching: lower case, no diacritics ({@code đ} becomes {@code d}),
 * punctuation as spaces, runs of spaces collapsed. "Bản sao Sổ hộ khẩu" and "BAN SAO SO HO KHAU"
 * fold to the same {@code ban sao so ho khau}.
 */
public final class VietnameseText {
  private static final String[] NO_TOKENS = new String[0];

  private VietnameseText() {}

  /** The folded form of {@code text}. */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == 'đ' || c == 'Đ') {
        c = 'd';
      }
      c = Character.toLowerCase(c);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(c);
      } else {
        pendingSpace = true;
      }
    }
    return out.toString();
  }

  /** The folded words of {@code text}. */
  public static String[] tokens(String text) {
    String folded = fold(text);
    return folded.isEmpty() ? NO_TOKENS : folded.split(" ");
  }
}
