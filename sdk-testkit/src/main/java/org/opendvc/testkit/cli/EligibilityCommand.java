package org.opendvc.testkit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.opendvc.core.Language;
import org.opendvc.core.catalog.LoadedProcedure;
import org.opendvc.core.catalog.ProcedureLoader;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.rules.Decision;
import org.opendvc.rules.Finding;
import org.opendvc.rules.ParameterUse;
import org.opendvc.rules.RulesEngine;
import org.opendvc.rules.scenario.Scenario;
import org.opendvc.rules.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dvc eligibility}: decides one case and explains each requirement. */
@Command(
    name = "eligibility",
    mixinStandardHelpOptions = true,
    description = {
      "Decides eligibility for one case: the procedure file, a facts file (YAML or JSON with the"
          + " members of a scenario: facts, registry, submitted, consent) and the decision date.",
      "Exit status: 0 when a decision was made (whatever it is), 1 when the inputs have errors, 2"
          + " for a usage error."
    })
final class EligibilityCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--procedure", required = true, paramLabel = "FILE", description = "Procedure.")
  Path procedure;

  @Option(names = "--facts", required = true, paramLabel = "FILE", description = "Facts file.")
  Path facts;

  @Option(
      names = "--date",
      required = true,
      paramLabel = "DATE",
      description = "Decision date, YYYY-MM-DD.")
  LocalDate date;

  @Option(names = "--format", defaultValue = "text", description = "text (default) or json.")
  OutputFormat format = OutputFormat.TEXT;

  @Option(
      names = "--lang",
      defaultValue = "vi",
      converter = LanguageConverter.class,
      description = "Language of messages: vi (default) or en.")
  Language lang = Language.VI;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (Path p : List.of(procedure, facts)) {
      if (!Files.isRegularFile(p)) {
        spec.commandLine().getErr().println("dvc eligibility: no such file: " + p);
        return 2;
      }
    }
    List<Diagnostic> problems = new ArrayList<>();
    LoadedProcedure loaded = ProcedureLoader.standard().load(procedure);
    problems.addAll(loaded.diagnostics().stream().filter(Diagnostic::isError).toList());
    Validated<Scenario> scenario = ScenarioReader.standard().readCase(facts, date);
    problems.addAll(scenario.diagnostics().stream().filter(Diagnostic::isError).toList());
    if (!problems.isEmpty() || loaded.procedure() == null || scenario.value().isEmpty()) {
      DiagnosticPrinter.print(out, format, lang, 2, problems);
      return 1;
    }
    try (RulesEngine engine = RulesEngine.builder().poolSize(1).build()) {
      Decision decision = engine.decide(scenario.value().get().request(loaded.procedure()));
      if (format == OutputFormat.JSON) {
        printJson(out, decision);
      } else {
        printText(out, decision);
      }
    }
    return 0;
  }

  private void printText(PrintWriter out, Decision d) {
    out.println(d.procedure().value() + " · " + d.decisionDate() + " · " + d.outcome());
    for (Finding f : d.findings()) {
      out.printf("  %-20s %-12s %s%n", f.status(), f.requirementId(), f.ruleId());
      out.println("           " + f.message().get(lang));
      if (f.legalReference() != null) {
        out.println("           " + f.legalReference().cite(lang));
      }
    }
    if (!d.missing().isEmpty()) {
      out.println((lang == Language.VI ? "Cần bổ sung: " : "Missing: ") + d.missing());
    }
  }

  private static void printJson(PrintWriter out, Decision d) {
    JsonNodeFactory n = JsonNodeFactory.instance;
    ObjectNode root = n.objectNode();
    root.put("procedure", d.procedure().value());
    root.put("decisionDate", d.decisionDate().toString());
    root.put("outcome", d.outcome().name());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : d.findings()) {
      ObjectNode o = findings.addObject();
      o.put("requirement", f.requirementId());
      o.put("status", f.status().name());
      o.put("rule", f.ruleId());
      o.put("actual", f.actual());
      o.put("required", f.required());
      ArrayNode parameters = o.putArray("parameters");
      for (ParameterUse p : f.parameters()) {
        ObjectNode po = parameters.addObject();
        po.put("id", p.id());
        po.put("value", p.value());
        po.put("effectiveFrom", p.effectiveFrom().toString());
        if (p.legalReference() != null) {
          po.put("legalReference", p.legalReference().cite(Language.EN));
        }
      }
      if (f.legalReference() != null) {
        ObjectNode law = o.putObject("legalReference");
        law.put("vi", f.legalReference().cite(Language.VI));
        law.put("en", f.legalReference().cite(Language.EN));
      }
      ArrayNode missing = o.putArray("missing");
      f.missing().forEach(missing::add);
      ObjectNode message = o.putObject("message");
      message.put("vi", f.message().vi());
      message.put("en", f.message().get(Language.EN));
    }
    ArrayNode missing = root.putArray("missing");
    d.missing().forEach(missing::add);
    try {
      out.println(OpenDvcJson.prettyWriter().writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
