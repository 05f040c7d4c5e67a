package org.opendvc.core.place;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.Validated;

/**
 * Reads the CSV form of a commune dataset: one row per commune, or one row per commune and earlier
 * unit, the commune's columns repeated. See {@code docs/places.md}.
 */
final class CommuneCsvReader {
  /** The columns, as the header names them; matching ignores case, spaces, "_" and "-". */
  static final List<String> COMMUNE_COLUMNS = List.of("code", "name", "kind", "provinceCode");

  /**
   * The fields of an earlier unit: in CSV each is a column {@code mergedFrom...}, in JSON a member
   * of a {@code mergedFrom} item. {@code provinceCode} comes first: it is the one required.
   */
  static final List<String> LEGACY_FIELDS =
      List.of(
          "provinceCode", "districtCode", "districtName", "communeCode", "communeName", "share");

  private static final String LEGACY_PREFIX = "mergedFrom";

  private CommuneCsvReader() {}

  static Validated<AdministrativeUnits> read(String text, @Nullable String file) {
    DiagnosticCollector sink = new DiagnosticCollector();
    CsvTable table = CsvTable.parse(text, file, sink);
    if (table == null) {
      return Validated.invalid(sink.toList());
    }
    Map<String, Integer> columns = columns(table.header(), file, sink);
    if (!columns.keySet().containsAll(COMMUNE_COLUMNS)) {
      return Validated.invalid(sink.toList());
    }
    CommuneAssembler assembler = new CommuneAssembler(sink);
    int width = table.header().fields().size();
    for (CsvTable.Row row : table.rows()) {
      if (row.fields().size() != width) {
        sink.add(
            at(file, row.fields().get(0), "", PlaceDiagnostics.CSV_FIELD_COUNT)
                .apply(row.fields().size(), width));
        continue;
      }
      RowSource commune = new RowSource(row, columns, "", file);
      RowSource legacy = new RowSource(row, columns, LEGACY_PREFIX, file);
      assembler.add(commune, legacy.isBlank() ? List.of() : List.of(legacy), true);
    }
    List<Commune> communes = assembler.communes();
    return Validated.of(AdministrativeUnits.of(communes), sink.toList());
  }

  /** Maps each known column (by its canonical name) to its index, reporting header problems. */
  private static Map<String, Integer> columns(
      CsvTable.Row header, @Nullable String file, DiagnosticCollector sink) {
    Map<String, String> canonical = new HashMap<>();
    for (String column : COMMUNE_COLUMNS) {
      canonical.put(normalise(column), column);
    }
    for (String field : LEGACY_FIELDS) {
      String column = LEGACY_PREFIX + Character.toUpperCase(field.charAt(0)) + field.substring(1);
      canonical.put(normalise(column), column);
    }
    Map<String, Integer> columns = new HashMap<>();
    List<CsvTable.Field> fields = header.fields();
    for (int i = 0; i < fields.size(); i++) {
      CsvTable.Field field = fields.get(i);
      String name = field.value().strip();
      if (name.startsWith("x-")) {
        continue;
      }
      String column = canonical.get(normalise(name));
      if (column == null) {
        sink.add(at(file, field, "", PlaceDiagnostics.CSV_COLUMN_UNKNOWN).apply(name));
      } else if (columns.putIfAbsent(column, i) != null) {
        sink.add(at(file, field, "", PlaceDiagnostics.CSV_COLUMN_DUPLICATE).apply(name));
      }
    }
    for (String required : COMMUNE_COLUMNS) {
      if (!columns.containsKey(required)) {
        sink.add(at(file, fields.get(0), "", PlaceDiagnostics.CSV_COLUMN_MISSING).apply(required));
      }
    }
    return columns;
  }

  private static String normalise(String column) {
    return column.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
  }

  /** Builds a diagnostic of {@code kind} at a field once its arguments are known. */
  private interface Pending {
    Diagnostic apply(Object... args);
  }

  private static Pending at(
      @Nullable String file, CsvTable.Field field, String pointer, DiagnosticKind kind) {
    return args -> kind.at(pointer, args).withFile(file).withPosition(field.position());
  }

  /**
   * One row seen as a commune ({@code prefix} empty) or as its earlier unit ({@code prefix}
   * "mergedFrom"). Diagnostics point at the column ({@code /provinceCode}) and give the field's
   * line and column.
   */
  private static final class RowSource implements CommuneAssembler.Source {
    private final CsvTable.Row row;
    private final Map<String, Integer> columns;
    private final String prefix;
    private final @Nullable String file;

    RowSource(
        CsvTable.Row row, Map<String, Integer> columns, String prefix, @Nullable String file) {
      this.row = row;
      this.columns = columns;
      this.prefix = prefix;
      this.file = file;
    }

    private String column(String field) {
      return prefix.isEmpty()
          ? field
          : prefix + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    private CsvTable.@Nullable Field field(String field) {
      Integer index = columns.get(column(field));
      return index == null ? null : row.fields().get(index);
    }

    boolean isBlank() {
      for (String field : LEGACY_FIELDS) {
        CsvTable.Field f = field(field);
        if (f != null && !f.value().isBlank()) {
          return false;
        }
      }
      return true;
    }

    @Override
    public @Nullable String value(String field) {
      CsvTable.Field f = field(field);
      return f == null ? null : f.value();
    }

    @Override
    public Diagnostic at(String field, DiagnosticKind kind, Object... args) {
      CsvTable.Field f = field.isEmpty() ? null : field(field);
      CsvTable.Field where = f != null ? f : row.fields().get(0);
      String pointer = f != null ? "/" + column(field) : "";
      return CommuneCsvReader.at(file, where, pointer, kind).apply(args);
    }

    @Override
    public int line() {
      return row.line();
    }
  }
}
