package org.opendvc.testkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendvc.core.json.OpenDvcJson;

/** {@code dvc test}, {@code dvc eligibility}, and the once-only checks of {@code dvc validate}. */
class RulesCommandsTest {
  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run dvc(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Dvc.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void test_exampleScenarios_allPassWithCleanCoverage() {
    Run run = dvc("test", "../examples/scenarios", "--require-coverage");

    assertThat(run.status()).as(run.out()).isZero();
    assertThat(run.out())
        .contains("  PASS  ", " 0 failed", "rules fired")
        .doesNotContain("never fired");
  }

  @Test
  void test_oneFile_failsCoverageWhenRequired() {
    Run run =
        dvc("test", "../examples/scenarios/1.004222-dang-ky-thuong-tru.yaml", "--require-coverage");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("never fired: ").contains("2 passed, 0 failed");
  }

  @Test
  void test_whenAnExpectationIsWrong_printsWhatDifferedAndExitsOne() throws Exception {
    Path file = dir.resolve("wrong.yaml");
    Files.writeString(
        file,
        "procedure: "
            + Path.of("../examples/catalog/1.001193-dang-ky-khai-sinh.json").toAbsolutePath()
            + "\nscenarios:\n  - name: late\n    date: 2025-09-01\n"
            + "    facts: {CHILD: {person.dateOfBirth: 2025-01-01}}\n"
            + "    expect: {findings: {registered-within-time-limit: MET}}\n",
        StandardCharsets.UTF_8);

    Run run = dvc("test", file.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out())
        .contains("FAIL  late", "finding registered-within-time-limit: expected MET, got NOT_MET");
  }

  @Test
  void eligibility_printsTheDecisionAsJson() throws Exception {
    Path facts = dir.resolve("facts.yaml");
    Files.writeString(
        facts,
        "facts:\n  SPOUSE: {person.sex: FEMALE, person.dateOfBirth: 2008-03-01}\n",
        StandardCharsets.UTF_8);

    Run run =
        dvc(
            "eligibility",
            "--procedure",
            "../examples/catalog/1.000894-dang-ky-ket-hon.json",
            "--facts",
            facts.toString(),
            "--date",
            "2025-09-01",
            "--format",
            "json");

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode decision = OpenDvcJson.mapper().readTree(run.out());
    assertThat(decision.get("outcome").asText()).isEqualTo("NOT_ELIGIBLE");
    JsonNode spouse = decision.get("findings").get(1);
    assertThat(spouse.get("requirement").asText()).isEqualTo("spouse-minimum-age");
    assertThat(spouse.get("status").asText()).isEqualTo("NOT_MET");
    assertThat(spouse.get("parameters").get(0).get("id").asText())
        .isEqualTo("marriage.minimumAge.female");
    assertThat(spouse.get("message").get("vi").asText()).contains("chưa đủ 18 tuổi");
  }

  @Test
  void validate_aDvcqgPackageAskingForTheHouseholdBook_reportsOnceOnlyErrors() throws Exception {
    Path pkg = dir.resolve("package.json");
    Files.writeString(
        pkg,
        "{\"MATTHC\": \"1.004222\", \"TENTTHC\": \"Đăng ký thường trú\","
            + " \"CAPTHUCHIEN\": [{\"CAPTHUCHIEN\": \"3\"}],"
            + " \"CACHTHUCTHUCHIEN\": [{\"KENH\": \"1\"}],"
            + " \"THANHPHANHOSO\": [{\"TRUONGHOP\": \"\", \"GIAYTO\": ["
            + "{\"TENGIAYTO\": \"Sổ hộ khẩu\", \"SOBANCHINH\": \"1\"}]}]}",
        StandardCharsets.UTF_8);

    Run run = dvc("validate", pkg.toString(), "--format", "json");

    assertThat(run.status()).isEqualTo(1);
    JsonNode report = OpenDvcJson.mapper().readTree(run.out());
    assertThat(report.get("diagnostics").findValuesAsText("code"))
        .contains("ONCE_ONLY_ABOLISHED_DOCUMENT");
    assertThat(report.get("diagnostics").findValuesAsText("pointer"))
        .contains("/THANHPHANHOSO/0/GIAYTO/0");
  }
}
