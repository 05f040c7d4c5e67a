package org.opendvc.testkit.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendvc.core.catalog.CatalogDiagnostics;
import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.DiagnosticTemplate;
import org.opendvc.core.dictionary.DictionaryDiagnostics;
import org.opendvc.core.dossier.DossierDiagnostics;
import org.opendvc.core.dvcqg.DvcqgDiagnostics;
import org.opendvc.core.id.IdDiagnostics;
import org.opendvc.core.json.JsonDiagnostics;
import org.opendvc.core.place.PlaceDiagnostics;
import org.opendvc.core.procedure.ProcedureDiagnostics;
import org.opendvc.core.scorecard.ScorecardDiagnostics;
import org.opendvc.core.time.CalendarDiagnostics;
import org.opendvc.forms.FormDiagnostics;
import org.opendvc.forms.prefill.PrefillDiagnostics;
import org.opendvc.forms.validation.SubmissionDiagnostics;
import org.opendvc.rules.OnceOnlyDiagnostics;
import org.opendvc.rules.ReadinessDiagnostics;
import org.opendvc.rules.parameter.ParameterDiagnostics;
import org.opendvc.rules.scenario.ScenarioDiagnostics;

/** Every diagnostic OpenDVC can report, and the reference page that lists them. */
public final class DiagnosticCatalogue {
  private DiagnosticCatalogue() {}

  /** Every kind of diagnostic, grouped by the area that reports it. */
  public static Map<String, List<DiagnosticKind>> kinds() {
    Map<String, List<DiagnosticKind>> kinds = new LinkedHashMap<>();
    kinds.put("JSON files", List.of(JsonDiagnostics.values()));
    kinds.put("Procedures", List.of(ProcedureDiagnostics.values()));
    kinds.put("DVCQG procedure packages", List.of(DvcqgDiagnostics.values()));
    kinds.put("Catalogues", List.of(CatalogDiagnostics.values()));
    kinds.put("Data dictionary files", List.of(DictionaryDiagnostics.values()));
    kinds.put("Identifiers", List.of(IdDiagnostics.values()));
    kinds.put("Administrative units", List.of(PlaceDiagnostics.values()));
    kinds.put("Holiday schedules", List.of(CalendarDiagnostics.values()));
    kinds.put("Dossiers", List.of(DossierDiagnostics.values()));
    kinds.put("Decision 766 scorecard", List.of(ScorecardDiagnostics.values()));
    kinds.put("Once-only principle", List.of(OnceOnlyDiagnostics.values()));
    kinds.put("Rule parameters and packages", List.of(ParameterDiagnostics.values()));
    kinds.put("Full-online readiness", List.of(ReadinessDiagnostics.values()));
    kinds.put("Scenario files", List.of(ScenarioDiagnostics.values()));
    kinds.put("Form definitions", List.of(FormDiagnostics.values()));
    kinds.put("Prefill and envelopes", List.of(PrefillDiagnostics.values()));
    kinds.put("Form submissions", List.of(SubmissionDiagnostics.values()));
    return kinds;
  }

  /** Every kind, in page order. */
  public static List<DiagnosticKind> all() {
    List<DiagnosticKind> all = new ArrayList<>();
    kinds().values().forEach(all::addAll);
    return all;
  }

  /** The Markdown reference page, {@code docs/diagnostics.md}. */
  public static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Diagnostics\n\n")
        .append(
            "Every problem OpenDVC reports has a stable code. Codes never change meaning once\n")
        .append("released; match on them, not on messages. This page is generated from the code\n")
        .append("(`DiagnosticCatalogue`); a test fails when it is out of date.\n\n")
        .append(
            "Severities: **ERROR** must be fixed before publishing, **WARNING** deserves a look,\n")
        .append(
            "**INFO** is for information. `{0}`, `{1}`... stand for names, codes and counts.\n");
    for (Map.Entry<String, List<DiagnosticKind>> group : kinds().entrySet()) {
      md.append("\n## ").append(group.getKey()).append("\n\n");
      md.append("| Code | Severity | Message (en) | Thông báo (vi) |\n");
      md.append("| --- | --- | --- | --- |\n");
      for (DiagnosticKind kind : group.getValue()) {
        DiagnosticTemplate t = kind.template();
        md.append("| `")
            .append(t.code())
            .append("` | ")
            .append(t.severity())
            .append(" | ")
            .append(cell(t.templateEn()))
            .append(" | ")
            .append(cell(t.templateVi()))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
