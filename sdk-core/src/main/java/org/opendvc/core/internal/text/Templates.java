package org.opendvc.core.internal.text;

/**
 * Fills message templates. Unlike {@link java.text.MessageFormat} it gives apostrophes no meaning,
 * so translators can write them freely, and there is no pattern to parse: every diagnostic and
 * every rule finding is rendered through here, so it runs on hot paths.
 */
public final class Templates {
  /** Longest argument index, in digits: anything longer is text (and would overflow an int). */
  private static final int MAX_INDEX_DIGITS = 4;

  private Templates() {}

  /** {@code template} with {@code args} put in place of {@code {0}}, {@code {1}}... */
  public static String fill(String template, Object... args) {
    StringBuilder out = new StringBuilder(template.length() + 16 * args.length);
    int length = template.length();
    int copied = 0;
    int open = template.indexOf('{');
    while (open >= 0) {
      int n = 0;
      int i = open + 1;
      while (i < length && i - open <= MAX_INDEX_DIGITS) {
        char ch = template.charAt(i);
        if (ch < '0' || ch > '9') {
          break;
        }
        n = n * 10 + (ch - '0');
        i++;
      }
      if (i > open + 1 && i < length && template.charAt(i) == '}') {
        out.append(template, copied, open);
        if (n < args.length) {
          out.append(args[n]);
        } else {
          out.append(template, open, i + 1);
        }
        copied = i + 1;
      }
      open = template.indexOf('{', open + 1);
    }
    return out.append(template, copied, length).toString();
  }
}
