package org.opendvc.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.opendvc.core.json.JsonDocument;

/** Reads the fixtures under {@code src/test/resources} and the shared example catalogue. */
public final class Fixtures {
  /** The example catalogue shipped with the project, relative to the sdk-core module. */
  public static final Path EXAMPLE_CATALOG = Path.of("..", "examples", "catalog");

  private Fixtures() {}

  /** The text of a classpath resource, such as {@code /dvcqg/1.001193.package.json}. */
  public static String text(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      Objects.requireNonNull(in, "no resource " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file behind a classpath resource. */
  public static Path path(String resource) {
    URL url = Objects.requireNonNull(Fixtures.class.getResource(resource), resource);
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(resource, e);
    }
  }

  /** A resource parsed as a located JSON document named like the resource. */
  public static JsonDocument document(String resource) {
    return JsonDocument.parse(text(resource), resource).orElseThrow();
  }

  /** JSON text parsed as a located document named {@code file}. */
  public static JsonDocument json(String text, String file) {
    return JsonDocument.parse(text, file).orElseThrow();
  }

  /** Every file of the example catalogue, sorted. */
  public static List<Path> exampleCatalogFiles() {
    try (Stream<Path> files = java.nio.file.Files.list(EXAMPLE_CATALOG)) {
      List<Path> list =
          files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
      if (list.isEmpty()) {
        throw new IllegalStateException("no example catalogue at " + EXAMPLE_CATALOG);
      }
      return list;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
