package org.opendvc.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendvc.forms.TestForms.codes;
import static org.opendvc.forms.TestForms.minimalWith;

import org.junit.jupiter.api.Test;
import org.opendvc.core.Language;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;

/** What loading reports about expressions: compiled and type-checked once, at load. */
class ExpressionDiagnosticsTest {

  private static Diagnostic only(Validated<FormDefinition> loaded, String code) {
    return loaded.diagnostics().stream()
        .filter(d -> d.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + codes(loaded)));
  }

  @Test
  void load_whenAnExpressionDoesNotParse_reportsSyntaxAtItsMember() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "x", "type": "TEXT", "label": {"vi": "X", "en": "X"}, "relevant": "answer == 'YES' &&"}""");

    Diagnostic syntax = only(loaded, "FORM_EXPR_SYNTAX");
    assertThat(syntax.pointer()).isEqualTo("/sections/0/fields/2/relevant");
    assertThat(syntax.position()).isNotNull();
    assertThat(syntax.message().get(Language.EN)).contains("relevant").contains("\"x\"");
    assertThat(loaded.value()).isEmpty();
  }

  @Test
  void load_whenAnExpressionHasATypeError_reportsIt() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "x", "type": "TEXT", "label": {"vi": "X", "en": "X"}, "relevant": "name + 1 == 'a'"}""");

    assertThat(only(loaded, "FORM_EXPR_TYPE").message().get(Language.EN))
        .contains("no matching overload");
  }

  @Test
  void load_whenAnExpressionNamesAnUnknownField_reportsEachName() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "x", "type": "TEXT", "label": {"vi": "X", "en": "X"},
             "required": "nmae != '' || answered(anwser)"}""");

    assertThat(loaded.diagnostics())
        .filteredOn(d -> d.code().equals("FORM_EXPR_UNKNOWN_FIELD"))
        .extracting(d -> d.message().get(Language.EN))
        .anySatisfy(m -> assertThat(m).contains("\"nmae\""));
  }

  @Test
  void load_whenAnsweredNamesAnUnknownField_reportsIt() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "x", "type": "TEXT", "label": {"vi": "X", "en": "X"}, "required": "answered(nobody)"}""");

    assertThat(only(loaded, "FORM_EXPR_UNKNOWN_FIELD").message().get(Language.EN))
        .contains("\"nobody\"");
  }

  @Test
  void load_whenAnsweredIsGivenSomethingElseThanAField_reportsSyntax() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "x", "type": "TEXT", "label": {"vi": "X", "en": "X"}, "required": "answered('name')"}""");

    assertThat(only(loaded, "FORM_EXPR_SYNTAX").message().get(Language.EN)).contains("answered()");
  }

  @Test
  void load_whenATopLevelExpressionReadsAGroupsField_explainsWhere() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "kids", "type": "GROUP", "label": {"vi": "Con", "en": "Children"}, "fields": [
              {"id": "kidName", "type": "TEXT", "label": {"vi": "Tên con", "en": "Child's name"}}]}""",
            """
            {"id": "x", "type": "TEXT", "label": {"vi": "X", "en": "X"}, "relevant": "kidName != ''"}""");

    assertThat(only(loaded, "FORM_EXPR_UNKNOWN_FIELD").message().get(Language.EN))
        .contains("kids[].{kidName}");
  }

  @Test
  void load_whenAConditionIsNotBoolean_reportsWrongResultType() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "x", "type": "TEXT", "label": {"vi": "X", "en": "X"}, "readOnly": "name"}""");

    assertThat(only(loaded, "FORM_EXPR_WRONG_RESULT_TYPE").message().get(Language.EN))
        .contains("readOnly")
        .contains("bool")
        .contains("string");
  }

  @Test
  void load_whenACalculationGivesTheWrongType_reportsIt() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "x", "type": "DATE", "label": {"vi": "X", "en": "X"}, "calculate": "name"}""");

    assertThat(codes(loaded)).contains("FORM_EXPR_WRONG_RESULT_TYPE");
  }

  @Test
  void load_whenADefaultGivesTheWrongType_reportsIt() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "x", "type": "BOOLEAN", "label": {"vi": "X", "en": "X"}, "default": "'yes'"}""");

    assertThat(codes(loaded)).contains("FORM_EXPR_WRONG_RESULT_TYPE");
  }

  @Test
  void load_whenAConstraintDoesNotCompile_pointsAtTheConstraint() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "x", "type": "NUMBER", "label": {"vi": "X", "en": "X"},
             "constraints": [{"expression": "x > 'a'", "message": {"vi": "Sai", "en": "Wrong"}}]}""");

    assertThat(only(loaded, "FORM_EXPR_TYPE").pointer())
        .isEqualTo("/sections/0/fields/2/constraints/0/expression");
  }

  @Test
  void load_whenTwoFieldsCalculateFromEachOther_reportsTheCycle() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "a", "type": "NUMBER", "label": {"vi": "A", "en": "A"}, "calculate": "b + 1.0"}""",
            """
            {"id": "b", "type": "NUMBER", "label": {"vi": "B", "en": "B"}, "calculate": "a + 1.0"}""");

    assertThat(only(loaded, "FORM_DEPENDENCY_CYCLE").message().get(Language.EN))
        .contains("a → b → a");
    assertThat(loaded.value()).isEmpty();
  }

  @Test
  void load_whenAFieldIsRelevantOnItsOwnValue_reportsTheCycle() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "a", "type": "TEXT", "label": {"vi": "A", "en": "A"}, "relevant": "a == ''"}""");

    assertThat(codes(loaded)).contains("FORM_DEPENDENCY_CYCLE");
  }

  @Test
  void load_whenASectionIsRelevantOnItsOwnField_reportsTheCycle() {
    Validated<FormDefinition> loaded =
        TestForms.load(
            "minimal.json",
            tree ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("sections").get(0))
                    .put("relevant", "answer == 'YES'"));

    assertThat(codes(loaded)).contains("FORM_DEPENDENCY_CYCLE");
  }

  @Test
  void load_whenAGroupFieldReadsWhatReadsTheGroup_reportsTheCycle() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "count", "type": "NUMBER", "label": {"vi": "Số con", "en": "Children"}, "calculate": "double(size(kids))"}""",
            """
            {"id": "kids", "type": "GROUP", "label": {"vi": "Con", "en": "Children"}, "fields": [
              {"id": "kidName", "type": "TEXT", "label": {"vi": "Tên con", "en": "Child's name"}, "relevant": "count > 1.0"}]}""");

    assertThat(only(loaded, "FORM_DEPENDENCY_CYCLE").message().get(Language.EN))
        .contains("count")
        .contains("kids");
  }

  @Test
  void load_whenRequiredOrConstraintReadsEachOther_isNoCycle() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "a", "type": "TEXT", "label": {"vi": "A", "en": "A"}, "required": "!answered(b)"}""",
            """
            {"id": "b", "type": "TEXT", "label": {"vi": "B", "en": "B"}, "required": "!answered(a)",
             "constraints": [{"expression": "a != b", "message": {"vi": "Khác nhau", "en": "Must differ"}}]}""");

    assertThat(loaded.errors()).isEmpty();
  }

  @Test
  void load_whenAFieldCanNeverBeShown_warnsUnreachable() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "never", "type": "TEXT", "label": {"vi": "Không", "en": "Never"}, "relevant": "1 > 2"}""");

    assertThat(loaded.errors()).isEmpty();
    assertThat(only(loaded, "FORM_FIELD_UNREACHABLE").message().get(Language.EN)).contains("never");
  }

  @Test
  void load_whenASectionCanNeverBeShown_warnsOnceForTheSection() {
    Validated<FormDefinition> loaded =
        TestForms.load(
            "minimal.json",
            tree ->
                ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("sections").get(0))
                    .put("relevant", false));

    assertThat(loaded.diagnostics())
        .filteredOn(d -> d.code().equals("FORM_FIELD_UNREACHABLE"))
        .singleElement()
        .extracting(Diagnostic::pointer)
        .isEqualTo("/sections/0/relevant");
  }

  @Test
  void load_whenARelevanceReadsTheDate_isNotConstant() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "later", "type": "TEXT", "label": {"vi": "Sau", "en": "Later"}, "relevant": "today > date('2100-01-01')"}""");

    assertThat(codes(loaded)).doesNotContain("FORM_FIELD_UNREACHABLE");
  }

  // Hostile definitions: they must fail at load, quickly, with a diagnostic.

  @Test
  void load_whenAnExpressionIsHuge_reportsTooLongWithoutParsingIt() {
    String huge = "name + ".repeat(50_000) + "name";
    Validated<FormDefinition> loaded =
        minimalWith(
            "{\"id\": \"x\", \"type\": \"TEXT\", \"label\": {\"vi\": \"X\", \"en\": \"X\"}, \"calculate\": \""
                + huge
                + "\"}");

    assertThat(only(loaded, "FORM_EXPR_TOO_LONG").message().get(Language.EN)).contains("1000");
  }

  @Test
  void load_whenAnExpressionIsNestedTooDeep_reportsSyntaxNotAStackOverflow() {
    String deep = "(".repeat(400) + "true" + ")".repeat(400);
    Validated<FormDefinition> loaded =
        minimalWith(
            "{\"id\": \"x\", \"type\": \"TEXT\", \"label\": {\"vi\": \"X\", \"en\": \"X\"}, \"relevant\": \""
                + deep
                + "\"}");

    assertThat(only(loaded, "FORM_EXPR_SYNTAX").message().get(Language.EN)).contains("recursion");
  }

  @Test
  void load_whenARegularExpressionIsInvalidOrTooLarge_reportsIt() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "x", "type": "TEXT", "label": {"vi": "X", "en": "X"},
             "constraints": [{"expression": "x.matches('(unclosed')", "message": {"vi": "Sai", "en": "Bad"}}]}""",
            """
            {"id": "y", "type": "TEXT", "label": {"vi": "Y", "en": "Y"},
             "constraints": [{"expression": "y.matches('(a{1,100}){1,100}')", "message": {"vi": "Sai", "en": "Bad"}}]}""");

    assertThat(loaded.diagnostics())
        .filteredOn(d -> d.code().equals("FORM_EXPR_INVALID_REGEX"))
        .hasSize(2);
  }

  @Test
  void load_whenADateLiteralIsInvalid_reportsIt() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "x", "type": "DATE", "label": {"vi": "X", "en": "X"},
             "constraints": [{"expression": "x > date('2025-02-30')", "message": {"vi": "Sai", "en": "Bad"}}]}""");

    assertThat(only(loaded, "FORM_EXPR_INVALID_DATE").message().get(Language.EN))
        .contains("2025-02-30");
  }
}
