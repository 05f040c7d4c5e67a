package org.opendvc.core.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.procedure.Procedure;

/**
 * Loads every procedure file under some paths into a {@link Catalog}, with every problem found in
 * the files and across them. JSON files that are not procedures (forms, scenarios) are skipped.
 *
 * <p>Immutable and thread-safe.
 */
public final class CatalogLoader {
  private final ProcedureLoader loader;

  /** A catalogue loader that loads each file with {@code loader}. */
  public CatalogLoader(ProcedureLoader loader) {
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  /** A catalogue loader using the standard dictionary. */
  public static CatalogLoader standard() {
    return new CatalogLoader(ProcedureLoader.standard());
  }

  /**
   * Loads the procedures in {@code paths} (files, or folders searched for {@code *.json}, in name
   * order). The catalogue holds every procedure that could be read, errors or not; the diagnostics
   * say which are usable.
   */
  public Validated<Catalog> load(List<Path> paths) {
    List<LoadedProcedure> files = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Path file : jsonFiles(paths, diagnostics)) {
      Validated<JsonDocument> document = JsonDocument.read(file, file.toString());
      if (document.value().isEmpty()) {
        diagnostics.addAll(document.diagnostics());
        continue;
      }
      if (ProcedureLoader.detect(document.value().get().root()).isEmpty()) {
        continue;
      }
      LoadedProcedure loaded = loader.load(document.value().get());
      files.add(loaded);
      diagnostics.addAll(loaded.diagnostics());
    }
    diagnostics.addAll(CatalogChecks.check(files));
    List<Procedure> procedures = new ArrayList<>();
    files.forEach(
        f -> {
          if (f.procedure() != null) {
            procedures.add(f.procedure());
          }
        });
    return Validated.of(Catalog.of(procedures), diagnostics);
  }

  /**
   * The JSON files in {@code paths}: each file as given, and every {@code *.json} below each
   * folder, sorted. A missing path is reported.
   */
  public static List<Path> jsonFiles(List<Path> paths, List<Diagnostic> diagnostics) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isRegularFile(path)) {
        files.add(path);
      } else if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json"))
              .sorted()
              .forEach(files::add);
        } catch (IOException e) {
          diagnostics.add(CatalogDiagnostics.PATH_NOT_FOUND.at("", path).withFile(path.toString()));
        }
      } else {
        diagnostics.add(CatalogDiagnostics.PATH_NOT_FOUND.at("", path).withFile(path.toString()));
      }
    }
    return files;
  }
}
