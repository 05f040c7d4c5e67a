package org.opendvc.testkit.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code samples in Markdown that are copies of regions of compiled sources, so that every sample a
 * page shows compiles, and runs when a test calls it.
 *
 * <p>In a source (Java, or any language with {@code //} comments such as DRL), a region is the
 * lines between {@code // [START name]} and {@code // [END name]} (regions may nest; marker lines
 * are left out of every region). In a page, a sample is a fenced {@code java} block right after a
 * marker naming the source and the region:
 *
 * <pre>
 * &lt;!-- sample: org/opendvc/examples/docs/MinistryDevelopersGuide.java#load-procedure --&gt;
 * ```java
 * ...
 * ```
 * </pre>
 *
 * {@link #include(String, Function)} rewrites every such block from its region (and adds the block
 * when a marker has none yet); a test compares the result with the page.
 */
public final class CodeSamples {
  private static final Pattern MARKER =
      Pattern.compile("^(\\s*)<!-- sample: (\\S+)#([a-z0-9][a-z0-9-]*) -->\\s*$");
  private static final Pattern START =
      Pattern.compile("^\\s*// \\[START ([a-z0-9][a-z0-9-]*)]\\s*$");
  private static final Pattern END = Pattern.compile("^\\s*// \\[END ([a-z0-9][a-z0-9-]*)]\\s*$");
  private static final Pattern FENCE = Pattern.compile("^(\\s*)```(\\S*)\\s*$");

  private CodeSamples() {}

  /**
   * A sample a page names.
   *
   * @param path the source, relative to the samples' source root
   * @param region the region's name
   * @param line the line of the marker, from 1
   */
  public record Reference(String path, String region, int line) {
    /** Checks the members. */
    public Reference {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(region, "region");
    }

    @Override
    public String toString() {
      return path + "#" + region;
    }
  }

  /**
   * The regions of a source file by name, in order, each without its common indentation and without
   * trailing blank lines.
   *
   * @throws IllegalArgumentException if a region is opened twice, closed without being opened, or
   *     never closed
   */
  public static Map<String, String> regions(String source) {
    Map<String, List<String>> open = new LinkedHashMap<>();
    Map<String, String> done = new LinkedHashMap<>();
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher start = START.matcher(lines[i]);
      Matcher end = END.matcher(lines[i]);
      if (start.matches()) {
        String name = start.group(1);
        if (open.containsKey(name) || done.containsKey(name)) {
          throw new IllegalArgumentException(
              "Line " + (i + 1) + ": region \"" + name + "\" is opened twice");
        }
        open.put(name, new ArrayList<>());
      } else if (end.matches()) {
        String name = end.group(1);
        List<String> body = open.remove(name);
        if (body == null) {
          throw new IllegalArgumentException(
              "Line " + (i + 1) + ": region \"" + name + "\" is closed but was not opened");
        }
        done.put(name, dedent(body));
      } else {
        for (List<String> body : open.values()) {
          body.add(lines[i]);
        }
      }
    }
    if (!open.isEmpty()) {
      throw new IllegalArgumentException("Regions never closed: " + open.keySet());
    }
    return done;
  }

  private static String dedent(List<String> lines) {
    List<String> body = new ArrayList<>(lines);
    while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
      body.remove(body.size() - 1);
    }
    while (!body.isEmpty() && body.get(0).isBlank()) {
      body.remove(0);
    }
    int indent = Integer.MAX_VALUE;
    for (String line : body) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : body) {
      out.append(line.isBlank() ? "" : line.substring(indent).stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** The samples a page names, in order. */
  public static List<Reference> references(String page) {
    List<Reference> found = new ArrayList<>();
    String[] lines = page.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARKER.matcher(lines[i]);
      if (m.matches()) {
        found.add(new Reference(m.group(2), m.group(3), i + 1));
      }
    }
    return found;
  }

  /** The lines (from 1) of the page's fenced {@code java} blocks that no sample marker precedes. */
  public static List<Integer> unmarkedJavaBlocks(String page) {
    List<Integer> unmarked = new ArrayList<>();
    String[] lines = page.split("\n", -1);
    boolean inFence = false;
    for (int i = 0; i < lines.length; i++) {
      Matcher fence = FENCE.matcher(lines[i]);
      if (!fence.matches()) {
        continue;
      }
      if (!inFence) {
        if (fence.group(2).equals("java") && (i == 0 || !isMarker(lines[i - 1]))) {
          unmarked.add(i + 1);
        }
        inFence = true;
      } else if (fence.group(2).isEmpty()) {
        inFence = false;
      }
    }
    return unmarked;
  }

  private static boolean isMarker(String line) {
    return MARKER.matcher(line).matches();
  }

  /** The language of a fenced block showing {@code path}: its extension, such as {@code java}. */
  private static String language(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  /**
   * The page with the block after each sample marker replaced by the region the marker names,
   * indented as the marker is and fenced with the source's extension ({@code java}, {@code drl}); a
   * marker not followed by a block gets one.
   *
   * @param page the Markdown page
   * @param sources the text of a source, by the path a marker gives
   * @throws IllegalArgumentException if a marker names a region its source does not have, or a
   *     block is not closed
   */
  public static String include(String page, Function<String, String> sources) {
    Map<String, Map<String, String>> cache = new LinkedHashMap<>();
    String[] lines = page.split("\n", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      out.append(lines[i]);
      Matcher marker = MARKER.matcher(lines[i]);
      if (!marker.matches()) {
        if (i < lines.length - 1) {
          out.append('\n');
        }
        continue;
      }
      out.append('\n');
      String indent = marker.group(1);
      String path = marker.group(2);
      String name = marker.group(3);
      String region = cache.computeIfAbsent(path, p -> regions(sources.apply(p))).get(name);
      if (region == null) {
        throw new IllegalArgumentException(
            "Line " + (i + 1) + ": " + path + " has no region \"" + name + "\"");
      }
      out.append(indent).append("```").append(language(path)).append('\n');
      for (String line : region.split("\n", -1)) {
        if (!line.isEmpty()) {
          out.append(indent).append(line);
        }
        out.append('\n');
      }
      // the region ends with a newline, so the split above left an empty last line
      out.setLength(out.length() - 1);
      out.append(indent).append("```");
      if (i + 1 < lines.length && lines[i + 1].strip().startsWith("```")) {
        int close = i + 2;
        while (close < lines.length && !lines[close].strip().equals("```")) {
          close++;
        }
        if (close == lines.length) {
          throw new IllegalArgumentException(
              "Line " + (i + 2) + ": the sample's block is not closed");
        }
        i = close;
      }
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }
}
