package org.opendvc.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendvc.forms.TestForms.codes;
import static org.opendvc.forms.TestForms.minimalWith;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opendvc.core.Language;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Severity;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.law.Laws;

class FormLoaderTest {

  @Test
  void load_allTypesFixture_hasEveryFieldTypeAndNoError() {
    Validated<FormDefinition> loaded = TestForms.load("all-types.json");

    assertThat(loaded.errors()).isEmpty();
    FormDefinition form = loaded.value().orElseThrow();
    Set<FieldType> types =
        form.allFields().stream()
            .map(Field::type)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(FieldType.class)));
    assertThat(types).containsExactlyInAnyOrder(FieldType.values());
    assertThat(form.procedure().value()).isEqualTo("1.001193");
    assertThat(form.languages()).containsExactlyInAnyOrder(Language.VI, Language.EN);
    assertThat(form.field("children.childName"))
        .get()
        .extracting(Field::path)
        .isEqualTo("children.childName");
    assertThat(form.field("children").orElseThrow().subject()).contains(SubjectRole.CHILD);
    assertThat(form.codeList("relationship").orElseThrow().otherCode()).contains("OTHER");
  }

  @Test
  void contentHash_ignoresFormattingAndMemberOrder_butNotContent() {
    FormDefinition original = TestForms.valid("minimal.json");
    ObjectNode reordered = TestForms.tree("minimal.json");
    ObjectNode copy = reordered.objectNode();
    // Same members, reversed order, printed on one line.
    java.util.List<String> names = new java.util.ArrayList<>();
    reordered.fieldNames().forEachRemaining(names::add);
    java.util.Collections.reverse(names);
    names.forEach(n -> copy.set(n, reordered.get(n)));
    FormDefinition same = FormLoader.standard().load(copy.toString(), "copy").orElseThrow();
    ObjectNode edited = TestForms.tree("minimal.json");
    edited.put("version", "2");
    FormDefinition other = FormLoader.standard().load(edited.toString(), "edited").orElseThrow();

    assertThat(original.contentHash()).startsWith("sha256:").hasSize(71);
    assertThat(same.contentHash()).isEqualTo(original.contentHash());
    assertThat(other.contentHash()).isNotEqualTo(original.contentHash());
  }

  @Test
  void load_whenFileIsNotAForm_reportsFormatUnknown() {
    Validated<FormDefinition> loaded =
        FormLoader.standard().load("{\"code\": \"1.001193\"}", "x.json");

    assertThat(codes(loaded)).containsExactly("FORM_FORMAT_UNKNOWN");
    assertThat(loaded.value()).isEmpty();
  }

  @Test
  void load_whenMembersAreMissingOrUnknown_reportsThemAllWithPositions() {
    Validated<FormDefinition> loaded =
        TestForms.load(
            "minimal.json",
            tree -> {
              tree.remove("title");
              tree.put("titel", "x");
              tree.put("id", "Not An Id");
            });

    assertThat(codes(loaded))
        .contains("JSON_REQUIRED_MISSING", "JSON_UNKNOWN_PROPERTY", "FORM_ID_MALFORMED");
    assertThat(loaded.diagnostics()).allSatisfy(d -> assertThat(d.position()).isNotNull());
    assertThat(loaded.value()).isEmpty();
  }

  @Test
  void load_whenFieldIdsClashOrAreReserved_reportsEach() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "name", "type": "TEXT", "label": {"vi": "Lặp", "en": "Twice"}}""",
            """
            {"id": "today", "type": "DATE", "label": {"vi": "Hôm nay", "en": "Today"}}""",
            """
            {"id": "Bad-Id", "type": "TEXT", "label": {"vi": "Sai", "en": "Bad"}}""");

    assertThat(codes(loaded))
        .contains("FORM_DUPLICATE_FIELD_ID", "FORM_FIELD_ID_RESERVED", "FORM_FIELD_ID_MALFORMED");
  }

  @Test
  void load_whenGroupIsNestedOrEmpty_reportsIt() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "outer", "type": "GROUP", "label": {"vi": "Ngoài", "en": "Outer"}, "fields": [
              {"id": "inner", "type": "GROUP", "label": {"vi": "Trong", "en": "Inner"}, "fields": [
                {"id": "deep", "type": "TEXT", "label": {"vi": "Sâu", "en": "Deep"}}]}]}""",
            """
            {"id": "empty", "type": "GROUP", "label": {"vi": "Rỗng", "en": "Empty"}, "fields": []}""");

    assertThat(codes(loaded)).contains("FORM_NESTED_GROUP", "FORM_GROUP_WITHOUT_FIELDS");
  }

  @Test
  void load_whenOptionDoesNotFitType_warnsAndIgnoresIt() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "born", "type": "DATE", "label": {"vi": "Ngày", "en": "Date"}, "maxLength": 3}""");

    assertThat(loaded.errors()).isEmpty();
    assertThat(codes(loaded)).contains("FORM_OPTION_NOT_FOR_TYPE");
  }

  @Test
  void load_whenLimitsContradict_reportsRangeInvalid() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "amount", "type": "MONEY", "label": {"vi": "Số tiền", "en": "Amount"}, "min": 10, "max": 1}""",
            """
            {"id": "code", "type": "TEXT", "label": {"vi": "Mã", "en": "Code"}, "minLength": 9, "maxLength": 3}""");

    assertThat(codes(loaded)).containsSubsequence("FORM_RANGE_INVALID", "FORM_RANGE_INVALID");
  }

  @Test
  void load_whenChoiceHasNoOrAnUnknownCodeList_reportsIt() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "a", "type": "SINGLE_CHOICE", "label": {"vi": "A", "en": "A"}}""",
            """
            {"id": "b", "type": "MULTIPLE_CHOICE", "label": {"vi": "B", "en": "B"}, "codeList": "nothing"}""");

    assertThat(codes(loaded)).contains("FORM_CODE_LIST_MISSING", "FORM_CODE_LIST_UNKNOWN");
  }

  @Test
  void load_whenCodeListRulesAreInconsistent_reportsEach() {
    Validated<FormDefinition> loaded =
        TestForms.load(
            "minimal.json",
            tree ->
                ((ArrayNode) tree.get("codeLists"))
                    .add(
                        TestForms.json(
                            """
                            {"id": "broken", "version": "1", "unknownCodes": "MAP_TO_OTHER", "otherCode": "ZZ",
                             "codes": [
                               {"code": "A", "label": {"vi": "A", "en": "A"}, "registryCodes": {"POPULATION": ["1"]}},
                               {"code": "B", "label": {"vi": "B", "en": "B"}, "registryCodes": {"POPULATION": ["1"]}},
                               {"code": "B", "label": {"vi": "B2", "en": "B2"}}]}""")));

    assertThat(codes(loaded))
        .contains("FORM_OTHER_CODE_MISSING", "FORM_REGISTRY_CODE_AMBIGUOUS", "FORM_DUPLICATE_CODE");
  }

  @Test
  void load_whenVietnameseIsNotDeclared_reportsIt() {
    Validated<FormDefinition> loaded =
        TestForms.load("minimal.json", tree -> tree.putArray("languages").add("en"));

    assertThat(codes(loaded)).contains("FORM_LANGUAGES_WITHOUT_VI");
  }

  @Test
  void load_whenEnglishIsDeclaredButATextLacksIt_warnsAtThatText() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "note", "type": "TEXT", "label": {"vi": "Ghi chú"}, "hint": {"vi": "Tùy chọn"}}""");

    assertThat(loaded.errors()).isEmpty();
    assertThat(loaded.diagnostics())
        .filteredOn(d -> d.code().equals("FORM_TRANSLATION_MISSING"))
        .extracting(Diagnostic::pointer)
        .containsExactly("/sections/0/fields/2/label", "/sections/0/fields/2/hint");
  }

  @Test
  void load_whenEnglishIsNotDeclared_doesNotAskForIt() {
    Validated<FormDefinition> loaded =
        TestForms.load(
            "minimal.json",
            tree -> {
              tree.putArray("languages").add("vi");
              TestForms.addFields(
                  tree,
                  """
                  {"id": "note", "type": "TEXT", "label": {"vi": "Ghi chú"}}""");
            });

    assertThat(codes(loaded)).doesNotContain("FORM_TRANSLATION_MISSING");
  }

  @Test
  void load_whenBindingNamesAnUnknownElement_reportsIt() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "x", "type": "TEXT", "label": {"vi": "X", "en": "X"},
             "binding": {"element": "person.favouriteColour", "subject": "APPLICANT"}}""");

    assertThat(codes(loaded)).contains("FORM_BINDING_UNKNOWN_ELEMENT");
  }

  @Test
  void load_whenBindingDoesNotFitTypeOrSubject_reportsEach() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "born", "type": "NUMBER", "label": {"vi": "Sinh", "en": "Born"},
             "binding": {"element": "person.dateOfBirth", "subject": "APPLICANT"}}""",
            """
            {"id": "company", "type": "TEXT", "label": {"vi": "Tên DN", "en": "Company"},
             "binding": {"element": "enterprise.name", "subject": "APPLICANT"}}""",
            """
            {"id": "nobody", "type": "TEXT", "label": {"vi": "Ai", "en": "Who"},
             "binding": {"element": "person.givenName"}}""",
            """
            {"id": "mum", "type": "TEXT", "label": {"vi": "Mẹ", "en": "Mother"},
             "binding": {"element": "person.fullName", "subject": "MOTHER"}}""");

    assertThat(codes(loaded))
        .contains(
            "FORM_BINDING_TYPE_MISMATCH",
            "FORM_BINDING_SUBJECT_MISMATCH",
            "FORM_BINDING_SUBJECT_MISSING",
            "FORM_SUBJECT_NOT_DECLARED");
  }

  @Test
  void load_whenSubjectIsIdentifiedByAFieldThatDoesNotHoldItsIdentifier_reportsIt() {
    Validated<FormDefinition> loaded =
        TestForms.load(
            "minimal.json",
            tree ->
                ((ArrayNode) tree.get("subjects"))
                    .add(
                        TestForms.json(
                            "{\"role\": \"SPOUSE\", \"identifiedBy\": \"FIELD\", \"field\": \"name\"}")));

    assertThat(codes(loaded)).contains("FORM_SUBJECT_FIELD_INVALID");
  }

  @Test
  void load_whenABoundFieldTurnsPrefillOff_warnsOnceOnlyCitingDecree45() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "born", "type": "DATE", "label": {"vi": "Ngày sinh", "en": "Date of birth"},
             "binding": {"element": "person.dateOfBirth", "subject": "APPLICANT", "prefill": false}}""");

    Diagnostic warning =
        loaded.diagnostics().stream()
            .filter(d -> d.code().contains("ONCE_ONLY"))
            .findFirst()
            .orElseThrow();
    assertThat(warning.code()).isEqualTo("FORM_ONCE_ONLY_TYPED_REGISTRY_DATA");
    assertThat(warning.severity()).isEqualTo(Severity.WARNING);
    assertThat(warning.legalReference()).isEqualTo(Laws.DECREE_45_2020);
    assertThat(warning.pointer()).isEqualTo("/sections/0/fields/2/binding/prefill");
    assertThat(warning.message().vi()).contains("Ngày, tháng, năm sinh").contains("dân cư");
    assertThat(warning.message().get(Language.EN)).contains("Date of birth").contains("Population");
  }

  @Test
  void load_whenAnUnboundFieldAsksForRegistryData_warnsOnceOnlyAndNamesTheElement() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "nation", "type": "TEXT", "label": {"vi": "Quốc tịch", "en": "Nationality"}}""");

    assertThat(loaded.diagnostics())
        .filteredOn(d -> d.code().equals("FORM_ONCE_ONLY_UNBOUND_REGISTRY_DATA"))
        .singleElement()
        .satisfies(d -> assertThat(d.message().get(Language.EN)).contains("person.nationality"));
  }

  @Test
  void load_whenTheSubjectIsNotRegisteredYet_doesNotWarnOnceOnly() {
    Validated<FormDefinition> loaded =
        TestForms.load(
            "minimal.json",
            tree -> {
              ((ArrayNode) tree.get("subjects"))
                  .add(TestForms.json("{\"role\": \"CHILD\", \"identifiedBy\": \"NONE\"}"));
              TestForms.addFields(
                  tree,
                  """
                  {"id": "childBorn", "type": "DATE", "label": {"vi": "Ngày sinh của con", "en": "Child's date of birth"},
                   "binding": {"element": "person.dateOfBirth", "subject": "CHILD", "prefill": false}}""");
            });

    assertThat(loaded.errors()).isEmpty();
    assertThat(codes(loaded)).noneMatch(code -> code.contains("ONCE_ONLY"));
  }

  @Test
  void load_whenAReadOnlyFieldHasNothingToShowOrCalculationHasADefault_warns() {
    Validated<FormDefinition> loaded =
        minimalWith(
            """
            {"id": "ro", "type": "TEXT", "label": {"vi": "Chỉ đọc", "en": "Read only"}, "readOnly": true}""",
            """
            {"id": "both", "type": "TEXT", "label": {"vi": "Cả hai", "en": "Both"}, "calculate": "name", "default": "'x'"}""");

    assertThat(loaded.errors()).isEmpty();
    assertThat(codes(loaded))
        .contains("FORM_READ_ONLY_WITHOUT_VALUE", "FORM_CALCULATE_AND_DEFAULT");
  }

  @Test
  void isForm_recognisesTheSchemaOnly() {
    assertThat(FormLoader.isForm(TestForms.tree("minimal.json"))).isTrue();
    assertThat(FormLoader.isForm(TestForms.json("{\"$schema\": \"x/procedure.schema.json\"}")))
        .isFalse();
    assertThat(FormLoader.isForm(TestForms.json("[1]"))).isFalse();
  }

  @Test
  void toString_namesTheFormWithoutContent() {
    FormDefinition form = TestForms.valid("minimal.json");
    assertThat(form.toString()).isEqualTo("FormDefinition[test-minimal@1, 2 fields]");
  }
}
