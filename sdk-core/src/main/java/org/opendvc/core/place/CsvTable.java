package org.opendvc.core.place;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.SourcePosition;

/**
 * CSV text as RFC 4180 writes it (comma-separated, fields optionally in double quotes, {@code ""}
 * for a quote inside one, LF or CRLF line ends), split into a header and rows, each field knowing
 * its line and column. Blank lines and rows of empty fields are skipped.
 */
final class CsvTable {
  /** One field, its value unquoted but not trimmed. */
  record Field(String value, int line, int column) {
    SourcePosition position() {
      return new SourcePosition(line, column);
    }
  }

  /** One line of fields (a quoted field may span several physical lines). */
  record Row(int line, List<Field> fields) {}

  private final Row header;
  private final List<Row> rows;

  private CsvTable(Row header, List<Row> rows) {
    this.header = header;
    this.rows = rows;
  }

  Row header() {
    return header;
  }

  List<Row> rows() {
    return rows;
  }

  /** Splits {@code text}; returns null (reported) when it has no header. */
  static @Nullable CsvTable parse(String text, @Nullable String file, DiagnosticCollector sink) {
    Parser parser = new Parser(text.startsWith("\uFEFF") ? text.substring(1) : text, file, sink);
    List<Row> all = parser.rows();
    if (all.isEmpty()) {
      sink.add(at(PlaceDiagnostics.CSV_EMPTY, file, 1, 1));
      return null;
    }
    return new CsvTable(all.get(0), List.copyOf(all.subList(1, all.size())));
  }

  private static Diagnostic at(DiagnosticKind kind, @Nullable String file, int line, int column) {
    return kind.at("").withFile(file).withPosition(new SourcePosition(line, column));
  }

  private static final class Parser {
    private final String text;
    private final @Nullable String file;
    private final DiagnosticCollector sink;
    private int i;
    private int line = 1;
    private int column = 1;

    Parser(String text, @Nullable String file, DiagnosticCollector sink) {
      this.text = text;
      this.file = file;
      this.sink = sink;
    }

    List<Row> rows() {
      List<Row> rows = new ArrayList<>();
      while (i < text.length()) {
        int rowLine = line;
        List<Field> fields = new ArrayList<>();
        boolean endOfRow = false;
        while (!endOfRow) {
          fields.add(field());
          endOfRow = i >= text.length() || text.charAt(i) != ',';
          if (!endOfRow) {
            advance();
          }
        }
        skipLineEnd();
        if (!fields.stream().allMatch(f -> f.value().isBlank())) {
          rows.add(new Row(rowLine, List.copyOf(fields)));
        }
      }
      return rows;
    }

    private Field field() {
      int startLine = line;
      int startColumn = column;
      StringBuilder value = new StringBuilder();
      if (i < text.length() && text.charAt(i) == '"') {
        advance();
        quoted(value, startLine, startColumn);
      }
      while (i < text.length() && !atLineEnd() && text.charAt(i) != ',') {
        value.append(text.charAt(i));
        advance();
      }
      return new Field(value.toString(), startLine, startColumn);
    }

    /** Reads a quoted value after its opening quote, up to and past its closing quote. */
    private void quoted(StringBuilder value, int openLine, int openColumn) {
      while (true) {
        if (i >= text.length()) {
          sink.add(at(PlaceDiagnostics.CSV_QUOTE_UNCLOSED, file, openLine, openColumn));
          return;
        }
        char c = text.charAt(i);
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            value.append('"');
            advance();
            advance();
            continue;
          }
          advance();
          if (i < text.length() && !atLineEnd() && text.charAt(i) != ',') {
            sink.add(at(PlaceDiagnostics.CSV_TEXT_AFTER_QUOTE, file, line, column));
          }
          return;
        }
        value.append(c);
        advance();
      }
    }

    private boolean atLineEnd() {
      char c = text.charAt(i);
      return c == '\n' || c == '\r';
    }

    private void skipLineEnd() {
      if (i < text.length() && text.charAt(i) == '\r') {
        advance();
      }
      if (i < text.length() && text.charAt(i) == '\n') {
        advance();
      }
    }

    private void advance() {
      char c = text.charAt(i++);
      boolean crlf = c == '\r' && i < text.length() && text.charAt(i) == '\n';
      if ((c == '\n' || c == '\r') && !crlf) {
        line++;
        column = 1;
      } else if (!crlf) {
        column++;
      }
    }
  }
}
