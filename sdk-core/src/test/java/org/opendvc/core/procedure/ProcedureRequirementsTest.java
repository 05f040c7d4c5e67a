package org.opendvc.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.core.law.Laws;

/** The optional {@code requirements} member: reading, writing, schema and validation. */
class ProcedureRequirementsTest {
  private static final String FIXTURE = "/procedure/with-requirements.json";

  @Test
  void read_withRequirements_readsEveryPart() throws IOException {
    Procedure p = ProcedureJson.read(document(text(FIXTURE))).orElseThrow();

    assertThat(p.requirements()).hasSize(3);
    Requirement age = p.requirements().get(0);
    assertThat(age.kind()).isEqualTo(RequirementKind.MINIMUM_AGE);
    assertThat(age.subject()).isEqualTo(SubjectRole.APPLICANT);
    assertThat(age.parameters())
        .containsExactly(
            Map.entry("male", "marriage.minimumAge.male"),
            Map.entry("female", "marriage.minimumAge.female"));
    assertThat(age.effect()).isEqualTo(RequirementEffect.CONDITION);
    assertThat(age.legalReference()).isEqualTo(Laws.MARRIAGE_AND_FAMILY_LAW.point(8, 1, "a"));
    assertThat(p.requirements().get(1).effect()).isEqualTo(RequirementEffect.NOTICE);
    assertThat(p.requirements().get(2).values()).containsExactly("residing-in-vietnam");
  }

  @Test
  void writeThenRead_givesTheSameProcedure() throws IOException {
    Procedure p = ProcedureJson.read(document(text(FIXTURE))).orElseThrow();

    Procedure again = ProcedureJson.read(document(ProcedureJson.write(p))).orElseThrow();

    assertThat(again).isEqualTo(p);
  }

  @Test
  void read_withoutRequirements_hasNone() throws IOException {
    JsonNode tree = OpenDvcJson.mapper().readTree(text(FIXTURE));
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove("requirements");

    Procedure p = ProcedureJson.read(document(tree.toString())).orElseThrow();

    assertThat(p.requirements()).isEmpty();
    assertThat(ProcedureJson.write(p)).doesNotContain("requirements");
  }

  @Test
  void fixture_followsThePublishedSchema() throws IOException {
    var schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(text("/org/opendvc/core/schema/procedure.schema.json"), InputFormat.JSON);

    assertThat(schema.validate(text(FIXTURE), InputFormat.JSON)).isEmpty();
  }

  @Test
  void read_whenARequirementIsMalformed_reportsEveryProblem() {
    String json =
        withRequirements(
            "[{\"id\": \"Bad Id\", \"kind\": \"OLD_AGE\", \"subject\": \"APPLICANT\","
                + " \"parameters\": {\"any\": 18}, \"colour\": \"red\"}]");

    Validated<Procedure> read = ProcedureJson.read(document(json));

    assertThat(read.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::pointer)
        .contains(
            org.assertj.core.groups.Tuple.tuple("JSON_INVALID_VALUE", "/requirements/0/id"),
            org.assertj.core.groups.Tuple.tuple("JSON_INVALID_VALUE", "/requirements/0/kind"),
            org.assertj.core.groups.Tuple.tuple(
                "JSON_WRONG_TYPE", "/requirements/0/parameters/any"),
            org.assertj.core.groups.Tuple.tuple("JSON_UNKNOWN_PROPERTY", "/requirements/0/colour"));
    assertThat(read.value().orElseThrow().requirements()).isEmpty();
  }

  @Test
  void validate_whenRequirementsAreIncomplete_reportsEachWithItsPointer() {
    String json =
        withRequirements(
            "[{\"id\": \"age\", \"kind\": \"MINIMUM_AGE\", \"subject\": \"APPLICANT\","
                + " \"parameters\": {\"male\": \"m\"}},"
                + " {\"id\": \"age\", \"kind\": \"TIME_LIMIT_SINCE_EVENT\", \"subject\": \"CHILD\"},"
                + " {\"id\": \"paper\", \"kind\": \"HOLDS_DOCUMENT\", \"subject\": \"APPLICANT\","
                + " \"values\": [\"NO_SUCH_PAPER\"], \"element\": \"person.shoeSize\"},"
                + " {\"id\": \"free\", \"kind\": \"FEE_EXEMPTION\", \"subject\": \"APPLICANT\","
                + " \"values\": [\"free\", \"nothing\"]},"
                + " {\"id\": \"status\", \"kind\": \"MARITAL_STATUS\", \"subject\": \"SPOUSE\"}]");

    List<Diagnostic> found =
        ProcedureJson.load(document(json), ProcedureValidator.standard()).diagnostics();

    assertThat(found)
        .extracting(Diagnostic::code, Diagnostic::pointer)
        .contains(
            tuple("PROC_REQUIREMENT_PARAMETER_MISSING", "/requirements/0/parameters"),
            tuple("PROC_REQUIREMENT_DUPLICATE_ID", "/requirements/1/id"),
            tuple("PROC_REQUIREMENT_ELEMENT_MISSING", "/requirements/1"),
            tuple("PROC_REQUIREMENT_PARAMETER_MISSING", "/requirements/1/parameters"),
            tuple("PROC_REQUIREMENT_DOCUMENT_TYPE_UNKNOWN", "/requirements/2/values/0"),
            tuple("PROC_REQUIREMENT_ELEMENT_UNKNOWN", "/requirements/2/element"),
            tuple("PROC_REQUIREMENT_BASIS_UNKNOWN", "/requirements/3/values/0"),
            tuple("PROC_REQUIREMENT_BASIS_UNKNOWN", "/requirements/3/values/1"),
            tuple("PROC_REQUIREMENT_VALUE_MISSING", "/requirements/4"),
            tuple("PROC_REQUIREMENT_WITHOUT_LEGAL_REFERENCE", "/requirements/0"));
  }

  @Test
  void validate_whenRequirementsAreComplete_findsNothingAboutThem() throws IOException {
    List<Diagnostic> found =
        ProcedureJson.load(document(text(FIXTURE)), ProcedureValidator.standard()).diagnostics();

    assertThat(found).extracting(Diagnostic::code).noneMatch(c -> c.contains("REQUIREMENT"));
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }

  private static String withRequirements(String requirements) {
    try {
      String fixture = text(FIXTURE);
      int at = fixture.indexOf("\"requirements\"");
      return fixture.substring(0, at) + "\"requirements\": " + requirements + "\n}\n";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static JsonDocument document(String json) {
    return JsonDocument.parse(json, "test.json").orElseThrow();
  }

  private static String text(String resource) throws IOException {
    try (InputStream in = ProcedureRequirementsTest.class.getResourceAsStream(resource)) {
      return new String(
          Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
