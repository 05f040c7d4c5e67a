package org.opendvc.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.SourcePosition;
import org.opendvc.core.diagnostic.Validated;

/**
 * A parsed JSON file that remembers where each value came from, so diagnostics can give a line and
 * column as well as a JSON Pointer.
 *
 * <p>Parsing never throws for bad input: malformed JSON, an empty file, bad UTF-8 or a file over
 * {@link #MAX_FILE_BYTES} come back as diagnostics; malformed JSON and bad UTF-8 with the position
 * of the problem, an empty file at 1:1. The line index is built only when a position is first asked
 * for, so files without problems cost one parse.
 *
 * <p>Immutable once built, apart from the lazily built index; safe to share between threads. The
 * {@linkplain #root() root node} must not be modified.
 */
public final class JsonDocument {
  /** Largest file accepted: 20 MiB. A procedure or form definition is a few kilobytes. */
  public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

  private final @Nullable String file;
  private final String text;
  private final JsonNode root;
  private volatile @Nullable Map<String, SourcePosition> positions;

  private JsonDocument(@Nullable String file, String text, JsonNode root) {
    this.file = file;
    this.text = text;
    this.root = root;
  }

  /**
   * Reads and parses a file.
   *
   * @param path the file
   * @param label how diagnostics name the file (usually the path as the user typed it)
   */
  public static Validated<JsonDocument> read(Path path, String label) {
    Objects.requireNonNull(path, "path");
    byte[] bytes;
    try {
      if (Files.size(path) > MAX_FILE_BYTES) {
        return unreadable(label, "larger than " + MAX_FILE_BYTES + " bytes");
      }
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      return unreadable(label, e.getClass().getSimpleName());
    }
    // UTF-8 never decodes to more chars than it has bytes, so the buffer cannot overflow.
    CharBuffer text = CharBuffer.allocate(bytes.length);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes), text, true);
    if (!result.isError()) {
      result = decoder.flush(text);
    }
    if (result.isError()) {
      // Point at the first bad byte, so the user can find the character saved in another encoding.
      text.flip();
      return Validated.invalid(
          unreadableDiagnostic(label, "not valid UTF-8").withPosition(positionAfter(text)));
    }
    text.flip();
    return parse(text.toString(), label);
  }

  /**
   * Parses JSON text.
   *
   * @param text the JSON
   * @param file how diagnostics name the source, or {@code null}
   */
  public static Validated<JsonDocument> parse(String text, @Nullable String file) {
    Objects.requireNonNull(text, "text");
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.isBlank()) {
      return Validated.invalid(
          JsonDiagnostics.EMPTY.at("").withFile(file).withPosition(new SourcePosition(1, 1)));
    }
    try {
      JsonNode root = OpenDvcJson.mapper().readTree(body);
      return Validated.valid(new JsonDocument(file, body, root));
    } catch (JsonProcessingException e) {
      // Also covers StreamConstraintsException: a file nested too deep or with a huge string.
      return Validated.invalid(malformed(file, e.getLocation(), e.getOriginalMessage()));
    }
  }

  /** How diagnostics name the source, or {@code null}. */
  public @Nullable String file() {
    return file;
  }

  /** The root value. Do not modify it. */
  public JsonNode root() {
    return root;
  }

  /**
   * The position of the value at {@code pointer}, or of its nearest ancestor present in the file.
   * Members are located at their name.
   */
  public SourcePosition position(String pointer) {
    Map<String, SourcePosition> index = positions;
    if (index == null) {
      index = buildIndex();
      positions = index;
    }
    String p = pointer;
    while (true) {
      SourcePosition found = index.get(p);
      if (found != null || p.isEmpty()) {
        return found != null ? found : new SourcePosition(1, 1);
      }
      p = JsonPointers.parent(p);
    }
  }

  /** The diagnostics with this document's file name and each one's position filled in. */
  public List<Diagnostic> locate(List<Diagnostic> diagnostics) {
    List<Diagnostic> located = new ArrayList<>(diagnostics.size());
    for (Diagnostic d : diagnostics) {
      Diagnostic withFile = d.file() == null ? d.withFile(file) : d;
      located.add(
          withFile.position() == null ? withFile.withPosition(position(d.pointer())) : withFile);
    }
    return located;
  }

  private Map<String, SourcePosition> buildIndex() {
    Map<String, SourcePosition> index = new HashMap<>();
    try (JsonParser parser = OpenDvcJson.mapper().createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        String pointer;
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          var parent = parser.getParsingContext().getParent();
          pointer = parent == null ? "" : parent.pathAsPointer().toString();
        } else {
          pointer = parser.getParsingContext().pathAsPointer().toString();
        }
        index.putIfAbsent(pointer, toPosition(parser.currentTokenLocation()));
      }
    } catch (IOException e) {
      // The text parsed once already; an index that stops early still serves what it has.
    }
    return Map.copyOf(index);
  }

  private static SourcePosition toPosition(@Nullable JsonLocation location) {
    if (location == null) {
      return new SourcePosition(1, 1);
    }
    return new SourcePosition(
        Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  private static Diagnostic malformed(
      @Nullable String file, @Nullable JsonLocation location, @Nullable String detail) {
    SourcePosition position = toPosition(location);
    String reason = detail == null ? "unexpected content" : firstLine(detail);
    return JsonDiagnostics.MALFORMED
        .at("", position.line(), position.column(), reason)
        .withFile(file)
        .withPosition(position);
  }

  private static String firstLine(String detail) {
    int newline = detail.indexOf('\n');
    String line = newline < 0 ? detail : detail.substring(0, newline);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  private static Validated<JsonDocument> unreadable(String label, String reason) {
    return Validated.invalid(unreadableDiagnostic(label, reason));
  }

  private static Diagnostic unreadableDiagnostic(String label, String reason) {
    return JsonDiagnostics.FILE_UNREADABLE.at("", reason).withFile(label);
  }

  /** The position just after {@code text}, counting lines as Jackson does (LF, CRLF or CR). */
  private static SourcePosition positionAfter(CharSequence text) {
    int line = 1;
    int column = 1;
    int start = text.length() > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        column = 1;
      } else if (c != '\r') {
        column++;
      }
    }
    return new SourcePosition(line, column);
  }
}
