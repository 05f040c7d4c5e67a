package org.opendvc.testkit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.Language;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.id.IdDiagnostics;
import org.opendvc.core.id.Identifier;
import org.opendvc.core.id.IdentifierKind;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.testkit.cli.IdentifierFacts.Fact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dvc id}: validates and explains one identifier, detecting its kind unless told. Personal
 * numbers are shown masked, in the explanation and in every message.
 */
@Command(
    name = "id",
    mixinStandardHelpOptions = true,
    description = {
      "Validates and explains an identifier: personal identification number, legacy identity card"
          + " number, tax code, enterprise code, phone number, agency, procedure or dossier code.",
      "Without --kind, every kind the value could be is tried and reported. Personal numbers are"
          + " shown masked. Exit status: 0 when valid, 1 when not, 2 for a usage error."
    })
final class IdCommand implements Callable<Integer> {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "VALUE",
      description = "The identifier; quote it if it contains spaces.")
  String value = "";

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      converter = IdentifierKindConverter.class,
      description =
          "personal-id, legacy-id, tax-code, enterprise-code, phone, agency, procedure or dossier."
              + " Detected when absent.")
  @Nullable IdentifierKind kind;

  @Mixin OutputOptions output = new OutputOptions();

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description =
          "Reference date for birth years and personal tax codes (default: today in Vietnam).")
  @Nullable LocalDate asOf;

  /** One way of reading the value. */
  private record Reading(IdentifierKind kind, Validated<Identifier> result) {}

  @Override
  public Integer call() {
    Clock clock =
        asOf == null
            ? Clock.system(VIETNAM)
            : Clock.fixed(asOf.atStartOfDay(VIETNAM).toInstant(), VIETNAM);
    List<IdentifierKind> kinds = kind == null ? IdentifierKind.detect(value) : List.of(kind);
    List<Reading> readings = new ArrayList<>();
    for (IdentifierKind k : kinds) {
      readings.add(new Reading(k, k.parse(value, clock)));
    }
    String shown = shown(readings);
    MessageRedactor redactor = new MessageRedactor(clearForms(readings), shown);
    PrintWriter out = spec.commandLine().getOut();
    if (output.format == OutputFormat.JSON) {
      printJson(out, readings, shown, redactor);
    } else {
      printText(out, readings, shown, redactor);
    }
    return readings.stream().anyMatch(r -> r.result().isValid()) ? 0 : 1;
  }

  /**
   * The value as it may be printed: masked if a reading makes it personal data, since the same
   * digits mean the same person whichever kind is asked about. Only valid readings count when there
   * are some: a valid enterprise tax code is not masked because it fails as a phone number.
   */
  private String shown(List<Reading> readings) {
    if (readings.isEmpty()) {
      return IdentifierKind.maskUnknown(value);
    }
    List<Reading> valid = readings.stream().filter(r -> r.result().isValid()).toList();
    List<Reading> considered = valid.isEmpty() ? readings : valid;
    for (Reading r : considered) {
      if (r.result().value().map(Identifier::isPersonal).orElse(r.kind().isPersonal(value))) {
        return r.result().value().map(Identifier::masked).orElse(r.kind().mask(value));
      }
    }
    Reading first = considered.get(0);
    return first.result().value().map(Identifier::value).orElse(first.kind().mask(value));
  }

  private void printText(
      PrintWriter out, List<Reading> readings, String shown, MessageRedactor redactor) {
    if (readings.isEmpty()) {
      out.println(output.lang == Language.VI ? "Không rõ loại mã" : "Unknown kind of identifier");
      printDiagnostics(out, List.of(IdDiagnostics.UNRECOGNISED.at("", shown)));
      return;
    }
    if (readings.size() > 1) {
      String names =
          readings.stream()
              .map(r -> lowerFirst(r.kind().displayName().get(output.lang)))
              .collect(Collectors.joining(", "));
      out.println(
          output.lang == Language.VI
              ? shown + " có thể là " + readings.size() + " loại mã: " + names + "."
              : shown + " fits " + readings.size() + " kinds: " + names + ".");
      out.println();
    }
    for (int i = 0; i < readings.size(); i++) {
      Reading r = readings.get(i);
      if (i > 0) {
        out.println();
      }
      boolean valid = r.result().isValid();
      out.println(
          r.kind().displayName().get(output.lang)
              + ": "
              + (output.lang == Language.VI
                  ? (valid ? "hợp lệ" : "không hợp lệ")
                  : (valid ? "valid" : "invalid")));
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {output.lang == Language.VI ? "Giá trị" : "Value", shown});
      if (valid) {
        for (Fact fact : IdentifierFacts.of(r.result().orElseThrow())) {
          if (!fact.key().equals("province")) {
            rows.add(new String[] {fact.label().get(output.lang), fact.text().get(output.lang)});
          }
        }
      }
      int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
      for (String[] row : rows) {
        out.println("  " + row[0] + " ".repeat(width - row[0].length() + 2) + row[1]);
      }
      printDiagnostics(out, redactor.redact(r.result().diagnostics()));
    }
  }

  private void printDiagnostics(PrintWriter out, List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      out.println("  " + DiagnosticPrinter.label(d.severity(), output.lang) + " " + d.code());
      out.println("      " + d.message().get(output.lang));
      if (d.legalReference() != null) {
        out.println("      " + d.legalReference().cite(output.lang));
      }
    }
  }

  private static void printJson(
      PrintWriter out, List<Reading> readings, String shown, MessageRedactor redactor) {
    ObjectNode root;
    if (readings.isEmpty()) {
      root = JsonNodeFactory.instance.objectNode();
      root.put("value", shown);
      root.putNull("kind");
      root.put("valid", false);
      root.putArray("diagnostics")
          .add(DiagnosticPrinter.json(IdDiagnostics.UNRECOGNISED.at("", shown)));
    } else {
      Reading primary =
          readings.stream().filter(r -> r.result().isValid()).findFirst().orElse(readings.get(0));
      root = json(primary, shown, redactor);
      if (readings.size() > 1) {
        ArrayNode candidates = root.putArray("candidates");
        for (Reading r : readings) {
          candidates.add(json(r, shown, redactor));
        }
      }
    }
    try {
      out.println(OpenDvcJson.prettyWriter().writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode json(Reading reading, String shown, MessageRedactor redactor) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("value", shown);
    o.put("kind", reading.kind().id());
    o.put("valid", reading.result().isValid());
    reading
        .result()
        .value()
        .ifPresent(
            id -> {
              for (Fact fact : IdentifierFacts.of(id)) {
                if (fact.json() instanceof Integer n) {
                  o.put(fact.key(), n);
                } else {
                  o.put(fact.key(), String.valueOf(fact.json()));
                }
              }
            });
    ArrayNode diagnostics = o.putArray("diagnostics");
    for (Diagnostic d : redactor.redact(reading.result().diagnostics())) {
      diagnostics.add(DiagnosticPrinter.json(d));
    }
    return o;
  }

  /** The forms in which messages may quote the value in clear. */
  private List<String> clearForms(List<Reading> readings) {
    List<String> forms = new ArrayList<>();
    forms.add(value.replaceAll("\\s", ""));
    for (Reading r : readings) {
      r.result().value().map(Identifier::value).ifPresent(forms::add);
    }
    return forms;
  }

  private static String lowerFirst(String text) {
    return text.isEmpty()
        ? text
        : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
