package org.opendvc.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opendvc.testkit.cli.Dvc;
import org.opendvc.testkit.docs.CodeSamples;
import picocli.CommandLine;

/**
 * Keeps the samples in {@code docs/} true: every Java block is a copy of a region of the classes in
 * {@code org.opendvc.examples.docs} (compiled by this build and run by the tests beside this one)
 * or of another source named from the repository's root (a rule file of sdk-rules), every JSON or
 * YAML excerpt is what the file it quotes holds, and every {@code ./dvc} command line shown is one
 * the command line accepts. Run with {@code -Dopendvc.updateDocs=true} to rewrite the Java blocks
 * from their regions instead of failing.
 */
class DocumentationSamplesTest {
  private static final Path ROOT = Path.of("..");
  private static final Path DOCS = ROOT.resolve("docs");
  private static final Path SOURCES = Path.of("src", "main", "java");
  private static final Path SAMPLES =
      SOURCES.resolve(Path.of("org", "opendvc", "examples", "docs"));
  private static final boolean UPDATE = Boolean.getBoolean("opendvc.updateDocs");
  private static final Pattern EXCERPT =
      Pattern.compile(
          "<!-- excerpt: (\\S+?)(?:#(\\S*))? -->\\n```(json|yaml)\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern SHELL = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(DOCS)) {
      return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sample's source: under the samples' source root, or else from the repository's root. */
  private static String source(String path) {
    Path sample = SOURCES.resolve(path);
    return read(Files.exists(sample) ? sample : ROOT.resolve(path));
  }

  @Test
  void everyJavaBlockInTheDocs_isAMarkedSample() throws IOException {
    List<String> unmarked = new ArrayList<>();
    for (Path page : pages()) {
      CodeSamples.unmarkedJavaBlocks(read(page)).forEach(line -> unmarked.add(page + ":" + line));
    }
    assertThat(unmarked)
        .as("Java blocks without <!-- sample: path#region --> before them: they would not compile")
        .isEmpty();
  }

  @Test
  void samplesInTheDocs_areCopiesOfTheirRegions() throws IOException {
    for (Path page : pages()) {
      String text = read(page);
      String expected = CodeSamples.include(text, DocumentationSamplesTest::source);
      if (UPDATE && !expected.equals(text)) {
        Files.writeString(page, expected, StandardCharsets.UTF_8);
        text = expected;
      }
      assertThat(text)
          .as(
              "%s shows samples that differ from their sources: run ./mvnw -B -q -pl examples -am"
                  + " test -Dtest=DocumentationSamplesTest -Dsurefire.failIfNoSpecifiedTests=false"
                  + " -Dopendvc.updateDocs=true",
              page)
          .isEqualTo(expected);
    }
  }

  @Test
  void everySampleRegion_isShownInTheDocs() throws IOException {
    Set<String> shown = new HashSet<>();
    for (Path page : pages()) {
      CodeSamples.references(read(page)).forEach(r -> shown.add(r.toString()));
    }
    Set<String> regions = new TreeSet<>();
    try (Stream<Path> files = Files.list(SAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith("Guide.java")).toList()) {
        String path = SOURCES.relativize(file).toString().replace('\\', '/');
        CodeSamples.regions(read(file)).keySet().forEach(name -> regions.add(path + "#" + name));
      }
    }
    assertThat(regions).as("sample regions no page shows").isSubsetOf(shown);
  }

  @Test
  void excerptsInTheDocs_areWhatTheFilesHold() throws IOException {
    int checked = 0;
    for (Path page : pages()) {
      Matcher m = EXCERPT.matcher(read(page));
      while (m.find()) {
        Path quoted = ROOT.resolve(m.group(1));
        JsonNode file = (quoted.toString().endsWith(".json") ? JSON : YAML).readTree(read(quoted));
        String pointer = m.group(2) == null ? "" : m.group(2);
        JsonNode excerpt = (m.group(3).equals("json") ? JSON : YAML).readTree(m.group(4));
        assertThat(excerpt)
            .as("%s quotes %s#%s", page, m.group(1), pointer)
            .isEqualTo(file.at(pointer));
        checked++;
      }
    }
    assertThat(checked).as("excerpts found").isPositive();
  }

  @Test
  void commandLinesInTheDocs_areAcceptedByDvc() throws IOException {
    int checked = 0;
    for (Path page : pages()) {
      Matcher m = SHELL.matcher(read(page));
      while (m.find()) {
        for (String line : m.group(1).split("\n")) {
          if (!line.startsWith("./dvc ")) {
            continue;
          }
          List<String> args = words(line.substring("./dvc ".length()));
          // configured as Dvc.run configures it
          CommandLine dvc = new CommandLine(Dvc.class).setCaseInsensitiveEnumValuesAllowed(true);
          assertThatCode(() -> dvc.parseArgs(args.toArray(String[]::new)))
              .as("%s: %s", page, line)
              .doesNotThrowAnyException();
          checked++;
        }
      }
    }
    assertThat(checked).as("command lines found").isPositive();
  }

  @Test
  void linksInTheDocs_leadToFilesAndSectionsThatExist() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path page : pages()) {
      Matcher m = LINK.matcher(withoutCode(read(page)));
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("^[a-z]+:.*")) {
          continue; // https:, mailto:
        }
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
          broken.add(page + ": " + target);
        } else if (hash >= 0 && resolved.toString().endsWith(".md")) {
          if (!anchors(read(resolved)).contains(target.substring(hash + 1))) {
            broken.add(page + ": " + target + " (no such section)");
          }
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  /** The page without its fenced blocks, where brackets are code, not links. */
  private static String withoutCode(String page) {
    return page.replaceAll("(?s)```.*?```", "");
  }

  /** The anchors of a page: GitHub's for each heading, and explicit {@code <a id>}s. */
  private static Set<String> anchors(String page) {
    Set<String> anchors = new HashSet<>();
    for (String line : withoutCode(page).split("\n")) {
      if (line.startsWith("#")) {
        String heading = line.replaceFirst("^#+\\s*", "").toLowerCase(java.util.Locale.ROOT);
        anchors.add(heading.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
      }
    }
    Matcher ids = Pattern.compile("<a id=\"([^\"]+)\"></a>").matcher(page);
    while (ids.find()) {
      anchors.add(ids.group(1));
    }
    return anchors;
  }

  /** The words of a command line, up to a comment, pipe or redirection; quotes group words. */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    for (char c : line.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#' || c == '|' || c == '>' || c == '&' || c == ';') {
        break;
      } else if (Character.isWhitespace(c)) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }
}
