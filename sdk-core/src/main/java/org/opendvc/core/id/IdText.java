package org.opendvc.core.id;

/** Small text helpers shared by the identifier types. */
final class IdText {
  private IdText() {}

  /**
   * Masks a value for display and logs: at most the first four and the last two characters stay
   * visible, and fewer for short values so that most of a number is always hidden ({@code
   * 001087123456} becomes {@code 0010******45}, a 9-digit number {@code 12*****89}).
   */
  static String mask(String text) {
    int n = text.length();
    int head = n >= 10 ? 4 : n >= 8 ? 2 : 0;
    int tail = n >= 8 ? 2 : 0;
    StringBuilder out = new StringBuilder(n);
    out.append(text, 0, head);
    for (int i = head; i < n - tail; i++) {
      out.append('*');
    }
    out.append(text, n - tail, n);
    return out.toString();
  }

  /** {@code text} without any whitespace, inside or around it. */
  static String withoutWhitespace(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (out == null) {
          out = new StringBuilder(text.length()).append(text, 0, i);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** Whether {@code text} is exactly {@code length} ASCII digits. */
  static boolean isDigits(CharSequence text, int length) {
    return text.length() == length && isDigits(text, 0, length);
  }

  /** Whether the characters of {@code text} from {@code start} to {@code end} are ASCII digits. */
  static boolean isDigits(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The value of the ASCII digit at {@code index}. */
  static int digit(CharSequence text, int index) {
    return text.charAt(index) - '0';
  }
}
