package org.opendvc.testkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.Language;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.dossier.DossierJsonLines;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.scorecard.AgencyProfile;
import org.opendvc.core.scorecard.AgencyScope;
import org.opendvc.core.scorecard.Fallback;
import org.opendvc.core.scorecard.GroupScore;
import org.opendvc.core.scorecard.MetricScore;
import org.opendvc.core.scorecard.MetricStatus;
import org.opendvc.core.scorecard.OnlineServiceRule;
import org.opendvc.core.scorecard.ScorePeriod;
import org.opendvc.core.scorecard.Scorecard;
import org.opendvc.core.scorecard.ScorecardAccumulator;
import org.opendvc.core.scorecard.ScorecardJson;
import org.opendvc.core.scorecard.ScorecardRules;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dvc scorecard}: the Decision 766 scorecard of a dossier file. */
@Command(
    name = "scorecard",
    mixinStandardHelpOptions = true,
    description = {
      "Computes the Decision 766 scorecard (six groups, 100 points) of the dossiers in a JSON"
          + " Lines file, as DVCQG computes it, in one pass over the file.",
      "Metrics a dossier cannot give (procedures published on time, feedback items, certified"
          + " copies) come from --profile; without it they are not computed and their points go"
          + " to the other metrics of their group (--when-input-missing).",
      "Exit status: 0, 1 when lines of the file were rejected (the scorecard counts the others),"
          + " 2 for a usage error."
    })
final class ScorecardCommand implements Callable<Integer> {
  /** The most diagnostics printed; the rest are counted. */
  static final int MAX_PRINTED = 200;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "Dossiers, one per line.")
  Path file;

  @Option(
      names = "--agency",
      paramLabel = "CODE",
      description = "Only dossiers received by this agency (000.00.00.H56) or province (H56).")
  @Nullable String agency;

  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      defaultValue = "all",
      description = "2026 (year), 2026-Q1 (quarter), 2026-03 (month) or all (default).")
  String period = "all";

  @Option(
      names = "--as-of",
      paramLabel = "ISO-DATE-TIME",
      description =
          "Judge open dossiers at this instant when the period has not ended (default: now).")
  @Nullable String asOf;

  @Option(
      names = "--profile",
      paramLabel = "FILE",
      description = "The agency's figures that dossiers do not carry (agency-profile.schema.json).")
  @Nullable Path profile;

  @Option(
      names = "--online-service",
      paramLabel = "RULE",
      defaultValue = "FULL_PROCESS_SHARE",
      description = "FULL_PROCESS_SHARE (default) or ONLINE_SHARE.")
  OnlineServiceRule onlineService = OnlineServiceRule.FULL_PROCESS_SHARE;

  @Option(
      names = "--when-input-missing",
      paramLabel = "RULE",
      defaultValue = "REDISTRIBUTE",
      description = "REDISTRIBUTE (default), LEAVE_OUT, ZERO or FULL_SCORE.")
  Fallback whenInputMissing = Fallback.REDISTRIBUTE;

  @Option(
      names = "--when-nothing-to-count",
      paramLabel = "RULE",
      defaultValue = "REDISTRIBUTE",
      description = "REDISTRIBUTE (default), LEAVE_OUT, ZERO or FULL_SCORE.")
  Fallback whenNothingToCount = Fallback.REDISTRIBUTE;

  @Option(
      names = "--sync-tolerance-hours",
      paramLabel = "N",
      defaultValue = "24",
      description = "Hours after an event its sync to DVCQG still counts as on time (24).")
  int syncToleranceHours = 24;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(file)) {
      err.println("dvc scorecard: no such file: " + file);
      return 2;
    }
    List<Diagnostic> usage = new ArrayList<>();
    ScorePeriod chosenPeriod = valueOrReport(ScorePeriod.parse(period), usage);
    AgencyScope scope =
        agency == null ? AgencyScope.all() : valueOrReport(AgencyScope.parse(agency), usage);
    Instant judgedAt = parseAsOf(usage);
    if (!usage.isEmpty() || syncToleranceHours < 0) {
      usage.forEach(d -> err.println("dvc scorecard: " + d.message().get(output.lang)));
      if (syncToleranceHours < 0) {
        err.println("dvc scorecard: --sync-tolerance-hours must not be negative");
      }
      return 2;
    }
    List<Diagnostic> problems = new ArrayList<>();
    AgencyProfile figures = AgencyProfile.empty();
    if (profile != null) {
      Validated<AgencyProfile> read = readProfile(profile);
      problems.addAll(read.diagnostics());
      if (read.value().isEmpty()) {
        DiagnosticPrinter.print(
            spec.commandLine().getOut(), output.format, output.lang, 1, problems);
        return 1;
      }
      figures = read.value().get();
    }
    ScorecardRules rules =
        ScorecardRules.builder()
            .syncTolerance(Duration.ofHours(syncToleranceHours))
            .onlineService(onlineService)
            .whenInputMissing(whenInputMissing)
            .whenNothingToCount(whenNothingToCount)
            .build();
    ScorecardAccumulator accumulator =
        ScorecardAccumulator.builder(chosenPeriod)
            .agency(scope)
            .asOf(judgedAt)
            .rules(rules)
            .profile(figures)
            .build();
    long[] more = {0};
    DossierJsonLines.ReadSummary summary =
        DossierJsonLines.read(
            file,
            file.toString(),
            accumulator::accept,
            d -> {
              if (problems.size() < MAX_PRINTED) {
                problems.add(d);
              } else {
                more[0]++;
              }
            });
    Scorecard card = accumulator.result();
    if (output.format == OutputFormat.JSON) {
      printJson(card, summary, problems, more[0]);
    } else {
      printText(card, summary, problems, more[0]);
    }
    return problems.stream().anyMatch(Diagnostic::isError) ? 1 : 0;
  }

  private static <T> @Nullable T valueOrReport(Validated<T> validated, List<Diagnostic> usage) {
    usage.addAll(validated.errors());
    return validated.value().orElse(null);
  }

  private @Nullable Instant parseAsOf(List<Diagnostic> usage) {
    if (asOf == null) {
      return Instant.now();
    }
    try {
      return OffsetDateTime.parse(asOf).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return java.time.LocalDateTime.parse(asOf)
            .atZone(org.opendvc.core.time.WorkingCalendar.VIETNAM)
            .toInstant();
      } catch (DateTimeParseException again) {
        usage.add(org.opendvc.core.dossier.DossierDiagnostics.INVALID_INSTANT.at("", asOf));
        return null;
      }
    }
  }

  private static Validated<AgencyProfile> readProfile(Path path) {
    Validated<JsonDocument> document = JsonDocument.read(path, path.toString());
    if (document.value().isEmpty()) {
      return Validated.invalid(document.diagnostics());
    }
    return AgencyProfile.read(document.value().get());
  }

  private void printJson(
      Scorecard card, DossierJsonLines.ReadSummary summary, List<Diagnostic> problems, long more) {
    ObjectNode root = ScorecardJson.toTree(card);
    ObjectNode read = root.putObject("file");
    read.put("name", file.toString());
    read.put("lines", summary.lines());
    read.put("dossiers", summary.dossiers());
    read.put("rejected", summary.rejected());
    ArrayNode list = root.putArray("diagnostics");
    problems.forEach(d -> list.add(DiagnosticPrinter.json(d)));
    if (more > 0) {
      root.put("diagnosticsNotShown", more);
    }
    JsonOutput.print(spec.commandLine().getOut(), root);
  }

  private void printText(
      Scorecard card, DossierJsonLines.ReadSummary summary, List<Diagnostic> problems, long more) {
    PrintWriter out = spec.commandLine().getOut();
    Language lang = output.lang;
    boolean vi = lang == Language.VI;
    if (!problems.isEmpty()) {
      DiagnosticPrinter.print(out, OutputFormat.TEXT, lang, 1, problems);
      if (more > 0) {
        out.println(vi ? "(còn " + more + " vấn đề không in)" : "(" + more + " more not shown)");
      }
      out.println();
    }
    ScorePeriod p = card.period();
    String scope =
        card.agency().code() == null ? (vi ? "mọi cơ quan" : "all agencies") : card.agency().code();
    String range =
        p.kind() == ScorePeriod.Kind.ALL
            ? (vi ? "mọi thời gian" : "all time")
            : p + " (" + p.firstDay() + " – " + p.lastDay() + ")";
    out.println((vi ? "Bộ chỉ số 766 — " : "Decision 766 scorecard — ") + scope + ", " + range);
    out.printf(
        Locale.ROOT,
        vi
            ? "%d hồ sơ đọc, %d trong phạm vi, %d dòng bị loại%n"
            : "%d dossiers read, %d in scope, %d lines rejected%n",
        summary.dossiers(),
        card.dossiersInScope(),
        summary.rejected());
    for (GroupScore group : card.groups()) {
      out.println();
      out.printf(
          Locale.ROOT,
          "%-52s %6s / %s%n",
          group.group().title().get(lang),
          group.score().toPlainString(),
          trim(group.maxScore()));
      for (MetricScore m : group.metrics()) {
        if (m.decisionMaxScore() == 0 && m.status() != MetricStatus.COMPUTED) {
          continue;
        }
        String counts =
            m.status() == MetricStatus.INPUT_MISSING
                ? (vi ? "không có số liệu" : "no figures")
                : m.numerator() + "/" + m.denominator();
        String ratio = m.ratio() == null ? "—" : m.ratio().toPlainString() + "%";
        out.printf(
            Locale.ROOT,
            "  %-34s %17s %8s %6s / %s%n",
            m.code().name(),
            counts,
            ratio,
            m.score().toPlainString(),
            trim(m.maxScore()));
      }
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "%-52s %6s / %s%n",
        vi ? "Tổng" : "Total",
        card.total().toPlainString(),
        trim(card.maxTotal()));
    ScorecardRules rules = card.rules();
    out.println(
        (vi ? "Quy tắc: " : "Rules: ")
            + "syncTolerance "
            + rules.syncTolerance()
            + ", onlineService "
            + rules.onlineService()
            + ", whenInputMissing "
            + rules.whenInputMissing()
            + ", whenNothingToCount "
            + rules.whenNothingToCount()
            + (vi
                ? " (xem --format json để biết cách tính từng chỉ số)"
                : " (--format json explains each metric)"));
  }

  private static String trim(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }
}
