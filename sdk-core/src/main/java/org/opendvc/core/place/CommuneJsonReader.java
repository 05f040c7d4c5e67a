package org.opendvc.core.place;

import static org.opendvc.core.internal.json.JsonFields.Need.OPTIONAL;
import static org.opendvc.core.internal.json.JsonFields.Need.REQUIRED;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.internal.json.JsonFields;
import org.opendvc.core.json.JsonDiagnostics;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.json.JsonPointers;

/** Reads the JSON form of a commune dataset ({@code communes.schema.json}). */
final class CommuneJsonReader {
  private static final List<String> TOP = List.of("$schema", "communes");
  private static final List<String> COMMUNE =
      List.of("code", "name", "kind", "provinceCode", "mergedFrom");
  private static final List<String> COMMUNE_TEXTS = COMMUNE.subList(0, 4);
  private static final List<String> LEGACY = CommuneCsvReader.LEGACY_FIELDS;

  private CommuneJsonReader() {}

  static Validated<AdministrativeUnits> read(JsonDocument doc) {
    DiagnosticCollector sink = new DiagnosticCollector();
    JsonFields top = JsonFields.of(doc.root(), "", sink);
    if (top == null) {
      return Validated.invalid(doc.locate(sink.toList()));
    }
    top.rejectUnknown(TOP);
    CommuneAssembler assembler = new CommuneAssembler(sink);
    top.list(
        "communes",
        REQUIRED,
        (node, pointer, s) -> {
          JsonFields commune = JsonFields.of(node, pointer, s);
          if (commune != null) {
            commune.rejectUnknown(COMMUNE);
            Map<String, String> texts = texts(node, pointer, COMMUNE_TEXTS, 4, s);
            List<CommuneAssembler.Source> legacy =
                commune.list("mergedFrom", OPTIONAL, (item, p, s2) -> legacy(item, p, s2, doc));
            assembler.add(new NodeSource(texts, pointer, doc), legacy, false);
          }
          return null;
        });
    List<Commune> communes = assembler.communes();
    return Validated.of(AdministrativeUnits.of(communes), doc.locate(sink.toList()));
  }

  private static CommuneAssembler.@Nullable Source legacy(
      JsonNode node, String pointer, DiagnosticCollector sink, JsonDocument doc) {
    JsonFields fields = JsonFields.of(node, pointer, sink);
    if (fields == null) {
      return null;
    }
    fields.rejectUnknown(LEGACY);
    return new NodeSource(texts(node, pointer, LEGACY, 1, sink), pointer, doc);
  }

  /**
   * The string members {@code names} of an object, raw; the first {@code required} of them must be
   * present. Absent and mistyped members are reported and left out.
   */
  private static Map<String, String> texts(
      JsonNode node, String pointer, List<String> names, int required, DiagnosticCollector sink) {
    Map<String, String> texts = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      JsonNode value = node.get(name);
      String at = JsonPointers.child(pointer, name);
      if (value == null || value.isNull()) {
        if (i < required) {
          sink.add(JsonDiagnostics.REQUIRED_MISSING, at, name);
        }
      } else if (!value.isTextual()) {
        sink.add(JsonDiagnostics.WRONG_TYPE, at, "string", JsonFields.describe(value));
      } else {
        texts.put(name, value.asText());
      }
    }
    return texts;
  }

  /**
   * One object of the file. Diagnostics point at the member concerned, or at the object when the
   * member is absent, and get their positions when the file is done.
   */
  private record NodeSource(Map<String, String> texts, String pointer, JsonDocument doc)
      implements CommuneAssembler.Source {
    @Override
    public @Nullable String value(String field) {
      return texts.get(field);
    }

    @Override
    public Diagnostic at(String field, DiagnosticKind kind, Object... args) {
      boolean given = texts.containsKey(field);
      return kind.at(given ? JsonPointers.child(pointer, field) : pointer, args);
    }

    @Override
    public int line() {
      return doc.position(pointer).line();
    }
  }
}
