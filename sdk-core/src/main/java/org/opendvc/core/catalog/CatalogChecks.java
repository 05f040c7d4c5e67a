package org.opendvc.core.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.json.JsonPointers;
import org.opendvc.core.procedure.DocumentRequirement;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureCase;
import org.opendvc.core.procedure.ProcedureResult;

/**
 * The checks that need the whole catalogue: two definitions of one procedure in force on the same
 * day, links to procedures the catalogue lacks, and replacing results nobody produces.
 */
public final class CatalogChecks {
  private CatalogChecks() {}

  /** Every problem across {@code files}, each located in the file it concerns. */
  public static List<Diagnostic> check(List<LoadedProcedure> files) {
    List<Diagnostic> out = new ArrayList<>();
    Map<ProcedureCode, List<LoadedProcedure>> byCode = new HashMap<>();
    Set<String> resultCodes = new HashSet<>();
    for (LoadedProcedure file : files) {
      Procedure p = file.procedure();
      if (p == null) {
        continue;
      }
      byCode.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(file);
      for (ProcedureResult r : p.results()) {
        if (r.code() != null) {
          resultCodes.add(r.code());
        }
      }
    }
    for (LoadedProcedure file : files) {
      Procedure p = file.procedure();
      if (p == null) {
        continue;
      }
      LoadedProcedure earlier = overlapping(file, byCode.get(p.code()));
      if (earlier != null) {
        out.add(
            file.locate(
                CatalogDiagnostics.DUPLICATE_CODE.at(
                    "/code", p.code(), earlier.document().file())));
      }
      links(file, p.relatedProcedures(), "/relatedProcedures", byCode, out);
      links(file, p.interconnectedProcedures(), "/interconnectedProcedures", byCode, out);
      for (int i = 0; i < p.cases().size(); i++) {
        ProcedureCase c = p.cases().get(i);
        for (int j = 0; j < c.documents().size(); j++) {
          DocumentRequirement d = c.documents().get(j);
          if (d.replaceableByResult() != null && !resultCodes.contains(d.replaceableByResult())) {
            String pointer = "/cases/" + i + "/documents/" + j + "/replaceableByResult";
            out.add(
                file.locate(
                    CatalogDiagnostics.REPLACEMENT_UNRESOLVED.at(
                        pointer, d.replaceableByResult())));
          }
        }
      }
    }
    return out;
  }

  /** An earlier file defining the same code for a period that overlaps this one, if any. */
  private static @Nullable LoadedProcedure overlapping(
      LoadedProcedure file, List<LoadedProcedure> sameCode) {
    Procedure p = file.procedure();
    for (LoadedProcedure other : sameCode) {
      if (other == file) {
        return null;
      }
      Procedure q = other.procedure();
      if (q != null
          && overlaps(p.effectiveFrom(), p.effectiveTo(), q.effectiveFrom(), q.effectiveTo())) {
        return other;
      }
    }
    return null;
  }

  private static boolean overlaps(
      @Nullable LocalDate aFrom,
      @Nullable LocalDate aTo,
      @Nullable LocalDate bFrom,
      @Nullable LocalDate bTo) {
    boolean aStartsAfterB = aFrom != null && bTo != null && aFrom.isAfter(bTo);
    boolean bStartsAfterA = bFrom != null && aTo != null && bFrom.isAfter(aTo);
    return !aStartsAfterB && !bStartsAfterA;
  }

  private static void links(
      LoadedProcedure file,
      List<ProcedureCode> links,
      String pointer,
      Map<ProcedureCode, List<LoadedProcedure>> byCode,
      List<Diagnostic> out) {
    for (int i = 0; i < links.size(); i++) {
      if (!byCode.containsKey(links.get(i))) {
        out.add(
            file.locate(
                CatalogDiagnostics.LINK_UNRESOLVED.at(
                    JsonPointers.index(pointer, i), links.get(i))));
      }
    }
  }
}
