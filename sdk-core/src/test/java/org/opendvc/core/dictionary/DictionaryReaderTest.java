package org.opendvc.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.SourcePosition;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.testing.Fixtures;

/** Extension dictionary files, read through {@link DataDictionary#extend}. */
class DictionaryReaderTest {
  private static final DataDictionary STANDARD = DataDictionary.standard();

  private static Validated<DataDictionary> extend(String json) {
    return STANDARD.extend(Fixtures.json(json, "extension.json"));
  }

  @Test
  void extend_addsElementsAndDocumentTypesAndLeavesTheBaseAlone() {
    Validated<DataDictionary> extended =
        STANDARD.extend(Fixtures.document("/dictionary/extension.json"));

    assertThat(extended.diagnostics()).isEmpty();
    DataDictionary dictionary = extended.orElseThrow();
    assertThat(dictionary.contains("person.militaryServiceStatus")).isTrue();
    assertThat(dictionary.contains("person.fullName")).isTrue();
    assertThat(dictionary.elements()).hasSize(STANDARD.elements().size() + 2);
    assertThat(dictionary.documentTypes().match("Giấy đăng ký nghĩa vụ quân sự (bản sao)"))
        .hasValueSatisfying(
            m -> assertThat(m.type().id()).isEqualTo("MILITARY_SERVICE_CERTIFICATE"));
    assertThat(dictionary.documentTypes().find("BIRTH_CERTIFICATE")).isPresent();
    assertThat(STANDARD.contains("person.militaryServiceStatus")).isFalse();
  }

  @Test
  void extend_brokenFile_reportsEveryProblemWithItsPointerAndLine() {
    Validated<DataDictionary> extended =
        STANDARD.extend(Fixtures.document("/dictionary/extension-broken.json"));

    assertThat(extended.value()).isEmpty();
    assertThat(extended.diagnostics())
        .extracting(d -> d.code() + " " + d.pointer())
        .containsExactly(
            "DICT_ELEMENT_DUPLICATE /elements/0/id",
            "DICT_ELEMENT_DUPLICATE /elements/2/id",
            "DICT_ELEMENT_ID_MALFORMED /elements/3/id",
            "JSON_INVALID_VALUE /elements/4/type",
            "JSON_INVALID_VALUE /elements/4/heldBy/0/registry",
            "DICT_UNKNOWN_ELEMENT /documentTypes/0/dataElements/1",
            "DICT_DOCUMENT_TYPE_ID_MALFORMED /documentTypes/1/id",
            "DICT_DOCUMENT_TYPE_DUPLICATE /documentTypes/2/id");
    assertThat(extended.diagnostics())
        .allSatisfy(
            d -> {
              assertThat(d.file()).isEqualTo("/dictionary/extension-broken.json");
              assertThat(d.position()).isNotNull();
              assertThat(d.isError()).isTrue();
            });
    Diagnostic first = extended.diagnostics().get(0);
    assertThat(first.position()).isEqualTo(new SourcePosition(5, 7));
    assertThat(first.message().en())
        .isEqualTo("Data element \"person.fullName\" is already defined");
    assertThat(extended.diagnostics().get(5).message().en()).contains("person.militaryUnit");
  }

  @Test
  void extend_reportsStructuralProblems() {
    Validated<DataDictionary> extended =
        extend(
            """
            {"elements": {"id": "a.b"}, "documentTypes": [{"id": "X", "category": "FORM",
              "name": {"en": "Form"}, "abolished": {"law": {"number": "1"}}}], "extra": 1}
            """);

    assertThat(extended.diagnostics())
        .extracting(d -> d.code() + " " + d.pointer())
        .containsExactly(
            "JSON_UNKNOWN_PROPERTY /extra",
            "JSON_WRONG_TYPE /elements",
            "JSON_INVALID_VALUE /documentTypes/0/category",
            "JSON_REQUIRED_MISSING /documentTypes/0/name/vi",
            "JSON_REQUIRED_MISSING /documentTypes/0/abolished/on",
            "JSON_REQUIRED_MISSING /documentTypes/0/abolished/law/title");
  }

  @Test
  void extend_whenTheFileIsNotAnObject_reportsWrongType() {
    assertThat(extend("[]").diagnostics())
        .extracting(d -> d.code() + " " + d.pointer())
        .containsExactly("JSON_WRONG_TYPE ");
  }

  @Test
  void extend_anEmptyObject_isTheSameDictionary() {
    DataDictionary same = extend("{}").orElseThrow();

    assertThat(same.elements()).containsExactlyInAnyOrderElementsOf(STANDARD.elements());
    assertThat(same.documentTypes().types())
        .containsExactlyInAnyOrderElementsOf(STANDARD.documentTypes().types());
  }

  @Test
  void extend_canReferToElementsDefinedAnywhereInTheSameFile() {
    Validated<DataDictionary> extended =
        DataDictionary.empty()
            .extend(
                Fixtures.json(
                    """
                    {"documentTypes": [{"id": "A", "category": "EVIDENCE", "name": {"vi": "A"},
                                        "dataElements": ["x.y"]}],
                     "elements": [{"id": "x.y", "type": "TEXT", "personalData": "NONE",
                                   "subject": "PERSON", "label": {"vi": "X"}}]}
                    """,
                    "order.json"));

    assertThat(extended.diagnostics()).isEmpty();
    assertThat(extended.orElseThrow().documentTypes().find("A").orElseThrow().dataElements())
        .isEqualTo(List.of("x.y"));
  }
}
