package org.opendvc.core.json;

/**
 * Builds JSON Pointers (RFC 6901) one step at a time, escaping {@code ~} and {@code /} in names.
 */
public final class JsonPointers {
  private JsonPointers() {}

  /** The pointer to member {@code name} of the object at {@code parent}. */
  public static String child(String parent, String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return parent + "/" + name;
    }
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer to element {@code index} of the array at {@code parent}. */
  public static String index(String parent, int index) {
    return parent + "/" + index;
  }

  /**
   * The pointer to the value that contains the one at {@code pointer}; {@code ""} for the root and
   * for text that is not a pointer.
   */
  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** The pointer {@code base} followed by the steps of {@code relative}, which starts with "/". */
  public static String resolve(String base, String relative) {
    return relative.isEmpty() ? base : base + relative;
  }
}
