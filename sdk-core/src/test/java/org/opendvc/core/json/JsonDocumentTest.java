package org.opendvc.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.SourcePosition;
import org.opendvc.core.diagnostic.Validated;

class JsonDocumentTest {
  @TempDir Path dir;

  private static final String PROCEDURE =
      String.join(
          "\n",
          "{",
          "  \"code\": \"1.001193\",",
          "  \"name\": {\"vi\": \"Đăng ký khai sinh\"},",
          "  \"cases\": [",
          "    {",
          "      \"documents\": [",
          "        {\"name\": {\"vi\": \"Tờ khai\"}},",
          "        \"not an object\"",
          "      ]",
          "    }",
          "  ],",
          "  \"a/b\": 1,",
          "  \"t~\": 2",
          "}");

  private static Diagnostic onlyDiagnostic(Validated<JsonDocument> parsed) {
    assertThat(parsed.value()).isEmpty();
    assertThat(parsed.diagnostics()).hasSize(1);
    return parsed.diagnostics().get(0);
  }

  @Test
  void parse_wellFormedJson_givesTheTreeAndTheFileName() {
    JsonDocument doc = JsonDocument.parse(PROCEDURE, "birth.json").orElseThrow();

    assertThat(doc.file()).isEqualTo("birth.json");
    assertThat(doc.root().get("code").asText()).isEqualTo("1.001193");
  }

  @Test
  void parse_keepsNumbersExactlyAsWritten() {
    JsonDocument doc =
        JsonDocument.parse("{\"a\": 1.50, \"b\": 0.1, \"c\": 5E+4}", null).orElseThrow();

    assertThat(doc.root().get("a").decimalValue()).isEqualTo(new BigDecimal("1.50"));
    assertThat(doc.root().get("b").decimalValue()).isEqualTo(new BigDecimal("0.1"));
    assertThat(doc.root().get("c").decimalValue()).isEqualTo(new BigDecimal("5E+4"));
  }

  @Test
  void parse_malformedJson_isADiagnosticWithLineAndColumnNotAStackTrace() {
    String text = "{\n  \"code\": \"1.001193\",\n  \"name\": \n}";

    Diagnostic d = onlyDiagnostic(JsonDocument.parse(text, "broken.json"));

    assertThat(d.code()).isEqualTo("JSON_MALFORMED");
    assertThat(d.isError()).isTrue();
    assertThat(d.file()).isEqualTo("broken.json");
    assertThat(d.pointer()).isEmpty();
    assertThat(d.position()).isEqualTo(new SourcePosition(4, 1));
    assertThat(d.message().en()).startsWith("Malformed JSON at line 4, column 1: ");
    assertThat(d.message().vi()).startsWith("JSON không hợp lệ tại dòng 4, cột 1: ");
    assertThat(d.message().en())
        .doesNotContain("\n")
        .doesNotContain("[Source")
        .doesNotContain("com.fasterxml")
        .doesNotContain("Exception");
  }

  @Test
  void parse_missingComma_pointsAtTheUnexpectedToken() {
    Diagnostic d = onlyDiagnostic(JsonDocument.parse("{\"a\": 1\n  \"b\": 2}", null));

    assertThat(d.code()).isEqualTo("JSON_MALFORMED");
    assertThat(d.position()).isEqualTo(new SourcePosition(2, 3));
  }

  @Test
  void parse_unterminatedString_isMalformedAtTheEnd() {
    Diagnostic d = onlyDiagnostic(JsonDocument.parse("{\"a\": \"never closed", null));

    assertThat(d.code()).isEqualTo("JSON_MALFORMED");
    assertThat(d.position()).isNotNull();
    assertThat(d.position().line()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n\t \r\n", "\uFEFF", "\uFEFF  \n"})
  void parse_emptyText_isJsonEmptyAtTheStart(String text) {
    Diagnostic d = onlyDiagnostic(JsonDocument.parse(text, "empty.json"));

    assertThat(d.code()).isEqualTo("JSON_EMPTY");
    assertThat(d.file()).isEqualTo("empty.json");
    assertThat(d.position()).isEqualTo(new SourcePosition(1, 1));
  }

  @Test
  void parse_ignoresAByteOrderMark() {
    JsonDocument doc = JsonDocument.parse("\uFEFF{\"a\": 1}", null).orElseThrow();

    assertThat(doc.root().get("a").asInt()).isEqualTo(1);
    assertThat(doc.position("/a")).isEqualTo(new SourcePosition(1, 2));
  }

  @Test
  void parse_duplicateKeys_areMalformedAtTheSecondOne() {
    Diagnostic d = onlyDiagnostic(JsonDocument.parse("{\"a\": 1,\n \"a\": 2}", null));

    assertThat(d.code()).isEqualTo("JSON_MALFORMED");
    assertThat(d.message().en()).contains("Duplicate").contains("'a'");
    assertThat(d.position().line()).isEqualTo(2);
  }

  @Test
  void parse_duplicateKeysInANestedObject_areMalformedToo() {
    Diagnostic d =
        onlyDiagnostic(JsonDocument.parse("{\"a\": [{\"vi\": \"x\", \"vi\": \"y\"}]}", null));

    assertThat(d.code()).isEqualTo("JSON_MALFORMED");
  }

  @Test
  void parse_nestingUpToTheLimit_isAccepted() {
    int depth = OpenDvcJson.MAX_NESTING_DEPTH;
    String text = "[".repeat(depth) + "]".repeat(depth);

    assertThat(JsonDocument.parse(text, null).isValid()).isTrue();
  }

  @Test
  void parse_nestingDeeperThanTheLimit_isMalformedNotAStackOverflow() {
    int depth = OpenDvcJson.MAX_NESTING_DEPTH + 1;
    String text = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);

    Diagnostic d = onlyDiagnostic(JsonDocument.parse(text, null));

    assertThat(d.code()).isEqualTo("JSON_MALFORMED");
    assertThat(d.message().en()).contains("depth");
    assertThat(d.position()).isNotNull();
  }

  @Test
  void parse_aStringOfTheMaximumLength_isAccepted() {
    String text = "[\"" + "a".repeat(OpenDvcJson.MAX_STRING_LENGTH) + "\"]";

    assertThat(JsonDocument.parse(text, null).isValid()).isTrue();
  }

  @Test
  void parse_aStringLongerThanTheLimit_isMalformed() {
    String text = "{\"a\": \"" + "a".repeat(OpenDvcJson.MAX_STRING_LENGTH + 1) + "\"}";

    Diagnostic d = onlyDiagnostic(JsonDocument.parse(text, null));

    assertThat(d.code()).isEqualTo("JSON_MALFORMED");
    assertThat(d.message().en()).contains("length");
    assertThat(d.position()).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"{} {}", "{}\n[]", "{} x", "{}}", "1 2"})
  void parse_trailingContent_isMalformed(String text) {
    Diagnostic d = onlyDiagnostic(JsonDocument.parse(text, null));

    assertThat(d.code()).isEqualTo("JSON_MALFORMED");
    assertThat(d.position()).isNotNull();
  }

  @Test
  void parse_trailingWhitespace_isFine() {
    assertThat(JsonDocument.parse("{}  \n\n", null).isValid()).isTrue();
  }

  @Test
  void position_locatesMembersAtTheirName() {
    JsonDocument doc = JsonDocument.parse(PROCEDURE, null).orElseThrow();

    assertThat(doc.position("/code")).isEqualTo(new SourcePosition(2, 3));
    assertThat(doc.position("/name")).isEqualTo(new SourcePosition(3, 3));
    assertThat(doc.position("/name/vi")).isEqualTo(new SourcePosition(3, 12));
    assertThat(doc.position("/cases")).isEqualTo(new SourcePosition(4, 3));
  }

  @Test
  void position_locatesArrayItemsAtTheirStart() {
    JsonDocument doc = JsonDocument.parse(PROCEDURE, null).orElseThrow();

    assertThat(doc.position("/cases/0")).isEqualTo(new SourcePosition(5, 5));
    assertThat(doc.position("/cases/0/documents/0")).isEqualTo(new SourcePosition(7, 9));
    assertThat(doc.position("/cases/0/documents/0/name")).isEqualTo(new SourcePosition(7, 10));
    assertThat(doc.position("/cases/0/documents/1")).isEqualTo(new SourcePosition(8, 9));
  }

  @Test
  void position_ofTheRoot_isWhereTheDocumentStarts() {
    JsonDocument doc = JsonDocument.parse("\n\n  {\"a\": 1}", null).orElseThrow();

    assertThat(doc.position("")).isEqualTo(new SourcePosition(3, 3));
  }

  @Test
  void position_understandsEscapedNames() {
    JsonDocument doc = JsonDocument.parse(PROCEDURE, null).orElseThrow();

    assertThat(doc.position(JsonPointers.child("", "a/b"))).isEqualTo(new SourcePosition(12, 3));
    assertThat(doc.position(JsonPointers.child("", "t~"))).isEqualTo(new SourcePosition(13, 3));
  }

  @Test
  void position_ofAMissingPointer_fallsBackToTheNearestAncestor() {
    JsonDocument doc = JsonDocument.parse(PROCEDURE, null).orElseThrow();

    assertThat(doc.position("/cases/0/documents/0/originals"))
        .isEqualTo(doc.position("/cases/0/documents/0"));
    assertThat(doc.position("/cases/9/documents")).isEqualTo(doc.position("/cases"));
    assertThat(doc.position("/version")).isEqualTo(doc.position(""));
  }

  @Test
  void position_ofSomethingThatIsNotAPointer_isTheRoot() {
    JsonDocument doc = JsonDocument.parse(PROCEDURE, null).orElseThrow();

    assertThat(doc.position("code")).isEqualTo(doc.position(""));
  }

  @Test
  void locate_fillsFileAndPositionButKeepsWhatIsAlreadyThere() {
    JsonDocument doc = JsonDocument.parse(PROCEDURE, "birth.json").orElseThrow();
    Diagnostic bare = JsonDiagnostics.BLANK.at("/name/vi");
    Diagnostic placed =
        JsonDiagnostics.BLANK
            .at("/code")
            .withFile("other.json")
            .withPosition(new SourcePosition(9, 9));

    List<Diagnostic> located = doc.locate(List.of(bare, placed));

    assertThat(located.get(0).file()).isEqualTo("birth.json");
    assertThat(located.get(0).position()).isEqualTo(new SourcePosition(3, 12));
    assertThat(located.get(1).file()).isEqualTo("other.json");
    assertThat(located.get(1).position()).isEqualTo(new SourcePosition(9, 9));
  }

  @Test
  void read_aFile_namesItByItsLabel() throws IOException {
    Path file = dir.resolve("a.json");
    Files.writeString(file, "{\"a\":\n}", StandardCharsets.UTF_8);

    Diagnostic d = onlyDiagnostic(JsonDocument.read(file, "catalog/a.json"));

    assertThat(d.file()).isEqualTo("catalog/a.json");
    assertThat(d.position()).isEqualTo(new SourcePosition(2, 1));
  }

  @Test
  void read_aFileWithAByteOrderMark_parses() throws IOException {
    Path file = dir.resolve("bom.json");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = "{\"vi\": \"Hộ tịch\"}".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(body, 0, all, bom.length, body.length);
    Files.write(file, all);

    JsonDocument doc = JsonDocument.read(file, "bom.json").orElseThrow();

    assertThat(doc.root().get("vi").asText()).isEqualTo("Hộ tịch");
  }

  @Test
  void read_badUtf8_isUnreadableAtTheFirstBadByte() throws IOException {
    Path file = dir.resolve("latin1.json");
    // "Hộ tịch" written in a legacy single-byte encoding: 0xE9 cannot start a valid sequence here.
    byte[] bytes = "{\n  \"vi\": \"H? t?ch\"\n}".getBytes(StandardCharsets.US_ASCII);
    bytes[12] = (byte) 0xE9;
    Files.write(file, bytes);

    Diagnostic d = onlyDiagnostic(JsonDocument.read(file, "latin1.json"));

    assertThat(d.code()).isEqualTo("JSON_FILE_UNREADABLE");
    assertThat(d.file()).isEqualTo("latin1.json");
    assertThat(d.message().en()).contains("UTF-8");
    assertThat(d.position()).isEqualTo(new SourcePosition(2, 11));
  }

  @Test
  void read_aMissingFile_isUnreadableWithoutAStackTrace() {
    Diagnostic d = onlyDiagnostic(JsonDocument.read(dir.resolve("nothing.json"), "nothing.json"));

    assertThat(d.code()).isEqualTo("JSON_FILE_UNREADABLE");
    assertThat(d.file()).isEqualTo("nothing.json");
    assertThat(d.message().en()).doesNotContain("\n").doesNotContain(dir.toString());
  }

  @Test
  void read_aFileOverTheSizeLimit_isUnreadableWithoutBeingRead() throws IOException {
    Path file = dir.resolve("huge.json");
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(JsonDocument.MAX_FILE_BYTES + 1L);
    }

    Diagnostic d = onlyDiagnostic(JsonDocument.read(file, "huge.json"));

    assertThat(d.code()).isEqualTo("JSON_FILE_UNREADABLE");
    assertThat(d.message().en()).contains("larger than");
  }
}
