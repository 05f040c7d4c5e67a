package org.opendvc.core.diagnostic;

/**
 * Fills message templates. Unlike {@link java.text.MessageFormat} it gives apostrophes no meaning,
 * so translators can write them freely.
 */
final class Templates {
  private Templates() {}

  static String fill(String template, Object... args) {
    StringBuilder out = new StringBuilder(template.length() + 16 * args.length);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int close = template.indexOf('}', i);
        // Up to four ASCII digits: anything longer is text, not an argument index (and would
        // overflow an int).
        if (close > i + 1 && close <= i + 5) {
          String index = template.substring(i + 1, close);
          if (index.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            int n = Integer.parseInt(index);
            out.append(n < args.length ? String.valueOf(args[n]) : "{" + index + "}");
            i = close + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }
}
