package org.opendvc.forms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes JSON in one canonical form (members sorted by name, no spaces, numbers in plain notation
 * without trailing zeros) so equal content gives equal bytes, and hashes it.
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  /** The canonical text of {@code node}. */
  public static String write(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  /** {@code sha256:} and the hex SHA-256 of the canonical text of {@code node}. */
  public static String sha256(JsonNode node) {
    return "sha256:" + HexFormat.of().formatHex(digest(write(node)));
  }

  static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK always has SHA-256", e);
    }
  }

  private static void write(JsonNode node, StringBuilder out) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        out.append('{');
        for (int i = 0; i < names.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          quote(names.get(i), out);
          out.append(':');
          write(node.get(names.get(i)), out);
        }
        out.append('}');
      }
      case ARRAY -> {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(node.get(i), out);
        }
        out.append(']');
      }
      case NUMBER -> {
        var decimal = node.decimalValue();
        out.append(decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString());
      }
      case STRING -> quote(node.textValue(), out);
      case BOOLEAN -> out.append(node.booleanValue());
      default -> out.append("null");
    }
  }

  /** Writes {@code text} as a JSON string: quotes, backslashes and control characters escaped. */
  private static void quote(String text, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
