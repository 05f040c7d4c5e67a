package org.opendvc.examples.docs;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.dossier.Applicant;
import org.opendvc.core.dossier.ComponentProvision;
import org.opendvc.core.dossier.Dossier;
import org.opendvc.core.dossier.DossierCodeGenerator;
import org.opendvc.core.dossier.DossierDeadlines;
import org.opendvc.core.dossier.DossierEvent;
import org.opendvc.core.dossier.DossierJsonLines;
import org.opendvc.core.dossier.DossierLifecycle;
import org.opendvc.core.dossier.DossierResult;
import org.opendvc.core.dossier.FileSequenceStore;
import org.opendvc.core.dossier.ProcedureRef;
import org.opendvc.core.dossier.ReceiptObligation;
import org.opendvc.core.dossier.SatisfactionLevel;
import org.opendvc.core.dossier.SubmittedComponent;
import org.opendvc.core.dossier.Timeliness;
import org.opendvc.core.id.AgencyCode;
import org.opendvc.core.id.PersonalIdNumber;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.time.WorkingCalendar;
import org.opendvc.testkit.synthetic.SyntheticDossiers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The samples of {@code docs/dossiers.md}. */
public final class DossierGuide {
  private static final Logger LOG = LoggerFactory.getLogger(DossierGuide.class);

  /** The component the samples ask the applicant to supplement. */
  public static final String DIVORCE_DECISION =
      "Bản sao bản án, quyết định ly hôn đã có hiệu lực pháp luật, nếu người yêu cầu đã có vợ hoặc"
          + " chồng nhưng đã ly hôn";

  private DossierGuide() {}

  /**
   * Opens a dossier for {@code procedure}, submitted online now, with its code from a sequence kept
   * in {@code sequences}.
   */
  public static Dossier open(Procedure procedure, Clock clock, Path sequences) {
    // [START open]
    // both thread-safe: build them once and share them
    DossierCodeGenerator codes = new DossierCodeGenerator(new FileSequenceStore(sequences), clock);
    DossierLifecycle lifecycle = DossierLifecycle.of(WorkingCalendar.standard(), clock);

    Dossier.Builder draft =
        Dossier.builder(
                codes.next(AgencyCode.of("000.00.00.H56")), // e.g. 000.00.00.H56-260309-0001
                ProcedureRef.of(procedure), // code, version, name, sector, online level
                ChannelKind.ONLINE,
                Applicant.citizen("Nguyễn Văn An", PersonalIdNumber.of("001087123456")))
            .processingTime(procedure.channel(ChannelKind.ONLINE).orElseThrow().processingTime())
            .addComponent(
                SubmittedComponent.of(
                    "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", ComponentProvision.SUBMITTED));
    Dossier submitted = lifecycle.submit(draft, DossierEvent.APPLICANT); // one event: SUBMITTED
    LOG.info("{}", submitted); // code, procedure, status, dates; the applicant masked
    // [END open]
    return submitted;
  }

  /** Receives the dossier, starts processing it and asks for a supplement, all now. */
  public static Dossier receiveAndAskForMore(DossierLifecycle lifecycle, Dossier submitted) {
    // [START moves]
    Dossier received = lifecycle.receive(submitted, "cb.0042").orElseThrow(); // dueAt set
    Validated<Dossier> tooSoon = lifecycle.deliverResult(received, "cb.0042");
    tooSoon.diagnostics(); // DOSSIER_TRANSITION_NOT_ALLOWED, naming the moves that are allowed
    Dossier processing = lifecycle.startProcessing(received, "cb.0042").orElseThrow();
    Dossier waiting =
        lifecycle
            .requestSupplement(processing, "cb.0042", "Bổ sung bản sao quyết định ly hôn")
            .orElseThrow(); // SUPPLEMENT_REQUESTED: the deadline clock stops
    // [END moves]
    return waiting;
  }

  /** Where a waiting dossier stands at {@code asOf}. */
  public static Instant dueAsOf(DossierLifecycle lifecycle, Dossier waiting, Instant asOf) {
    // [START deadlines]
    DossierDeadlines deadlines = lifecycle.deadlines();
    Instant stored = waiting.dueAt(); // as of its last event: the open wait is not counted yet
    Instant due = deadlines.dueAt(waiting, asOf); // moved on by the office time waited until asOf
    Duration waited = deadlines.waitingTime(waiting, asOf); // office time, for working days
    Timeliness standing = deadlines.timeliness(waiting, asOf); // WITHIN_DEADLINE or OVERDUE
    ReceiptObligation receipt = deadlines.receiptObligation(waiting).orElseThrow(); // online only
    receipt.state(asOf); // MET, MISSED, PENDING, OVERDUE or WITHDRAWN
    // [END deadlines]
    LOG.debug("{} {} {} {}", stored, waited, standing, receipt);
    return due;
  }

  /** The applicant supplements, and the agency completes and delivers the result, now. */
  public static Dossier finish(DossierLifecycle lifecycle, Dossier waiting) {
    // [START finish]
    Dossier resumed =
        lifecycle
            .supplement(
                waiting,
                DossierEvent.APPLICANT,
                List.of(SubmittedComponent.of(DIVORCE_DECISION, ComponentProvision.SUBMITTED)))
            .orElseThrow(); // back to PROCESSING; dueAt moved by the wait; supplement closed
    Dossier completed =
        lifecycle
            .complete(
                resumed,
                "cb.0042",
                List.of(
                    new DossierResult(
                        null, "Giấy xác nhận tình trạng hôn nhân", true, null, null, null)))
            .orElseThrow(); // electronic: counts for ORIGINAL_RESULT_AVAILABLE
    Dossier delivered = lifecycle.deliverResult(completed, "cb.0042").orElseThrow();
    Dossier rated = lifecycle.rate(delivered, SatisfactionLevel.VERY_SATISFIED, null).orElseThrow();
    // [END finish]
    return rated;
  }

  /** Reads a dossier file, handing each dossier to {@code use}; returns the problems found. */
  public static List<Diagnostic> read(Path file, Consumer<Dossier> use) {
    // [START read]
    List<Diagnostic> problems = new ArrayList<>();
    DossierJsonLines.ReadSummary summary =
        DossierJsonLines.read(file, file.toString(), use, problems::add); // one line at a time
    // problems: file, line, column and JSON Pointer; a bad line is skipped, the rest is read
    LOG.info(
        "{} lines, {} dossiers, {} rejected",
        summary.lines(),
        summary.dossiers(),
        summary.rejected());
    // [END read]
    return problems;
  }

  /** Writes {@code dossiers} to {@code file}, one canonical line each. */
  public static void write(List<Dossier> dossiers, Path file) throws IOException {
    // [START write]
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      DossierJsonLines.write(dossiers, out); // DossierJson.write(dossier) for one line
    }
    // [END write]
  }

  /** Made-up dossiers for {@code procedures}. */
  public static List<Dossier> synthetic(List<Procedure> procedures) {
    // [START synthetic]
    List<Dossier> dossiers =
        SyntheticDossiers.builder(procedures) // each with at least one channel
            .agencies(List.of(AgencyCode.of("000.00.00.H56"))) // three of H56 and H22 by default
            .seed(766) // same settings and seed, same dossiers
            .window(LocalDate.of(2026, 1, 1), 90) // submissions spread over these days
            .build()
            .generate(200); // or stream(n), iterator(n) for files of any size
    // [END synthetic]
    return dossiers;
  }
}
