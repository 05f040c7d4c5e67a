package org.opendvc.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendvc.core.internal.json.JsonFields.Need.OPTIONAL;
import static org.opendvc.core.internal.json.JsonFields.Need.REQUIRED;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.core.procedure.ChannelKind;

class JsonFieldsTest {
  private final DiagnosticCollector sink = new DiagnosticCollector();

  private JsonFields fields(String json) {
    try {
      JsonNode node = OpenDvcJson.mapper().readTree(json);
      JsonFields f = JsonFields.of(node, "/item", sink);
      assertThat(f).isNotNull();
      return f;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private List<String> reported() {
    return sink.toList().stream().map(d -> d.code() + " " + d.pointer()).toList();
  }

  private Diagnostic only() {
    assertThat(sink.toList()).hasSize(1);
    return sink.toList().get(0);
  }

  @Test
  void of_whenTheNodeIsNotAnObject_reportsWrongType() throws Exception {
    assertThat(JsonFields.of(OpenDvcJson.mapper().readTree("[1]"), "/x", sink)).isNull();

    assertThat(reported()).containsExactly("JSON_WRONG_TYPE /x");
    assertThat(only().message().en()).isEqualTo("Expected object but found array");
  }

  @Test
  void text_trimsAndReturnsTheString() {
    assertThat(fields("{\"a\": \"  Hộ tịch \"}").text("a", REQUIRED)).isEqualTo("Hộ tịch");
    assertThat(sink.isEmpty()).isTrue();
  }

  @Test
  void text_whenRequiredAndMissingOrNull_reportsRequiredMissingAtTheMember() {
    JsonFields f = fields("{\"b\": null}");

    assertThat(f.text("a", REQUIRED)).isNull();
    assertThat(f.text("b", REQUIRED)).isNull();

    assertThat(reported())
        .containsExactly("JSON_REQUIRED_MISSING /item/a", "JSON_REQUIRED_MISSING /item/b");
    assertThat(sink.toList().get(0).message().en()).isEqualTo("Required member \"a\" is missing");
  }

  @Test
  void text_whenOptionalAndMissing_isSilent() {
    assertThat(fields("{}").text("a", OPTIONAL)).isNull();
    assertThat(sink.isEmpty()).isTrue();
  }

  @Test
  void text_whenBlank_reportsBlank() {
    assertThat(fields("{\"a\": \" \\t \"}").text("a", OPTIONAL)).isNull();
    assertThat(reported()).containsExactly("JSON_BLANK /item/a");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"1|number", "true|boolean", "{}|object", "[]|array"})
  void text_whenNotAString_reportsWrongType(String value, String type) {
    assertThat(fields("{\"a\": " + value + "}").text("a", REQUIRED)).isNull();

    assertThat(reported()).containsExactly("JSON_WRONG_TYPE /item/a");
    assertThat(only().message().en()).isEqualTo("Expected string but found " + type);
  }

  @Test
  void localized_readsViAndOptionalEn() {
    assertThat(
            fields("{\"n\": {\"vi\": \"Hộ tịch\", \"en\": \"Civil status\"}}")
                .localized("n", REQUIRED))
        .isEqualTo(LocalizedText.of("Hộ tịch", "Civil status"));
    assertThat(fields("{\"n\": {\"vi\": \"Hộ tịch\"}}").localized("n", REQUIRED))
        .isEqualTo(LocalizedText.of("Hộ tịch"));
    assertThat(sink.isEmpty()).isTrue();
  }

  @Test
  void localized_reportsEveryProblemInside() {
    assertThat(fields("{\"n\": {\"en\": \" \", \"fr\": \"x\"}}").localized("n", REQUIRED)).isNull();

    assertThat(reported())
        .containsExactly(
            "JSON_REQUIRED_MISSING /item/n/vi",
            "JSON_BLANK /item/n/en",
            "JSON_UNKNOWN_PROPERTY /item/n/fr");
  }

  @Test
  void localized_whenAPlainString_reportsWrongType() {
    assertThat(fields("{\"n\": \"Hộ tịch\"}").localized("n", REQUIRED)).isNull();
    assertThat(reported()).containsExactly("JSON_WRONG_TYPE /item/n");
  }

  @Test
  void integer_withinRange() {
    assertThat(fields("{\"n\": 0}").integer("n", REQUIRED, 0, 100)).isZero();
    assertThat(fields("{\"n\": 100}").integer("n", REQUIRED, 0, 100)).isEqualTo(100);
    assertThat(sink.isEmpty()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"-1", "101", "99999999999", "-99999999999999999999999"})
  void integer_outsideTheRange_reportsOutOfRange(String value) {
    assertThat(fields("{\"n\": " + value + "}").integer("n", REQUIRED, 0, 100)).isNull();

    assertThat(reported()).containsExactly("JSON_OUT_OF_RANGE /item/n");
    assertThat(only().message().en()).contains(value).contains("0..100");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"1.5|number", "1.01|number", "\"1\"|string", "true|boolean"})
  void integer_whenNotAnInteger_reportsWrongType(String value, String found) {
    assertThat(fields("{\"n\": " + value + "}").integer("n", REQUIRED, 0, 100)).isNull();

    assertThat(reported()).containsExactly("JSON_WRONG_TYPE /item/n");
    assertThat(only().message().en()).isEqualTo("Expected integer but found " + found);
  }

  @Test
  void integer_writtenWithAZeroFraction_isAnIntegerAsInJsonSchema() {
    assertThat(fields("{\"n\": 1.0}").integer("n", REQUIRED, 0, 100)).isEqualTo(1);
    assertThat(fields("{\"n\": 2.000}").integer("n", REQUIRED, 0, 100)).isEqualTo(2);
    assertThat(fields("{\"n\": 1E+1}").integer("n", REQUIRED, 0, 100)).isEqualTo(10);
    assertThat(sink.isEmpty()).isTrue();
    assertThat(fields("{\"n\": 1E+3}").integer("n", REQUIRED, 0, 100)).isNull();
    assertThat(reported()).containsExactly("JSON_OUT_OF_RANGE /item/n");
  }

  @Test
  void decimal_keepsTheExactValueAndChecksTheMinimum() {
    assertThat(fields("{\"n\": 1.50}").decimal("n", REQUIRED, BigDecimal.ZERO))
        .isEqualTo(new BigDecimal("1.50"));
    assertThat(fields("{\"n\": -0.01}").decimal("n", REQUIRED, BigDecimal.ZERO)).isNull();
    assertThat(fields("{\"n\": \"5\"}").decimal("n", REQUIRED, BigDecimal.ZERO)).isNull();

    assertThat(reported()).containsExactly("JSON_OUT_OF_RANGE /item/n", "JSON_WRONG_TYPE /item/n");
  }

  @Test
  void bool_readsBooleansOnly() {
    assertThat(fields("{\"b\": false}").bool("b", REQUIRED)).isFalse();
    assertThat(fields("{\"b\": \"true\"}").bool("b", REQUIRED)).isNull();
    assertThat(reported()).containsExactly("JSON_WRONG_TYPE /item/b");
  }

  @Test
  void date_readsIsoDates() {
    assertThat(fields("{\"d\": \"2025-07-01\"}").date("d", REQUIRED))
        .isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(sink.isEmpty()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"01/07/2025", "2025-7-1", "2025-02-30", "2025-13-01", "20250701", "2025-07-01T00:00"})
  void date_whenNotAValidIsoDate_reportsInvalidDate(String text) {
    assertThat(fields("{\"d\": \"" + text + "\"}").date("d", REQUIRED)).isNull();

    assertThat(reported()).containsExactly("JSON_INVALID_DATE /item/d");
    assertThat(only().message().en()).contains("\"" + text + "\"").contains("YYYY-MM-DD");
  }

  @Test
  void enumValue_readsTheConstantName() {
    assertThat(fields("{\"k\": \"ONLINE\"}").enumValue("k", ChannelKind.class, REQUIRED))
        .isEqualTo(ChannelKind.ONLINE);
  }

  @Test
  void enumValue_whenUnknown_reportsInvalidValueListingTheAllowedOnes() {
    assertThat(fields("{\"k\": \"online\"}").enumValue("k", ChannelKind.class, REQUIRED)).isNull();

    assertThat(reported()).containsExactly("JSON_INVALID_VALUE /item/k");
    assertThat(only().message().en())
        .isEqualTo("\"online\" is not an allowed value; allowed: IN_PERSON, ONLINE, POSTAL");
  }

  @Test
  void enumValue_whenNotAString_reportsWrongType() {
    assertThat(fields("{\"k\": 2}").enumValue("k", ChannelKind.class, REQUIRED)).isNull();
    assertThat(reported()).containsExactly("JSON_WRONG_TYPE /item/k");
  }

  @Test
  void list_readsEachItemAtItsPointerAndLeavesOutUnusableOnes() {
    List<String> items = fields("{\"l\": [\"a\", 1, \" \", \"b\"]}").textList("l", REQUIRED);

    assertThat(items).containsExactly("a", "b");
    assertThat(reported()).containsExactly("JSON_WRONG_TYPE /item/l/1", "JSON_BLANK /item/l/2");
  }

  @Test
  void list_whenNotAnArray_reportsWrongTypeAndIsEmpty() {
    assertThat(fields("{\"l\": \"a\"}").textList("l", REQUIRED)).isEmpty();
    assertThat(reported()).containsExactly("JSON_WRONG_TYPE /item/l");
  }

  @Test
  void list_whenRequiredAndMissing_reportsRequiredMissing() {
    assertThat(fields("{}").textList("l", REQUIRED)).isEmpty();
    assertThat(reported()).containsExactly("JSON_REQUIRED_MISSING /item/l");
  }

  @Test
  void object_andRead_passThePointerOfTheMember() {
    JsonFields f = fields("{\"o\": {\"x\": \"\"}, \"r\": 5}");

    JsonFields inner = f.object("o", REQUIRED);
    assertThat(inner).isNotNull();
    assertThat(inner.pointer()).isEqualTo("/item/o");
    assertThat(inner.text("x", REQUIRED)).isNull();
    String read = f.read("r", REQUIRED, (node, pointer, s) -> pointer + "=" + node.asInt());
    assertThat(read).isEqualTo("/item/r=5");
    assertThat(reported()).containsExactly("JSON_BLANK /item/o/x");
  }

  @Test
  void has_treatsNullAsAbsent() {
    JsonFields f = fields("{\"a\": null, \"b\": 0}");

    assertThat(f.has("a")).isFalse();
    assertThat(f.has("b")).isTrue();
    assertThat(f.has("c")).isFalse();
  }

  @Test
  void rejectUnknown_suggestsTheClosestKnownName() {
    fields("{\"effectiveForm\": \"2025-01-01\", \"Cases\": []}")
        .rejectUnknown(List.of("effectiveFrom", "effectiveTo", "cases"));

    assertThat(reported())
        .containsExactly(
            "JSON_UNKNOWN_PROPERTY /item/effectiveForm", "JSON_UNKNOWN_PROPERTY /item/Cases");
    assertThat(sink.toList().get(0).message().en())
        .isEqualTo("\"effectiveForm\" is not a member of this format → \"effectiveFrom\"?");
    assertThat(sink.toList().get(1).message().vi())
        .isEqualTo("Trường \"Cases\" không thuộc định dạng này → \"cases\"?");
  }

  @Test
  void rejectUnknown_withoutACloseName_makesNoSuggestion() {
    fields("{\"documentation\": 1}").rejectUnknown(List.of("code", "name"));

    assertThat(only().message().en()).isEqualTo("\"documentation\" is not a member of this format");
  }

  @Test
  void rejectUnknown_doesNotSuggestForVeryShortNames() {
    fields("{\"id\": 1}").rejectUnknown(List.of("kind", "fees"));

    assertThat(only().message().en()).isEqualTo("\"id\" is not a member of this format");
  }

  @Test
  void rejectUnknown_acceptsExtensions() {
    fields("{\"x-source\": \"Law 60/2014/QH13\", \"x-\": {}, \"code\": \"a\"}")
        .rejectUnknown(List.of("code"));

    assertThat(sink.isEmpty()).isTrue();
  }

  @Test
  void rejectUnknown_escapesOddNamesInThePointer() {
    fields("{\"a/b\": 1}").rejectUnknown(List.of("code"));

    assertThat(only().pointer()).isEqualTo("/item/a~1b");
  }
}
