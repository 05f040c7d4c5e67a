package org.opendvc.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CodeSamplesTest {
  private static final String SOURCE =
      String.join(
          "\n",
          "class Guide {",
          "  void load() {",
          "    // [START outer]",
          "    int a = 1;",
          "",
          "    // [START inner]",
          "    int b = a + 1;",
          "    // [END inner]",
          "    // [END outer]",
          "  }",
          "}",
          "");
  private static final Function<String, String> SOURCES =
      path -> {
        if (!path.equals("org/example/Guide.java")) {
          throw new IllegalArgumentException("no such source " + path);
        }
        return SOURCE;
      };

  @Test
  void regions_areDedentedAndLeaveOutTheMarkersOfNestedRegions() {
    Map<String, String> regions = CodeSamples.regions(SOURCE);

    assertThat(regions)
        .containsEntry("inner", "int b = a + 1;\n")
        .containsEntry("outer", "int a = 1;\n\nint b = a + 1;\n");
  }

  @Test
  void regions_whenARegionIsNotClosed_refusesTheSource() {
    assertThatThrownBy(() -> CodeSamples.regions("// [START a]\nx();\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[a]");
  }

  @Test
  void regions_whenARegionIsClosedWithoutBeingOpened_namesTheLine() {
    assertThatThrownBy(() -> CodeSamples.regions("x();\n// [END a]\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Line 2");
  }

  @Test
  void regions_whenANameIsUsedTwice_refusesTheSource() {
    assertThatThrownBy(
            () -> CodeSamples.regions("// [START a]\n// [END a]\n// [START a]\n// [END a]\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("opened twice");
  }

  @Test
  void include_replacesAStaleBlockWithItsRegion() {
    String page =
        "Intro.\n\n<!-- sample: org/example/Guide.java#inner -->\n```java\nold();\n```\n\nEnd.\n";

    assertThat(CodeSamples.include(page, SOURCES))
        .isEqualTo(
            "Intro.\n\n<!-- sample: org/example/Guide.java#inner -->\n"
                + "```java\nint b = a + 1;\n```\n\nEnd.\n");
  }

  @Test
  void include_whenTheMarkerHasNoBlockYet_addsOne_andIsStableAfterwards() {
    String page = "- In a list:\n  <!-- sample: org/example/Guide.java#outer -->\n\nEnd.\n";

    String once = CodeSamples.include(page, SOURCES);

    assertThat(once)
        .isEqualTo(
            "- In a list:\n  <!-- sample: org/example/Guide.java#outer -->\n"
                + "  ```java\n  int a = 1;\n\n  int b = a + 1;\n  ```\n\nEnd.\n");
    assertThat(CodeSamples.include(once, SOURCES)).isEqualTo(once);
  }

  @Test
  void include_fencesTheBlockWithTheSourcesExtension() {
    String page = "<!-- sample: rules/age.drl#inner -->\n```drl\nold\n```\n";

    assertThat(CodeSamples.include(page, path -> SOURCE))
        .isEqualTo("<!-- sample: rules/age.drl#inner -->\n```drl\nint b = a + 1;\n```\n");
  }

  @Test
  void include_whenTheRegionDoesNotExist_namesTheMarkerLine() {
    String page = "\n<!-- sample: org/example/Guide.java#missing -->\n";

    assertThatThrownBy(() -> CodeSamples.include(page, SOURCES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Line 2")
        .hasMessageContaining("missing");
  }

  @Test
  void references_listEveryMarkerWithItsLine() {
    String page = "a\n<!-- sample: org/example/Guide.java#inner -->\n```java\n```\n";

    assertThat(CodeSamples.references(page))
        .containsExactly(new CodeSamples.Reference("org/example/Guide.java", "inner", 2));
  }

  @Test
  void unmarkedJavaBlocks_findsJavaBlocksWithoutAMarker_butNotOtherLanguages() {
    String page =
        String.join(
            "\n",
            "```java",
            "unmarked();",
            "```",
            "<!-- sample: org/example/Guide.java#inner -->",
            "```java",
            "marked();",
            "```",
            "```sh",
            "./dvc validate",
            "```",
            "```",
            "```java",
            "```",
            "");

    assertThat(CodeSamples.unmarkedJavaBlocks(page)).containsExactly(1);
  }
}
