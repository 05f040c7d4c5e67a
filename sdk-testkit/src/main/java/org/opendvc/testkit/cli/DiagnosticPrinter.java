package org.opendvc.testkit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opendvc.core.Language;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Severity;
import org.opendvc.core.diagnostic.SourcePosition;

/** Prints diagnostics for people (grouped by file) or as JSON, with a summary. */
final class DiagnosticPrinter {
  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing((Diagnostic d) -> d.position() == null ? 0 : d.position().line())
          .thenComparing(d -> d.position() == null ? 0 : d.position().column())
          .thenComparing(Diagnostic::pointer);

  private DiagnosticPrinter() {}

  /** Counts of diagnostics by severity, and of files looked at. */
  record Summary(int files, int errors, int warnings, int infos) {
    static Summary of(int files, List<Diagnostic> diagnostics) {
      int e = 0;
      int w = 0;
      int i = 0;
      for (Diagnostic d : diagnostics) {
        switch (d.severity()) {
          case ERROR -> e++;
          case WARNING -> w++;
          case INFO -> i++;
        }
      }
      return new Summary(files, e, w, i);
    }
  }

  static void print(
      PrintWriter out, OutputFormat format, Language lang, int files, List<Diagnostic> all) {
    Summary summary = Summary.of(files, all);
    if (format == OutputFormat.JSON) {
      printJson(out, all, summary);
    } else {
      printText(out, lang, all, summary);
    }
  }

  private static void printText(
      PrintWriter out, Language lang, List<Diagnostic> all, Summary summary) {
    Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
    for (Diagnostic d : all) {
      byFile.computeIfAbsent(Objects.toString(d.file(), "-"), k -> new ArrayList<>()).add(d);
    }
    for (Map.Entry<String, List<Diagnostic>> entry : byFile.entrySet()) {
      out.println(entry.getKey());
      List<Diagnostic> sorted = new ArrayList<>(entry.getValue());
      sorted.sort(ORDER);
      for (Diagnostic d : sorted) {
        SourcePosition at = d.position();
        String where = at == null ? "" : at.line() + ":" + at.column();
        out.printf(
            "  %-8s %-9s %s  %s%n",
            where, label(d.severity(), lang), d.code(), d.pointer().isEmpty() ? "/" : d.pointer());
        out.println("           " + d.message().get(lang));
        if (d.legalReference() != null) {
          out.println("           " + d.legalReference().cite(lang));
        }
      }
      out.println();
    }
    out.println(summaryLine(summary, lang));
  }

  static String summaryLine(Summary s, Language lang) {
    if (lang == Language.VI) {
      return String.format(
          "%d tệp · %d lỗi · %d cảnh báo · %d thông tin",
          s.files(), s.errors(), s.warnings(), s.infos());
    }
    return String.format(
        "%d file%s · %d error%s · %d warning%s · %d info",
        s.files(),
        plural(s.files()),
        s.errors(),
        plural(s.errors()),
        s.warnings(),
        plural(s.warnings()),
        s.infos());
  }

  private static String plural(int n) {
    return n == 1 ? "" : "s";
  }

  /** The severity as people read it in {@code lang}. */
  static String label(Severity severity, Language lang) {
    if (lang == Language.EN) {
      return severity.name();
    }
    return switch (severity) {
      case ERROR -> "LỖI";
      case WARNING -> "CẢNH BÁO";
      case INFO -> "THÔNG TIN";
    };
  }

  /** One diagnostic as a JSON object, as {@code --format json} writes it. */
  static ObjectNode json(Diagnostic d) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("code", d.code());
    o.put("severity", d.severity().name());
    o.put("file", d.file());
    o.put("pointer", d.pointer());
    if (d.position() != null) {
      o.put("line", d.position().line());
      o.put("column", d.position().column());
    }
    ObjectNode message = o.putObject("message");
    message.put("vi", d.message().vi());
    message.put("en", d.message().get(Language.EN));
    if (d.legalReference() != null) {
      ObjectNode law = o.putObject("legalReference");
      law.put("vi", d.legalReference().cite(Language.VI));
      law.put("en", d.legalReference().cite(Language.EN));
    }
    return o;
  }

  private static void printJson(PrintWriter out, List<Diagnostic> all, Summary summary) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : all) {
      list.add(json(d));
    }
    ObjectNode s = root.putObject("summary");
    s.put("files", summary.files());
    s.put("errors", summary.errors());
    s.put("warnings", summary.warnings());
    s.put("infos", summary.infos());
    JsonOutput.print(out, root);
  }
}
