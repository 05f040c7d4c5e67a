package org.opendvc.core.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.json.JsonDocument;

/** The examples in {@code docs/places.md} are datasets that load without a problem. */
class PlacesDocTest {
  private static final Path PAGE = Path.of("..", "docs", "places.md");

  private static List<String> blocks(String language) throws IOException {
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(page);
    List<String> blocks = new ArrayList<>();
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  @Test
  void csvExample_loadsWithoutProblems() throws IOException {
    List<String> csv = blocks("csv");
    assertThat(csv).hasSize(1);

    Validated<AdministrativeUnits> read = AdministrativeUnits.readCsv(csv.get(0), "places.md");

    assertThat(read.diagnostics()).isEmpty();
    assertThat(read.orElseThrow().commune("22888").orElseThrow().mergedFrom()).hasSize(2);
  }

  @Test
  void jsonExample_loadsWithoutProblems() throws IOException {
    List<String> json = blocks("json");
    assertThat(json).hasSize(1);

    Validated<AdministrativeUnits> read =
        AdministrativeUnits.readJson(JsonDocument.parse(json.get(0), "places.md").orElseThrow());

    assertThat(read.diagnostics()).isEmpty();
    assertThat(read.orElseThrow().commune("22888").orElseThrow().mergedFrom()).hasSize(2);
  }
}
