package org.opendvc.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendvc.core.catalog.ProcedureLoader;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.dossier.Dossier;
import org.opendvc.core.dossier.DossierLifecycle;
import org.opendvc.core.dossier.DossierStatus;
import org.opendvc.core.dossier.Supplement;
import org.opendvc.core.dossier.Timeliness;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.time.WorkingCalendar;

/** Runs the samples of the dossiers page on the example certificate of marital status. */
class DossierGuideTest {
  private static final Procedure MARITAL_STATUS =
      ProcedureLoader.standard()
          .load(Path.of("catalog", "1.004873-cap-giay-xac-nhan-tinh-trang-hon-nhan.json"))
          .toValidated()
          .orElseThrow();

  /** Monday 9 March 2026, 09:00 in Vietnam; the procedure takes 3 working days online. */
  private static final Instant MONDAY_9 = at("2026-03-09T09:00:00+07:00");

  private static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  private static DossierLifecycle lifecycleAt(Instant now) {
    return DossierLifecycle.of(
        WorkingCalendar.standard(), Clock.fixed(now, WorkingCalendar.VIETNAM));
  }

  private static Dossier waitingSinceMondayTen(Path dir) {
    Dossier submitted =
        DossierGuide.open(
            MARITAL_STATUS, Clock.fixed(MONDAY_9, WorkingCalendar.VIETNAM), dir.resolve("seq"));
    Instant ten = at("2026-03-09T10:00:00+07:00");
    return DossierGuide.receiveAndAskForMore(lifecycleAt(ten), submitted);
  }

  @Test
  void open_issuesTheDaysFirstCode_andKeepsTheApplicantOutOfToString(@TempDir Path dir) {
    Dossier submitted =
        DossierGuide.open(
            MARITAL_STATUS, Clock.fixed(MONDAY_9, WorkingCalendar.VIETNAM), dir.resolve("seq"));

    assertThat(submitted.code().value()).isEqualTo("000.00.00.H56-260309-0001");
    assertThat(submitted.status()).isEqualTo(DossierStatus.SUBMITTED);
    assertThat(submitted.dueAt()).isNull();
    assertThat(submitted.toString())
        .contains("000.00.00.H56-260309-0001")
        .doesNotContain("Nguyễn", "001087123456");
  }

  @Test
  void moves_receiveForThreeWorkingDays_thenWaitForASupplement(@TempDir Path dir) {
    Dossier waiting = waitingSinceMondayTen(dir);

    assertThat(waiting.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    assertThat(waiting.dueAt()).isEqualTo(at("2026-03-12T17:00:00+07:00"));
    assertThat(waiting.supplements())
        .singleElement()
        .satisfies(s -> assertThat(s.isOpen()).isTrue());
  }

  @Test
  void deadlines_aWorkingDaysWaitMovesTheDueDateByAWorkingDay(@TempDir Path dir) {
    Dossier waiting = waitingSinceMondayTen(dir);
    Instant tuesdayTen = at("2026-03-10T10:00:00+07:00");

    assertThat(DossierGuide.dueAsOf(lifecycleAt(tuesdayTen), waiting, tuesdayTen))
        .isEqualTo(at("2026-03-13T17:00:00+07:00"));
    assertThat(lifecycleAt(tuesdayTen).deadlines().waitingTime(waiting, tuesdayTen))
        .isEqualTo(Duration.ofHours(8));
  }

  @Test
  void finish_deliversEarly_withTheWaitAddedAndTheSupplementClosed(@TempDir Path dir) {
    Dossier waiting = waitingSinceMondayTen(dir);
    DossierLifecycle tuesday = lifecycleAt(at("2026-03-10T10:00:00+07:00"));

    Dossier rated = DossierGuide.finish(tuesday, waiting);

    assertThat(rated.status()).isEqualTo(DossierStatus.RESULT_DELIVERED);
    assertThat(rated.dueAt()).isEqualTo(at("2026-03-13T17:00:00+07:00"));
    assertThat(rated.supplements())
        .singleElement()
        .extracting(Supplement::newDueAt)
        .isEqualTo(at("2026-03-13T17:00:00+07:00"));
    assertThat(rated.components()).hasSize(2);
    assertThat(rated.ratings()).hasSize(1);
    assertThat(tuesday.deadlines().timeliness(rated, at("2026-03-11T00:00:00+07:00")))
        .isEqualTo(Timeliness.EARLY);
  }

  @Test
  void readAndWrite_roundTripTheSample_andLocateABadLine(@TempDir Path dir) throws Exception {
    List<Dossier> sample = new ArrayList<>();
    assertThat(DossierGuide.read(Path.of("dossiers", "sample.jsonl"), sample::add)).isEmpty();
    assertThat(sample).hasSize(400);

    Path copy = dir.resolve("copy.jsonl");
    DossierGuide.write(sample.subList(0, 2), copy);
    List<String> lines = Files.readAllLines(copy, StandardCharsets.UTF_8);
    assertThat(lines)
        .containsExactlyElementsOf(
            Files.readAllLines(Path.of("dossiers", "sample.jsonl")).subList(0, 2));

    Files.writeString(copy, lines.get(0) + "\n{\"code\": 1}\n" + lines.get(1) + "\n");
    List<Dossier> read = new ArrayList<>();
    List<Diagnostic> problems = DossierGuide.read(copy, read::add);
    assertThat(read).hasSize(2);
    assertThat(problems)
        .isNotEmpty()
        .allSatisfy(
            d -> assertThat(d.position()).isNotNull().extracting(p -> p.line()).isEqualTo(2));
  }

  @Test
  void synthetic_givesTheSameDossiersForTheSameSeed() {
    List<Procedure> procedures = List.of(MARITAL_STATUS);

    List<Dossier> first = DossierGuide.synthetic(procedures);

    assertThat(first).hasSize(200).isEqualTo(DossierGuide.synthetic(procedures));
    assertThat(first).allSatisfy(d -> assertThat(d.agency().value()).isEqualTo("000.00.00.H56"));
  }
}
