package org.opendvc.core.json;

import java.util.HashMap;
import java.util.Map;

/**
 * Translates JSON Pointers in one document shape into pointers in another: for example, from
 * OpenDVC's procedure format ({@code /cases/0/documents/2/name}) into the DVCQG package the
 * procedure was imported from ({@code /THANHPHANHOSO/0/GIAYTO/2/TENGIAYTO}).
 *
 * <p>A pointer without its own entry translates to the translation of its nearest ancestor that has
 * one, so a diagnostic always lands on the closest thing in the source. Not thread-safe while being
 * filled; safe to share once filled.
 */
public final class JsonPointerMap {
  private static final JsonPointerMap IDENTITY = new JsonPointerMap(true);

  private final Map<String, String> entries = new HashMap<>();
  private final boolean identity;

  /** An empty map, to be filled with {@link #put(String, String)}. */
  public JsonPointerMap() {
    this(false);
  }

  private JsonPointerMap(boolean identity) {
    this.identity = identity;
  }

  /** The map that translates every pointer to itself. */
  public static JsonPointerMap identity() {
    return IDENTITY;
  }

  /** Records that {@code from} corresponds to {@code to}. */
  public void put(String from, String to) {
    if (identity) {
      throw new UnsupportedOperationException("the identity map cannot be changed");
    }
    entries.put(from, to);
  }

  /** The pointer corresponding to {@code from}. */
  public String translate(String from) {
    if (identity) {
      return from;
    }
    String p = from;
    while (true) {
      String to = entries.get(p);
      if (to != null) {
        return to;
      }
      if (p.isEmpty()) {
        return "";
      }
      p = JsonPointers.parent(p);
    }
  }
}
