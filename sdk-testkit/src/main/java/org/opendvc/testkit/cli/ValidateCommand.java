package org.opendvc.testkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.opendvc.core.catalog.CatalogChecks;
import org.opendvc.core.catalog.CatalogLoader;
import org.opendvc.core.catalog.LoadedProcedure;
import org.opendvc.core.catalog.ProcedureLoader;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.dictionary.DataDictionary;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.procedure.ProcedureDiagnostics;
import org.opendvc.core.scorecard.AgencyProfile;
import org.opendvc.forms.FormLoader;
import org.opendvc.rules.RulesEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dvc validate}: checks definition files (procedures, DVCQG packages, e-forms) and reports
 * every problem at once.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks procedure definitions (OpenDVC format or DVCQG packages), e-form definitions"
          + " (form.schema.json) and agency profiles (agency-profile.schema.json) and reports every problem at once, with the file, JSON Pointer,"
          + " line and column, including once-only problems (ONCE_ONLY_*) and the parameters"
          + " requirements name (RULES_*).",
      "Folders are searched for *.json files. Exit status: 0 without errors, 1 with errors, 2 for"
          + " a usage error."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to check.")
  List<Path> paths = new ArrayList<>();

  @Mixin OutputOptions output;

  @Option(
      names = "--dictionary",
      paramLabel = "FILE",
      description = "An extra data dictionary file (dictionary.schema.json) to check against.")
  List<Path> dictionaries = new ArrayList<>();

  /**
   * The rules' checks of every procedure that loaded: once-only (including DVCQG packages, whose
   * pointers are translated back into the package) and the parameters and rule packages its
   * requirements name.
   */
  private static List<Diagnostic> onceOnly(
      List<LoadedProcedure> procedures, DataDictionary dictionary) {
    List<Diagnostic> found = new ArrayList<>();
    if (procedures.stream().allMatch(p -> p.procedure() == null)) {
      return found;
    }
    try (RulesEngine rules = RulesEngine.builder().dictionary(dictionary).poolSize(1).build()) {
      for (LoadedProcedure loaded : procedures) {
        if (loaded.procedure() != null) {
          rules.checkDefinition(loaded.procedure()).forEach(d -> found.add(loaded.locate(d)));
        }
      }
    }
    return found;
  }

  @Override
  public Integer call() {
    List<Path> missing = paths.stream().filter(p -> !Files.exists(p)).toList();
    if (!missing.isEmpty()) {
      spec.commandLine().getErr().println("dvc validate: no such file or folder: " + missing);
      return 2;
    }
    List<Diagnostic> all = new ArrayList<>();
    DataDictionary dictionary = DataDictionary.standard();
    for (Path file : dictionaries) {
      Validated<JsonDocument> document = JsonDocument.read(file, file.toString());
      if (document.value().isEmpty()) {
        all.addAll(document.diagnostics());
        continue;
      }
      Validated<DataDictionary> extended = dictionary.extend(document.value().get());
      all.addAll(extended.diagnostics());
      dictionary = extended.value().orElse(dictionary);
    }
    ProcedureLoader loader = new ProcedureLoader(dictionary);
    FormLoader forms = new FormLoader(dictionary);
    List<Path> files = CatalogLoader.jsonFiles(paths, all);
    List<LoadedProcedure> procedures = new ArrayList<>();
    for (Path file : files) {
      Validated<JsonDocument> document = JsonDocument.read(file, file.toString());
      if (document.value().isEmpty()) {
        all.addAll(document.diagnostics());
        continue;
      }
      JsonDocument doc = document.value().get();
      if (FormLoader.isForm(doc.root())) {
        all.addAll(forms.load(doc).diagnostics());
      } else if (AgencyProfile.isProfile(doc.root())) {
        all.addAll(AgencyProfile.read(doc).diagnostics());
      } else if (ProcedureLoader.detect(doc.root()).isPresent()) {
        LoadedProcedure loaded = loader.load(doc);
        procedures.add(loaded);
        all.addAll(loaded.diagnostics());
      } else {
        all.addAll(doc.locate(List.of(ProcedureDiagnostics.FORMAT_UNKNOWN.at(""))));
      }
    }
    all.addAll(CatalogChecks.check(procedures));
    all.addAll(onceOnly(procedures, dictionary));
    DiagnosticPrinter.print(
        spec.commandLine().getOut(), output.format, output.lang, files.size(), all);
    return all.stream().anyMatch(Diagnostic::isError) ? 1 : 0;
  }
}
