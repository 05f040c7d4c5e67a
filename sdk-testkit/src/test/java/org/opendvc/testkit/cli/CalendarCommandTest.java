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

class CalendarCommandTest {
  @TempDir Path dir;

  private static JsonNode json(DvcRun run) throws Exception {
    assertThat(run.status()).as(run.err()).isZero();
    return OpenDvcJson.mapper().readTree(run.out());
  }

  private static JsonNode deadlineInWorkingDays(String from, int workingDays) throws Exception {
    return json(
        dvc(
            "calendar",
            "deadline",
            "--from",
            from,
            "--working-days",
            String.valueOf(workingDays),
            "--format",
            "json"));
  }

  private Path schedule2027(String daysOffOf2027) throws Exception {
    Path file = dir.resolve("2027.json");
    Files.writeString(
        file,
        """
        {"year": 2027,
         "decisions": [{"number": "1/TB-BNV", "issuer": {"vi": "Bộ Nội vụ"},
                        "issuedOn": "2026-10-15", "title": {"vi": "Lịch nghỉ năm 2027"}}],
         "daysOff": %s}
        """
            .formatted(daysOffOf2027),
        StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void holidays_2026_listsTheOfficialDaysWithTheirNames() {
    DvcRun run = dvc("calendar", "holidays", "2026");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("9441/TB-BNV")
        .contains("2026-02-17  Thứ Ba    Tết Âm lịch (mùng 1 tháng Giêng)")
        .contains("2026-04-27  Thứ Hai   Nghỉ bù Giỗ Tổ Hùng Vương")
        .contains("2026-01-10  Thứ Bảy   làm bù cho 2026-01-02");
  }

  @Test
  void holidays_inEnglishAndJson_carryKindsAndBothNames() throws Exception {
    JsonNode report = json(dvc("calendar", "holidays", "2025", "--format", "json", "--lang", "en"));
    assertThat(report.get("official").asBoolean()).isTrue();
    assertThat(report.get("holidays")).hasSize(12);
    JsonNode swapped = report.get("holidays").get(9);
    assertThat(swapped.get("date").asText()).isEqualTo("2025-05-02");
    assertThat(swapped.get("kind").asText()).isEqualTo("SWAPPED");
    assertThat(swapped.get("name").get("vi").asText()).startsWith("Nghỉ hoán đổi");
    assertThat(report.get("workingDays").get(0).get("date").asText()).isEqualTo("2025-04-26");
    assertThat(report.get("decisions").get(1).get("issuer").asText())
        .isEqualTo("Ministry of Labour, Invalids and Social Affairs");
  }

  @Test
  void holidays_ofAYearWithoutSchedule_areComputed() {
    DvcRun run = dvc("calendar", "holidays", "2030", "--lang", "en");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("computed from the Labour Code")
        .contains("2030-02-02  Saturday  Lunar New Year (day 1 of lunar month 1)");
  }

  @Test
  void holidays_withAScheduleFile_useIt() throws Exception {
    Path file =
        schedule2027(
            """
            [{"date": "2027-01-01", "kind": "STATUTORY", "name": {"vi": "Tết Dương lịch"}},
             {"date": "2027-03-08", "kind": "SWAPPED", "name": {"vi": "Ngày nghỉ thử"}}]
            """);
    DvcRun run = dvc("calendar", "holidays", "2027", "--schedule", file.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("1/TB-BNV").contains("2027-03-08  Thứ Hai   Ngày nghỉ thử");
    // The file omits most statutory days and swaps without a working day: warnings, not errors.
    assertThat(run.err()).contains("CAL_STATUTORY_DAY_MISSING").contains("CAL_SWAP_UNMATCHED");
  }

  @Test
  void holidays_withABrokenScheduleFile_reportsItAndExitsOne() throws Exception {
    Path file =
        schedule2027(
            """
            [{"date": "2026-12-31", "kind": "STATUTORY", "name": {"vi": "Năm khác"}}]
            """);
    DvcRun run =
        dvc("calendar", "holidays", "2027", "--schedule", file.toString(), "--format", "json");
    assertThat(run.status()).isEqualTo(1);
    JsonNode report = OpenDvcJson.mapper().readTree(run.out());
    assertThat(report.get("diagnostics").findValuesAsText("code"))
        .contains("CAL_DATE_OUTSIDE_YEAR");
  }

  @Test
  void holidays_missingScheduleFile_isAUsageError() {
    DvcRun run =
        dvc("calendar", "holidays", "2026", "--schedule", dir.resolve("none.json").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("no such schedule file");
  }

  @Test
  void holidays_ofAYearNoScheduleCovers_isAUsageError() {
    DvcRun run = dvc("calendar", "holidays", "2010");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("No holiday source covers 2010");
    assertThat(dvc("calendar", "holidays", "twenty").status()).isEqualTo(2);
  }

  @Test
  void deadline_acrossTet_inText() {
    DvcRun run = dvc("calendar", "deadline", "--from", "2026-02-13T16:30", "--working-days", "3");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Hạn:            2026-02-25  Thứ Tư, trước 17:00 (3 ngày làm việc)")
        .contains("2026-02-17  Thứ Ba    Tết Âm lịch (mùng 1 tháng Giêng)");
  }

  @Test
  void deadline_acrossTheYearBoundary_asJson() throws Exception {
    JsonNode report = deadlineInWorkingDays("2025-12-31T09:00", 2);
    assertThat(report.get("receiptDay").asText()).isEqualTo("2025-12-31");
    assertThat(report.get("due").asText()).isEqualTo("2026-01-06");
    assertThat(report.get("dueBy").asText()).isEqualTo("2026-01-06T17:00+07:00");
    assertThat(report.get("daysOff").findValuesAsText("date"))
        .containsExactly("2026-01-01", "2026-01-02");
  }

  @Test
  void deadline_afterOfficeHoursWithAnOffset_countsFromTheNextDay() throws Exception {
    // 10:30 UTC is 17:30 in Hà Nội.
    JsonNode report = deadlineInWorkingDays("2026-03-03T10:30Z", 0);
    assertThat(report.get("receivedAt").asText()).isEqualTo("2026-03-03T17:30+07:00");
    assertThat(report.get("due").asText()).isEqualTo("2026-03-04");
  }

  @Test
  void deadline_inWorkingHours_givesTheReceiptConfirmationTime() {
    DvcRun run =
        dvc("calendar", "deadline", "--from", "2026-03-07", "--working-hours", "8", "--lang", "en");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("Due:            2026-03-09 17:00  Monday (8 working hours)");
  }

  @Test
  void deadline_withoutAnAmountOrWithBoth_isAUsageError() {
    assertThat(dvc("calendar", "deadline", "--from", "2026-03-03T10:00").status()).isEqualTo(2);
    assertThat(
            dvc(
                    "calendar",
                    "deadline",
                    "--from",
                    "2026-03-03T10:00",
                    "--working-days",
                    "1",
                    "--working-hours",
                    "1")
                .status())
        .isEqualTo(2);
  }

  @Test
  void deadline_withABadDateOrANegativeAmount_isAUsageError() {
    DvcRun badDate = dvc("calendar", "deadline", "--from", "13/02/2026", "--working-days", "1");
    assertThat(badDate.status()).isEqualTo(2);
    assertThat(badDate.err()).contains("ISO date-time");
    DvcRun negative = dvc("calendar", "deadline", "--from", "2026-03-03", "--working-days", "-1");
    assertThat(negative.status()).isEqualTo(2);
    assertThat(negative.err()).contains("negative");
    DvcRun outOfRange = dvc("calendar", "deadline", "--from", "2013-03-03", "--working-days", "1");
    assertThat(outOfRange.status()).isEqualTo(2);
    assertThat(outOfRange.err()).contains("No holiday source covers 2013");
  }

  @Test
  void calendar_withoutSubcommand_printsUsage() {
    DvcRun run = dvc("calendar");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("holidays").contains("deadline");
  }
}
