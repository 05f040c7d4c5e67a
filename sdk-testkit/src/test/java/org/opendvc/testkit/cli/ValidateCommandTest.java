package org.opendvc.testkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendvc.testkit.cli.DvcRun.dvc;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendvc.core.json.OpenDvcJson;

class ValidateCommandTest {
  @TempDir Path dir;

  @Test
  void validate_exampleCatalog_hasNoErrorAndExitsZero() throws Exception {
    DvcRun run = dvc("validate", "../examples/catalog", "--format", "json");
    assertThat(run.status()).as(run.out()).isZero();
    JsonNode report = OpenDvcJson.mapper().readTree(run.out());
    assertThat(report.get("summary").get("errors").asInt()).isZero();
    assertThat(report.get("summary").get("files").asInt()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void validate_exampleForms_areRecognisedAndHaveNoError() throws Exception {
    DvcRun run = dvc("validate", "../examples/forms", "--format", "json");

    assertThat(run.status()).as(run.out()).isZero();
    JsonNode report = OpenDvcJson.mapper().readTree(run.out());
    assertThat(report.get("summary").get("files").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(report.get("diagnostics").findValuesAsText("code"))
        .doesNotContain("PROC_FORMAT_UNKNOWN");
  }

  @Test
  void validate_wholeExamplesFolder_recognisesEveryFileAndHasNoError() throws Exception {
    DvcRun run = dvc("validate", "../examples", "--format", "json");

    assertThat(run.status()).as(run.out()).isZero();
    JsonNode report = OpenDvcJson.mapper().readTree(run.out());
    assertThat(report.get("summary").get("errors").asInt()).isZero();
    assertThat(report.get("diagnostics").findValuesAsText("code"))
        .doesNotContain("PROC_FORMAT_UNKNOWN");
  }

  @Test
  void validate_anAgencyProfileWithANumeratorAboveItsDenominator_reportsIt() throws Exception {
    Path profile = dir.resolve("profile.json");
    Files.writeString(
        profile,
        """
        {
          "$schema": "https://opendvc.org/schema/1/agency-profile.schema.json",
          "metrics": {"PUBLISH_ON_TIME": {"numerator": 9, "denominator": 4}}
        }
        """,
        StandardCharsets.UTF_8);

    DvcRun run = dvc("validate", profile.toString(), "--format", "json");

    assertThat(run.status()).as(run.out()).isEqualTo(1);
    assertThat(OpenDvcJson.mapper().readTree(run.out()).get("diagnostics").findValuesAsText("code"))
        .contains("SCORECARD_PROFILE_NUMERATOR_ABOVE_DENOMINATOR")
        .doesNotContain("PROC_FORMAT_UNKNOWN");
  }

  @Test
  void validate_aFormWithBrokenExpressions_reportsThemWithLines() throws Exception {
    Path form = dir.resolve("form.json");
    Files.writeString(
        form,
        """
        {
          "$schema": "https://opendvc.org/schema/1/form.schema.json",
          "id": "broken", "version": "1", "procedure": "1.001193",
          "title": {"vi": "Hỏng"}, "languages": ["vi"],
          "sections": [{"id": "s", "title": {"vi": "Phần"}, "fields": [
            {"id": "a", "type": "NUMBER", "label": {"vi": "A"}, "calculate": "b + 1.0"},
            {"id": "b", "type": "NUMBER", "label": {"vi": "B"}, "calculate": "a + 1.0"},
            {"id": "c", "type": "TEXT", "label": {"vi": "C"}, "relevant": "nobody == 1"}
          ]}]
        }
        """,
        StandardCharsets.UTF_8);

    DvcRun run = dvc("validate", form.toString(), "--lang", "en");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .contains("FORM_DEPENDENCY_CYCLE")
        .contains("FORM_EXPR_UNKNOWN_FIELD")
        .contains("8:");
  }

  @Test
  void validate_brokenFile_reportsErrorsAsJsonAndExitsOne() throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(
        broken,
        "{\"code\": \"1.0011\", \"name\": {\"vi\": \"Thủ tục\"}, \"cases\": []}",
        StandardCharsets.UTF_8);
    DvcRun run = dvc("validate", broken.toString(), "--format", "json");
    assertThat(run.status()).isEqualTo(1);
    JsonNode diagnostics = OpenDvcJson.mapper().readTree(run.out()).get("diagnostics");
    assertThat(diagnostics).isNotEmpty();
    JsonNode first = diagnostics.get(0);
    assertThat(first.fieldNames())
        .toIterable()
        .contains("code", "severity", "file", "pointer", "message");
    assertThat(first.get("message").has("vi")).isTrue();
    assertThat(first.get("message").has("en")).isTrue();
    assertThat(diagnostics.findValuesAsText("code"))
        .contains("ID_PROCEDURE_CODE_MALFORMED", "PROC_NO_CASES", "JSON_REQUIRED_MISSING");
  }

  @Test
  void validate_malformedJson_isADiagnosticWithLineAndColumn() throws Exception {
    Path broken = dir.resolve("malformed.json");
    Files.writeString(
        broken, "{\n  \"code\": \"1.001193\",\n  \"name\": \n}", StandardCharsets.UTF_8);
    DvcRun run = dvc("validate", broken.toString(), "--lang", "en");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("JSON_MALFORMED").contains("4:1").contains("1 error");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void validate_missingPath_isAUsageError() {
    DvcRun run = dvc("validate", dir.resolve("nothing-here").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("no such file");
  }

  @Test
  void validate_withoutPath_isAUsageError() {
    assertThat(dvc("validate").status()).isEqualTo(2);
  }
}
