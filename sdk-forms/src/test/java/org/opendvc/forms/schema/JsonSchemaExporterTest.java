package org.opendvc.forms.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.opendvc.core.Language;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.TestForms;

class JsonSchemaExporterTest {
  private static final FormDefinition FORM = TestForms.valid("all-types.json");
  private static final ObjectNode SCHEMA = JsonSchemaExporter.dataSchema(FORM, Language.VI);

  private static final String VALID =
      """
      {"fullName": "Nguyễn Văn An", "dateOfBirth": "1990-01-02", "relationship": "PARENT",
       "sex": "MALE", "spoken": ["vi", "zz"], "personalIdNumber": "001090012345",
       "enterpriseTaxCode": "0100109106", "phone": "0912345678", "email": "an@example.vn",
       "residence": {"province": "01", "commune": "00070"},
       "proof": [{"name": "a.pdf", "mediaType": "application/pdf", "size": 10}],
       "children": [{"childName": "Bé", "childDateOfBirth": "2022-03-04"}]}""";

  @Test
  void dataSchema_isAValid2020_12SchemaNamingTheForm() {
    assertThat(JsonSchemas.metaProblems(SCHEMA.toString())).isEmpty();
    assertThat(SCHEMA.get("$schema").asText()).isEqualTo(JsonSchemaExporter.DIALECT);
    assertThat(SCHEMA.get("x-opendvc-form").get("contentHash").asText())
        .isEqualTo(FORM.contentHash());
    assertThat(SCHEMA.get("title").asText()).isEqualTo("Biểu mẫu thử mọi kiểu trường");
  }

  @Test
  void dataSchema_acceptsAValidSubmissionAndRejectsABadOne() {
    assertThat(JsonSchemas.problems(SCHEMA.toString(), VALID)).isEmpty();
    String bad =
        VALID
            .replace("\"MALE\"", "\"M\"")
            .replace("\"001090012345\"", "\"123\"")
            .replace("\"00070\"", "\"70\"")
            .replace("\"size\": 10", "\"size\": 10000");

    assertThat(JsonSchemas.problems(SCHEMA.toString(), bad)).hasSizeGreaterThanOrEqualTo(4);
    assertThat(JsonSchemas.problems(SCHEMA.toString(), "{\"surprise\": 1}")).isNotEmpty();
  }

  @Test
  void dataSchema_saysWhatJsonSchemaCanAndCarriesTheRestAsExtensions() {
    JsonNode p = SCHEMA.get("properties");

    assertThat(SCHEMA.get("required").toString())
        .contains("fullName")
        .doesNotContain("relationshipOther");
    assertThat(p.get("dateOfBirth").get("format").asText()).isEqualTo("date");
    assertThat(p.get("fee").get("type").asText()).isEqualTo("integer");
    assertThat(p.get("sex").get("oneOf").get(0).get("title").asText()).isEqualTo("Nam");
    assertThat(p.get("spoken").get("items").has("anyOf")).isTrue();
    assertThat(p.get("age").get("readOnly").asBoolean()).isTrue();
    assertThat(p.get("relationshipOther").get("x-opendvc").get("relevant").asText())
        .isEqualTo("relationship == 'OTHER'");
    assertThat(p.get("fullName").get("x-opendvc").get("binding").get("element").asText())
        .isEqualTo("person.fullName");
    assertThat(p.get("children").get("items").get("properties").has("childName")).isTrue();
    assertThat(p.get("children").get("x-opendvc").get("subject").asText()).isEqualTo("CHILD");
    assertThat(p.get("children").get("x-opendvc").get("sectionRelevant").asText())
        .contains("adult");
  }

  @Test
  void dataSchema_inEnglish_usesTheEnglishTexts() {
    ObjectNode english = JsonSchemaExporter.dataSchema(FORM, Language.EN);

    assertThat(english.get("properties").get("fullName").get("title").asText())
        .isEqualTo("Full name");
  }

  @Test
  void jsonFormsUiSchema_hasACategoryPerSectionAndAControlPerField() {
    ObjectNode ui = JsonSchemaExporter.jsonFormsUiSchema(FORM, Language.EN);

    assertThat(ui.get("type").asText()).isEqualTo("Categorization");
    assertThat(ui.get("elements")).hasSize(2);
    JsonNode first = ui.get("elements").get(0);
    assertThat(first.get("label").asText()).isEqualTo("Applicant");
    assertThat(first.get("elements").get(0).get("scope").asText())
        .isEqualTo("#/properties/fullName");
    assertThat(first.findValues("multi")).isNotEmpty();
    assertThat(ui.get("elements").get(1).findValue("detail").get("elements")).hasSize(5);
  }

  @Test
  void rjsfUiSchema_ordersFieldsAndPicksWidgets() {
    ObjectNode ui = JsonSchemaExporter.reactJsonSchemaFormUiSchema(FORM, Language.VI);

    assertThat(ui.get("ui:order").get(0).asText()).isEqualTo("fullName");
    assertThat(ui.get("note").get("ui:widget").asText()).isEqualTo("textarea");
    assertThat(ui.get("age").get("ui:readonly").asBoolean()).isTrue();
    assertThat(ui.get("children").get("items").get("ui:order")).hasSize(5);
  }
}
