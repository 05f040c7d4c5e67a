package org.opendvc.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendvc.core.dossier.TestClock.vn;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.opendvc.core.Language;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.procedure.FeeKind;
import org.opendvc.core.procedure.ProcessingTime;
import org.opendvc.core.procedure.ProcessingTimeUnit;
import org.opendvc.core.procedure.Sector;
import org.opendvc.core.testing.JsonSchemas;

class DossierJsonTest {
  /** A small dossier whose line is pinned below. */
  private static Dossier small() {
    return Dossiers.draft(5)
        .events(
            List.of(
                DossierEvent.submission(vn("2026-03-09T09:00"), "applicant"),
                new DossierEvent(
                    vn("2026-03-09T10:30"),
                    "cb.0042",
                    DossierStatus.SUBMITTED,
                    DossierStatus.RECEIVED,
                    null)))
        .dueAt(vn("2026-03-16T17:00"))
        .build();
  }

  /** A dossier with every part filled. */
  private static Dossier full() {
    return small().toBuilder()
        .procedure(
            new ProcedureRef(
                Dossiers.birthRegistration().code(),
                "2",
                LocalizedText.of("Đăng ký khai sinh", "Birth registration"),
                new Sector("HT", LocalizedText.of("Hộ tịch")),
                null))
        .summary("Khai sinh")
        .processingUnit("UBND xã")
        .resultByPost(true)
        .components(
            List.of(
                new SubmittedComponent(
                    "GT2",
                    "Giấy chứng sinh",
                    "birth-notice",
                    SubjectRole.CHILD,
                    ComponentProvision.REPLACED_BY_RESULT,
                    true,
                    "KQ.CS",
                    "KQ.CS",
                    "F1",
                    "chung-sinh.pdf",
                    "https://example.vn/f1")))
        .fees(List.of(new DossierFee("LP1", "Lệ phí", FeeKind.CHARGE, new BigDecimal("8000.50"))))
        .payments(
            List.of(
                new Payment(
                    PaymentMethod.ONLINE_PORTAL,
                    new BigDecimal("8000.50"),
                    vn("2026-03-09T09:05"),
                    "R1")))
        .results(
            List.of(
                new DossierResult(
                    "KQ1", "Giấy khai sinh", true, "D1", "u", vn("2026-03-10T09:00"))))
        .supplements(
            List.of(
                new Supplement(
                    vn("2026-03-09T09:10"),
                    "cb.1",
                    "x",
                    vn("2026-03-09T09:20"),
                    "cb.2",
                    null,
                    null)))
        .ratings(
            List.of(new Rating(SatisfactionLevel.NOT_SATISFIED, vn("2026-03-10T10:00"), "chậm")))
        .registries(List.of(Registry.POPULATION, Registry.CIVIL_STATUS))
        .syncs(List.of(new PortalSync(vn("2026-03-09T10:31:15.5"), 2)))
        .build();
  }

  private static Validated<Dossier> read(String json) {
    return DossierJson.read(JsonDocument.parse(json, "d.jsonl").orElseThrow());
  }

  @Test
  void write_isOneCanonicalLine() {
    assertThat(DossierJson.write(small()))
        .isEqualTo(
            "{\"code\":\"000.00.00.H56-260309-0001\",\"status\":\"RECEIVED\","
                + "\"procedure\":{\"code\":\"1.001193\",\"version\":\"1\",\"name\":{\"vi\":\"Đăng ký"
                + " khai sinh\",\"en\":\"Birth registration\"},\"onlineServiceLevel\":\"FULL\"},"
                + "\"channel\":\"ONLINE\",\"processingTime\":{\"value\":5,\"unit\":\"WORKING_DAYS\"},"
                + "\"dueAt\":\"2026-03-16T17:00:00+07:00\","
                + "\"applicant\":{\"kind\":\"CITIZEN\",\"name\":\"Nguyễn Văn An\","
                + "\"identifiers\":[{\"kind\":\"personal-id\",\"value\":\"001087123456\"}],"
                + "\"phone\":\"0912345678\",\"email\":\"an.nguyen@example.vn\","
                + "\"address\":\"12 Lê Lợi, Phường Hạc Thành, Thanh Hóa\",\"verifiedWithVneid\":true},"
                + "\"components\":[{\"component\":\"GT1\",\"provision\":\"SUBMITTED\"}],"
                + "\"events\":[{\"at\":\"2026-03-09T09:00:00+07:00\",\"by\":\"applicant\","
                + "\"to\":\"SUBMITTED\"},{\"at\":\"2026-03-09T10:30:00+07:00\",\"by\":\"cb.0042\","
                + "\"from\":\"SUBMITTED\",\"to\":\"RECEIVED\"}]}");
  }

  @Test
  void readOfWrite_givesTheSameDossier_withEveryPartFilled() {
    Dossier dossier = full();
    String line = DossierJson.write(dossier);
    assertThat(read(line).orElseThrow()).isEqualTo(dossier);
    assertThat(JsonSchemas.violations(JsonSchemas.DOSSIER, line)).isEmpty();
  }

  @Property(tries = 150)
  void readOfWrite_isTheIdentity_andMatchesTheSchema(
      @ForAll("starts") java.time.Instant start,
      @ForAll("times") ProcessingTime time,
      @ForAll("scripts") List<DossierArbitraries.Step> script) {
    Dossier dossier = DossierArbitraries.play(start, time, script, r -> {});
    String line = DossierJson.write(dossier);
    assertThat(read(line).orElseThrow()).isEqualTo(dossier);
    assertThat(DossierJson.write(read(line).orElseThrow())).isEqualTo(line);
    assertThat(JsonSchemas.violations(JsonSchemas.DOSSIER, line)).isEmpty();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<List<DossierArbitraries.Step>> scripts() {
    return DossierArbitraries.scripts();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<ProcessingTime> times() {
    return DossierArbitraries.times();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<java.time.Instant> starts() {
    return DossierArbitraries.starts();
  }

  @Test
  void read_reportsEveryStructuralProblemWithItsPointer() {
    String line =
        DossierJson.write(small())
            .replace("\"channel\":\"ONLINE\"", "\"channel\":\"FAX\"")
            .replace("\"kind\":\"CITIZEN\"", "\"kind\":\"CITIZEN\",\"nmae\":\"x\"")
            .replace("\"value\":5,", "\"value\":-5,");
    Validated<Dossier> read = read(line);
    assertThat(read.value()).isEmpty();
    assertThat(read.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::pointer)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("JSON_INVALID_VALUE", "/channel"),
            org.assertj.core.groups.Tuple.tuple("JSON_UNKNOWN_PROPERTY", "/applicant/nmae"),
            org.assertj.core.groups.Tuple.tuple("JSON_OUT_OF_RANGE", "/processingTime/value"));
  }

  @Test
  void read_ofAnIllegalLog_reportsTheMoveAndTheStatusMismatch() {
    String line =
        DossierJson.write(small())
            .replace("\"to\":\"RECEIVED\"", "\"to\":\"COMPLETED\"")
            .replace("\"dueAt\":\"2026-03-16T17:00:00+07:00\",", "");
    Validated<Dossier> read = read(line);
    assertThat(read.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("DOSSIER_TRANSITION_NOT_ALLOWED", "/events/1"),
            org.assertj.core.groups.Tuple.tuple("DOSSIER_STATUS_MISMATCH", "/status"));
    assertThat(read.diagnostics().get(0).position().line()).isEqualTo(1);
  }

  @Test
  void read_ofADueDateBeforeTheReceipt_isRefused() {
    String line =
        DossierJson.write(small())
            .replace(
                "\"dueAt\":\"2026-03-16T17:00:00+07:00\"",
                "\"dueAt\":\"2026-03-09T10:00:00+07:00\"");
    assertThat(read(line).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("DOSSIER_DUE_BEFORE_RECEIPT");
  }

  @Test
  void read_ofABadIdentifierOrActor_neverRepeatsThePersonalValue() {
    String line =
        DossierJson.write(small())
            .replace("001087123456", "099087123456")
            .replace("\"by\":\"cb.0042\"", "\"by\":\"0912345678\"");
    Validated<Dossier> read = read(line);
    assertThat(read.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::pointer)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "ID_PERSONAL_ID_UNKNOWN_PROVINCE", "/applicant/identifiers/0/value"),
            org.assertj.core.groups.Tuple.tuple("DOSSIER_ACTOR_PERSONAL", "/events/1/by"));
    for (Diagnostic d : read.diagnostics()) {
      assertThat(d.message().get(Language.VI) + d.message().get(Language.EN))
          .doesNotContain("099087123456")
          .doesNotContain("0912345678");
    }
  }

  @Test
  void read_ofAnInstantWithoutOffset_saysWhatIsExpected() {
    String line =
        DossierJson.write(small()).replace("2026-03-09T09:00:00+07:00", "2026-03-09 09:00");
    assertThat(read(line).diagnostics())
        .extracting(Diagnostic::code, Diagnostic::pointer)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("DOSSIER_INVALID_INSTANT", "/events/0/at"));
  }

  @Test
  void jsonLines_readsOnAfterABadLine_withTheFileLineOfEachProblem() {
    String good = DossierJson.write(small());
    String text =
        good
            + "\r\n\n"
            + "{\"code\": oops}\n"
            + good.replace("\"status\":\"RECEIVED\"", "\"status\":\"DONE\"")
            + "\n"
            + good;
    List<Dossier> dossiers = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();

    DossierJsonLines.ReadSummary summary =
        DossierJsonLines.read(new StringReader(text), "d.jsonl", dossiers::add, problems::add);

    assertThat(summary).isEqualTo(new DossierJsonLines.ReadSummary(5, 2, 2));
    assertThat(dossiers).containsExactly(small(), small());
    assertThat(problems)
        .extracting(Diagnostic::code, d -> d.position().line(), Diagnostic::file)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("JSON_MALFORMED", 3, "d.jsonl"),
            org.assertj.core.groups.Tuple.tuple("JSON_INVALID_VALUE", 4, "d.jsonl"));
    assertThat(problems.get(0).message().get(Language.EN)).contains("line 3, column 10");
    assertThat(problems.get(1).position().column()).isGreaterThan(1);
  }

  @Test
  void jsonLines_reportsAnOverlongLineWithoutKeepingIt() {
    String text =
        "{\"x\":\""
            + "a".repeat(DossierJsonLines.MAX_LINE_CHARS)
            + "\"}\n"
            + DossierJson.write(small())
            + "\n";
    List<Diagnostic> problems = new ArrayList<>();
    List<Dossier> dossiers = new ArrayList<>();
    DossierJsonLines.read(new StringReader(text), null, dossiers::add, problems::add);
    assertThat(problems).extracting(Diagnostic::code).containsExactly("DOSSIER_LINE_TOO_LONG");
    assertThat(dossiers).hasSize(1);
  }

  @Test
  void jsonLines_writeThenRead_isTheIdentity() throws Exception {
    StringBuilder out = new StringBuilder();
    DossierJsonLines.write(List.of(small(), full()), out);
    List<Dossier> back = new ArrayList<>();
    DossierJsonLines.read(
        new StringReader(out.toString()),
        null,
        back::add,
        d -> {
          throw new AssertionError(d.toString());
        });
    assertThat(back).containsExactly(small(), full());
    assertThat(out.toString()).endsWith("\n").hasLineCount(2);
  }

  @Test
  void theSchema_isAValidJsonSchema() {
    assertThat(
            JsonSchemas.violations(
                JsonSchemas.META_2020_12, JsonSchemas.text("dossier.schema.json")))
        .isEmpty();
    assertThat(JsonSchemas.violations(JsonSchemas.DOSSIER, "{\"code\":\"x\"}")).isNotEmpty();
  }

  @Test
  void aProcessingTimeWithADecimalValue_isKept() {
    Dossier d =
        small().toBuilder()
            .processingTime(
                new ProcessingTime(new BigDecimal("0.5"), ProcessingTimeUnit.WORKING_DAYS, null))
            .dueAt(null)
            .build();
    assertThat(read(DossierJson.write(d)).orElseThrow()).isEqualTo(d);
  }

  @Property(tries = 300)
  void canonicalInstants_readWithoutAFormatter_asTheFormatterWould(
      @ForAll @net.jqwik.api.constraints.LongRange(min = 946_684_800L, max = 4_102_444_799L)
          long seconds,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 999_999_999) int nanos,
      @ForAll @net.jqwik.api.constraints.IntRange(min = -12, max = 14) int offsetHours) {
    java.time.Instant instant = java.time.Instant.ofEpochSecond(seconds, nanos);
    String text =
        java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
            instant.atOffset(java.time.ZoneOffset.ofHours(offsetHours)));
    assertThat(DossierJson.parseCanonical(text)).isEqualTo(instant);
    assertThat(DossierJson.parseCanonical(DossierJson.format(instant))).isEqualTo(instant);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "2026-02-30T10:00:00+07:00",
        "2026-13-01T10:00:00+07:00",
        "2026-03-09T24:00:00+07:00",
        "2026-03-09T10:00:00",
        "2026-03-09T10:00:00+0700",
        "2026-03-09T10:00:00.+07:00",
        "2026-03-09 10:00:00+07:00",
        "2026-03-09T10:00+07:00"
      })
  void textsOutsideTheCanonicalForm_areLeftToTheFormatter(String text) {
    assertThat(DossierJson.parseCanonical(text)).isNull();
  }
}
