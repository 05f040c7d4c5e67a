package org.opendvc.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.TestForms;
import org.opendvc.forms.internal.FieldState.Visibility;

/** The evaluator behind validation, prefill planning and the burden estimate. */
class FormEvaluatorTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
  private static final FormDefinition allTypes = TestForms.valid("all-types.json");

  private static Evaluation finalOf(FormDefinition form, String data) {
    return FormEvaluator.evaluate(
        form, TestForms.json(data), TODAY, FormEvaluator.Mode.FINAL, true);
  }

  private static Evaluation partialOf(FormDefinition form, String data) {
    return FormEvaluator.evaluate(
        form, TestForms.json(data), TODAY, FormEvaluator.Mode.PARTIAL, false);
  }

  @Test
  void relevant_whenFalse_hidesTheFieldAndDropsItsValue() {
    Evaluation e =
        finalOf(allTypes, "{\"relationship\": \"PARENT\", \"relationshipOther\": \"aunt\"}");

    assertThat(e.state("relationshipOther").visibility()).isEqualTo(Visibility.HIDDEN);
    assertThat(e.state("relationshipOther").value()).isNull();
    assertThat(e.accepted().has("relationshipOther")).isFalse();
  }

  @Test
  void relevant_whenTrue_keepsTheValue() {
    Evaluation e =
        finalOf(allTypes, "{\"relationship\": \"OTHER\", \"relationshipOther\": \" aunt \"}");

    assertThat(e.state("relationshipOther").isShown()).isTrue();
    assertThat(e.accepted().get("relationshipOther").asText()).isEqualTo("aunt");
  }

  @Test
  void relevant_ofASection_appliesToItsFields() {
    // children section: relevant "!adult || income > 0.0"; adult is calculated from the date of
    // birth.
    Evaluation adult =
        finalOf(
            allTypes, "{\"dateOfBirth\": \"1990-01-01\", \"children\": [{\"childName\": \"A\"}]}");
    Evaluation minor =
        finalOf(
            allTypes, "{\"dateOfBirth\": \"2015-01-01\", \"children\": [{\"childName\": \"A\"}]}");

    assertThat(adult.state("children").visibility()).isEqualTo(Visibility.HIDDEN);
    assertThat(adult.accepted().has("children")).isFalse();
    assertThat(minor.state("children").isShown()).isTrue();
    assertThat(minor.state("children[0].childName").isShown()).isTrue();
  }

  @Test
  void calculate_isRecomputedAndWhatTheClientSentIsIgnored() {
    Evaluation e =
        finalOf(allTypes, "{\"dateOfBirth\": \"2000-07-02\", \"age\": 99, \"adult\": false}");

    assertThat(e.accepted().get("age").asDouble()).isEqualTo(24.0);
    assertThat(e.accepted().get("adult").asBoolean()).isTrue();
  }

  @Test
  void calculate_inAGroup_readsItsSiblingsAndTheDate() {
    Evaluation e =
        finalOf(
            allTypes,
            "{\"dateOfBirth\": \"2015-01-01\", \"children\": [{\"childName\": \"A\", \"childDateOfBirth\": \"2022-01-01\"}, {\"childName\": \"B\", \"childDateOfBirth\": \"2018-01-01\"}]}");

    assertThat(e.state("children[0].childUnder6").json().asBoolean()).isTrue();
    assertThat(e.state("children[1].childUnder6").json().asBoolean()).isFalse();
    assertThat(e.state("children[0].childSchool").visibility()).isEqualTo(Visibility.HIDDEN);
    assertThat(e.state("children[1].childSchool").isShown()).isTrue();
  }

  @Test
  void required_literalAndExpression_areEvaluated() {
    Evaluation withoutEmail = finalOf(allTypes, "{}");
    Evaluation withEmail = finalOf(allTypes, "{\"email\": \"a@b.vn\"}");

    assertThat(withoutEmail.state("fullName").isRequired()).isTrue();
    assertThat(withoutEmail.state("phone").isRequired()).isTrue();
    assertThat(withEmail.state("phone").isRequired()).isFalse();
    assertThat(withoutEmail.state("note").isRequired()).isFalse();
  }

  @Test
  void readOnly_literalAndExpression_areEvaluated() {
    Evaluation e = finalOf(allTypes, "{}");

    assertThat(e.state("personalIdNumber").isReadOnly()).isTrue();
    assertThat(e.state("proof").isReadOnly()).isFalse();
  }

  @Test
  void constraint_isCheckedOnlyWhenAnswered() {
    Evaluation future = finalOf(allTypes, "{\"dateOfBirth\": \"2030-01-01\"}");
    Evaluation empty = finalOf(allTypes, "{}");

    assertThat(future.state("dateOfBirth").failedConstraints()).hasSize(1);
    assertThat(empty.state("dateOfBirth").failedConstraints()).isEmpty();
  }

  @Test
  void constraint_inAGroup_readsTheFormAndTheItem() {
    Evaluation e =
        finalOf(
            allTypes,
            "{\"dateOfBirth\": \"2015-01-01\", \"children\": [{\"childName\": \"A\", \"childDateOfBirth\": \"2010-01-01\"}]}");

    assertThat(e.state("children[0].childDateOfBirth").failedConstraints()).hasSize(1);
  }

  @Test
  void defaults_areGivenToUnansweredFieldsOnTheTypicalPath() {
    Evaluation e =
        FormEvaluator.withDefaults(
            allTypes,
            TestForms.json("{\"dateOfBirth\": \"2015-01-01\", \"children\": [{}]}"),
            TODAY);

    assertThat(e.state("children[0].childSchool").json().asText()).isEqualTo("Trường Tiểu học");
  }

  @Test
  void partial_whenRelevanceReadsAnUnknownAnswer_isUndecided() {
    Evaluation unknown = partialOf(allTypes, "{}");
    Evaluation known = partialOf(allTypes, "{\"relationship\": \"PARENT\"}");

    assertThat(unknown.state("relationshipOther").visibility()).isEqualTo(Visibility.UNDECIDED);
    assertThat(known.state("relationshipOther").visibility()).isEqualTo(Visibility.HIDDEN);
  }

  @Test
  void final_whenAnExpressionReadsAnUnansweredNumber_isUndecidedAndCountsAsFalse() {
    FormDefinition form =
        TestForms.minimalWith(
                """
                {"id": "income", "type": "MONEY", "label": {"vi": "Thu nhập", "en": "Income"}}""",
                """
                {"id": "proof", "type": "TEXT", "label": {"vi": "Chứng từ", "en": "Proof"}, "relevant": "income > 1000"}""")
            .orElseThrow();

    assertThat(finalOf(form, "{}").state("proof").visibility()).isEqualTo(Visibility.HIDDEN);
    assertThat(finalOf(form, "{\"income\": 5000}").state("proof").isShown()).isTrue();
  }

  @Test
  void unknownMembersAndWrongTypes_areProblemsAtTheirPaths() {
    Evaluation e =
        finalOf(
            allTypes,
            "{\"nope\": 1, \"income\": \"lots\", \"dateOfBirth\": \"01/02/2000\", \"children\": [{\"zz\": 1}]}");

    assertThat(e.problems())
        .extracting(p -> p.path() + ":" + p.kind().code())
        .contains(
            "nope:FORM_VALUE_UNKNOWN_FIELD",
            "income:FORM_VALUE_WRONG_TYPE",
            "dateOfBirth:FORM_VALUE_DATE_MALFORMED",
            "children[0].zz:FORM_VALUE_UNKNOWN_FIELD");
  }

  // Hostile definitions that load but would blow up at evaluation stop with a failure.

  @Test
  void aChainOfDoublingCalculations_stopsAtTheStringLimit() {
    String[] fields =
        IntStream.range(0, 25)
            .mapToObj(
                i ->
                    "{\"id\": \"s"
                        + i
                        + "\", \"type\": \"LONG_TEXT\", \"label\": {\"vi\": \"S\", \"en\": \"S\"}, \"calculate\": \""
                        + (i == 0 ? "name + name" : "s" + (i - 1) + " + s" + (i - 1))
                        + "\"}")
            .toArray(String[]::new);
    FormDefinition form = TestForms.minimalWith(fields).orElseThrow();

    Evaluation e = finalOf(form, "{\"name\": \"" + "x".repeat(200) + "\"}");

    assertThat(e.failures()).isNotEmpty();
    assertThat(e.failures().get(0).reason()).contains("10000");
    assertThat(e.accepted().path("s24").isMissingNode()).isTrue();
  }

  @Test
  void nestedComprehensions_stopAtTheIterationBudget() {
    String list =
        IntStream.range(0, 40)
            .mapToObj(Integer::toString)
            .collect(Collectors.joining(",", "[", "]"));
    FormDefinition form =
        TestForms.minimalWith(
                "{\"id\": \"x\", \"type\": \"TEXT\", \"label\": {\"vi\": \"X\", \"en\": \"X\"}, \"relevant\": \""
                    + list
                    + ".all(a, "
                    + list
                    + ".all(b, a >= 0))\"}")
            .orElseThrow();

    Evaluation e = finalOf(form, "{}");

    assertThat(e.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("1000 iterations"));
    // A failing relevance keeps the field shown, so its data is checked, not silently dropped.
    assertThat(e.state("x").isShown()).isTrue();
  }

  @Test
  void failureMessages_neverQuoteAnswers() {
    FormDefinition form =
        TestForms.minimalWith(
                """
                {"id": "n", "type": "NUMBER", "label": {"vi": "N", "en": "N"}, "calculate": "double(int(name))"}""")
            .orElseThrow();

    Evaluation e = finalOf(form, "{\"name\": \"Nguyễn Secret\"}");

    assertThat(e.failures())
        .singleElement()
        .satisfies(f -> assertThat(f.reason()).doesNotContain("Secret"));
  }

  @Test
  void fieldStates_neverShowValues() {
    Evaluation e = finalOf(allTypes, "{\"fullName\": \"Nguyễn Văn Secret\"}");
    JsonNode value = e.state("fullName").json();

    assertThat(value.asText()).contains("Secret");
    assertThat(e.state("fullName").toString()).doesNotContain("Secret").contains("***");
  }
}
