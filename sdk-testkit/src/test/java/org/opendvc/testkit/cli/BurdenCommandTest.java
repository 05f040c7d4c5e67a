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

class BurdenCommandTest {
  private static final String BIRTH = "../examples/forms/1.001193-to-khai-dang-ky-khai-sinh.json";
  @TempDir Path dir;

  @Test
  void burden_asJson_givesTheCountsAndSecondsWithAndWithoutPrefill() throws Exception {
    DvcRun run = dvc("burden", BIRTH, "--format", "json");

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode report = OpenDvcJson.mapper().readTree(run.out());
    assertThat(report.get("fieldsTotal").asInt()).isPositive();
    assertThat(report.get("fieldsToType").asInt())
        .isLessThan(report.get("withoutPrefillFieldsToType").asInt());
    assertThat(report.get("estimatedSeconds").asDouble())
        .isLessThan(report.get("withoutPrefillSeconds").asDouble());
    assertThat(report.get("savedSeconds").asDouble()).isPositive();
    assertThat(report.get("targets").findValuesAsText("name"))
        .containsExactly("DECISION_1565_2025", "AIM_2026");
    assertThat(report.get("fields").get(0).has("operators")).isTrue();
  }

  @Test
  void burden_withoutPrefill_hasNothingPrefilled() throws Exception {
    JsonNode report =
        OpenDvcJson.mapper()
            .readTree(dvc("burden", BIRTH, "--format", "json", "--assume-prefill", "none").out());

    assertThat(report.get("fieldsPrefilledLocked").asInt()).isZero();
    assertThat(report.get("fieldsPrefilledEditable").asInt()).isZero();
    assertThat(report.has("savedSeconds")).isFalse();
  }

  @Test
  void burden_asText_inBothLanguages_andOnAPhone() {
    DvcRun vi = dvc("burden", BIRTH);
    DvcRun en = dvc("burden", BIRTH, "--lang", "en", "--device", "mobile");

    assertThat(vi.out())
        .contains("Tờ khai đăng ký khai sinh")
        .contains("điền sẵn tiết kiệm")
        .contains("Mục tiêu 2025");
    assertThat(en.out())
        .contains("Birth registration declaration")
        .contains("prefill saves")
        .contains("phone");
  }

  @Test
  void burden_ofABrokenForm_printsItsDiagnosticsAndExitsOne() throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(
        broken,
        "{\"$schema\": \"https://opendvc.org/schema/1/form.schema.json\", \"id\": \"x\"}",
        StandardCharsets.UTF_8);

    DvcRun run = dvc("burden", broken.toString(), "--lang", "en");

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("JSON_REQUIRED_MISSING");
  }

  @Test
  void burden_ofAMissingFile_isAUsageError() {
    assertThat(dvc("burden", dir.resolve("none.json").toString()).status()).isEqualTo(2);
    assertThat(dvc("burden", BIRTH, "--assume-prefill", "some").status()).isEqualTo(2);
  }
}
