package org.opendvc.testkit.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.opendvc.core.Language;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.rules.RuleInfo;
import org.opendvc.rules.RulesEngine;
import org.opendvc.rules.scenario.RuleCoverage;
import org.opendvc.rules.scenario.ScenarioReader;
import org.opendvc.rules.scenario.ScenarioResult;
import org.opendvc.rules.scenario.ScenarioRunner;
import org.opendvc.rules.scenario.ScenarioSuite;
import org.opendvc.testkit.junit.ScenarioTests;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dvc test}: runs scenario files and reports each case and the rule coverage. */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Runs scenario files (*.yaml, *.yml; folders are searched) and prints each case, then how"
          + " often each eligibility rule fired.",
      "Exit status: 0 when every case passed (and, with --require-coverage, every rule fired), 1"
          + " otherwise, 2 for a usage error."
    })
final class TestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Scenario files or folders.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--require-coverage",
      description = "Fail when a rule of the eligibility rule base never fired.")
  boolean requireCoverage;

  @Option(
      names = "--lang",
      defaultValue = "vi",
      converter = LanguageConverter.class,
      description = "Language of messages: vi (default) or en.")
  Language lang = Language.VI;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> missing = paths.stream().filter(p -> !Files.exists(p)).toList();
    if (!missing.isEmpty()) {
      spec.commandLine().getErr().println("dvc test: no such file or folder: " + missing);
      return 2;
    }
    ScenarioReader reader = ScenarioReader.standard();
    RuleCoverage coverage = new RuleCoverage();
    int passed = 0;
    int failed = 0;
    List<Diagnostic> problems = new ArrayList<>();
    try (RulesEngine engine = RulesEngine.builder().poolSize(1).build()) {
      ScenarioRunner runner = new ScenarioRunner(engine, coverage);
      for (Path root : paths) {
        for (Path file : ScenarioTests.files(root)) {
          Validated<ScenarioSuite> suite = reader.read(file);
          if (suite.hasErrors() || suite.value().isEmpty()) {
            problems.addAll(suite.diagnostics());
            failed++;
            continue;
          }
          out.println(file);
          for (ScenarioResult result : runner.run(suite.value().get())) {
            out.println((result.passed() ? "  PASS  " : "  FAIL  ") + result.scenario().name());
            result.failures().forEach(f -> out.println("          " + f));
            if (result.passed()) {
              passed++;
            } else {
              failed++;
            }
          }
        }
      }
      if (!problems.isEmpty()) {
        DiagnosticPrinter.print(out, OutputFormat.TEXT, lang, problems.size(), problems);
      }
      List<RuleInfo> scope =
          engine.rules().stream().filter(r -> r.ruleBase().equals("eligibility")).toList();
      RuleCoverage.Report report = coverage.report(scope);
      out.println();
      out.println(lang == Language.VI ? "Độ phủ quy tắc / Rule coverage:" : "Rule coverage:");
      report.lines().forEach(out::println);
      out.println();
      out.println(passed + " passed, " + failed + " failed");
      boolean ok = failed == 0 && (!requireCoverage || report.isClean());
      return ok ? 0 : 1;
    }
  }
}
