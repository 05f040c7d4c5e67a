package org.opendvc.core.dossier;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.SourcePosition;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.json.JsonDiagnostics;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.json.OpenDvcJson;

/**
 * Dossier files in JSON Lines: one dossier per line in {@link DossierJson}'s form, UTF-8, blank
 * lines ignored.
 *
 * <p>Reading streams: each line is parsed, checked and handed over before the next is read, so
 * memory does not grow with the file. A line with problems is reported (its diagnostics carry the
 * file, the line and the column, and a JSON Pointer into the record) and skipped, and reading goes
 * on; a line over {@link #MAX_LINE_CHARS} characters is reported without being kept in memory.
 * Writing is canonical ({@link DossierJson#write(Dossier)}), one line per dossier ending in {@code
 * \n}.
 */
public final class DossierJsonLines {
  /** The longest line read, in characters: a dossier takes a few kilobytes. */
  public static final int MAX_LINE_CHARS = 1_000_000;

  /**
   * What a read went through.
   *
   * @param lines the lines read, blank ones included
   * @param dossiers the dossiers handed over
   * @param rejected the non-blank lines skipped because of errors
   */
  public record ReadSummary(long lines, long dossiers, long rejected) {}

  private DossierJsonLines() {}

  /**
   * Reads a file, handing each dossier to {@code dossiers} and each problem to {@code problems}. A
   * file that cannot be opened, or that is not valid UTF-8, is reported as {@code
   * JSON_FILE_UNREADABLE} (with the line where decoding failed); the lines before stay read.
   *
   * @param path the file
   * @param label how diagnostics name the file
   */
  public static ReadSummary read(
      Path path, String label, Consumer<Dossier> dossiers, Consumer<Diagnostic> problems) {
    Objects.requireNonNull(path, "path");
    InputStream in;
    try {
      in = Files.newInputStream(path);
    } catch (IOException e) {
      problems.accept(
          JsonDiagnostics.FILE_UNREADABLE.at("", e.getClass().getSimpleName()).withFile(label));
      return new ReadSummary(0, 0, 0);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (Reader reader = new InputStreamReader(in, decoder)) {
      return read(reader, label, dossiers, problems);
    } catch (IOException e) {
      // Closing failed after the read: what was read stands.
      return new ReadSummary(0, 0, 0);
    }
  }

  /**
   * Reads dossiers from {@code reader}, as {@link #read(Path, String, Consumer, Consumer)} does.
   * The reader is not closed.
   *
   * @param file how diagnostics name the source, or null
   */
  public static ReadSummary read(
      Reader reader,
      @Nullable String file,
      Consumer<Dossier> dossiers,
      Consumer<Diagnostic> problems) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(dossiers, "dossiers");
    Objects.requireNonNull(problems, "problems");
    LineReader lines = new LineReader(reader);
    long count = 0;
    long read = 0;
    long rejected = 0;
    while (true) {
      String line;
      try {
        line = lines.next();
      } catch (IOException e) {
        problems.accept(
            JsonDiagnostics.FILE_UNREADABLE
                .at("", e.getClass().getSimpleName())
                .withFile(file)
                .withPosition(new SourcePosition((int) Math.min(count + 1, Integer.MAX_VALUE), 1)));
        break;
      }
      if (line == null) {
        break;
      }
      count++;
      int lineNumber = (int) Math.min(count, Integer.MAX_VALUE);
      if (lines.lastLength() > MAX_LINE_CHARS) {
        problems.accept(
            DossierDiagnostics.LINE_TOO_LONG
                .at("", lines.lastLength(), MAX_LINE_CHARS)
                .withFile(file)
                .withPosition(new SourcePosition(lineNumber, 1)));
        rejected++;
        continue;
      }
      if (line.isBlank()) {
        continue;
      }
      List<Diagnostic> found = new ArrayList<>(0);
      Dossier dossier = readLine(line, file, lineNumber, found);
      found.forEach(problems);
      if (dossier == null) {
        rejected++;
      } else {
        read++;
        dossiers.accept(dossier);
      }
    }
    return new ReadSummary(count, read, rejected);
  }

  /** One line's dossier, or null with the reasons in {@code found}. */
  private static @Nullable Dossier readLine(
      String line, @Nullable String file, int lineNumber, List<Diagnostic> found) {
    Validated<JsonDocument> document = JsonDocument.parse(line, file);
    if (document.value().isEmpty()) {
      found.add(malformed(line, file, lineNumber));
      return null;
    }
    Validated<Dossier> dossier = DossierJson.read(document.value().get());
    for (Diagnostic d : dossier.diagnostics()) {
      SourcePosition at = d.position();
      found.add(
          d.withPosition(
              new SourcePosition(lineNumber, at == null ? 1 : Math.max(1, at.column()))));
    }
    return dossier.isValid() ? dossier.value().orElse(null) : null;
  }

  /** {@code JSON_MALFORMED} with the file's line number, not the line's own. */
  private static Diagnostic malformed(String line, @Nullable String file, int lineNumber) {
    int column = 1;
    String reason = "unexpected content";
    try {
      OpenDvcJson.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      column = location == null ? 1 : Math.max(1, location.getColumnNr());
      String detail = e.getOriginalMessage();
      if (detail != null) {
        int newline = detail.indexOf('\n');
        reason = newline < 0 ? detail : detail.substring(0, newline);
        reason = reason.length() > 200 ? reason.substring(0, 200) + "…" : reason;
      }
    }
    return JsonDiagnostics.MALFORMED
        .at("", lineNumber, column, reason)
        .withFile(file)
        .withPosition(new SourcePosition(lineNumber, column));
  }

  /**
   * Writes {@code dossiers}, one canonical line each.
   *
   * @throws IOException if {@code out} fails
   */
  public static void write(Iterable<Dossier> dossiers, Appendable out) throws IOException {
    for (Dossier dossier : dossiers) {
      out.append(DossierJson.write(dossier)).append('\n');
    }
  }

  /**
   * Reads lines ending in LF, CRLF or CR from its own buffer, without keeping more than {@link
   * #MAX_LINE_CHARS} characters of a line in memory. Not thread-safe.
   */
  private static final class LineReader {
    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private boolean skipLineFeed;
    private final StringBuilder line = new StringBuilder(4096);
    private int lastLength;

    LineReader(Reader in) {
      this.in = in;
    }

    /** The next line without its ending, truncated past the limit; null at the end. */
    @Nullable String next() throws IOException {
      line.setLength(0);
      long length = 0;
      boolean any = false;
      while (true) {
        if (position == limit) {
          limit = in.read(buffer, 0, buffer.length);
          position = 0;
          if (limit <= 0) {
            limit = 0;
            lastLength = (int) Math.min(length, Integer.MAX_VALUE);
            return any ? line.toString() : null;
          }
        }
        if (skipLineFeed) {
          skipLineFeed = false;
          if (buffer[position] == '\n') {
            position++;
            continue;
          }
        }
        any = true;
        int start = position;
        while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
          position++;
        }
        int n = position - start;
        if (length + n <= MAX_LINE_CHARS) {
          line.append(buffer, start, n);
        }
        length += n;
        if (position < limit) {
          skipLineFeed = buffer[position] == '\r';
          position++;
          lastLength = (int) Math.min(length, Integer.MAX_VALUE);
          return line.toString();
        }
      }
    }

    /** The length of the last line returned, including any part not kept. */
    int lastLength() {
      return lastLength;
    }
  }
}
