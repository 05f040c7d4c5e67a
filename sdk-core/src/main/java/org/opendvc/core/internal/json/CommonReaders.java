package org.opendvc.core.internal.json;

import static org.opendvc.core.internal.json.JsonFields.Need.OPTIONAL;
import static org.opendvc.core.internal.json.JsonFields.Need.REQUIRED;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.law.LegalReference;

/** Readers for values that several OpenDVC formats share. */
public final class CommonReaders {
  private static final List<String> CODE_NAME = List.of("code", "name");

  private CommonReaders() {}

  /**
   * Reads {@code {"number", "title": {"vi", "en"}, "article", "clause", "point"}} into a legal
   * reference.
   */
  public static @Nullable LegalReference legalReference(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    var number = f.text("number", REQUIRED);
    var title = f.localized("title", REQUIRED);
    Integer article = f.integer("article", OPTIONAL, 1, 10_000);
    Integer clause = f.integer("clause", OPTIONAL, 1, 1_000);
    String point = f.text("point", OPTIONAL);
    f.rejectUnknown(List.of("number", "title", "article", "clause", "point"));
    if (number == null || title == null) {
      return null;
    }
    try {
      return new LegalReference(number, title, article, clause, point);
    } catch (IllegalArgumentException e) {
      sink.add(
          org.opendvc.core.json.JsonDiagnostics.INVALID_VALUE,
          pointer,
          "clause/point",
          "a clause needs an article, a point needs a clause");
      return null;
    }
  }

  /**
   * Reads {@code {"code", "name": {"vi", "en"}}}, the code optional, into what {@code factory}
   * makes of them.
   */
  public static <T> @Nullable T codeName(
      JsonNode node,
      String pointer,
      DiagnosticCollector sink,
      BiFunction<@Nullable String, LocalizedText, T> factory) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    String code = f.text("code", OPTIONAL);
    LocalizedText name = f.localized("name", REQUIRED);
    f.rejectUnknown(CODE_NAME);
    return name == null ? null : factory.apply(code, name);
  }

  /** Reads a national procedure code, reporting a malformed one at {@code pointer}. */
  public static @Nullable ProcedureCode procedureCode(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    String text = JsonFields.textItem(node, pointer, sink);
    if (text == null) {
      return null;
    }
    var parsed = ProcedureCode.parse(text);
    parsed.diagnostics().forEach(d -> sink.add(d.withPointer(pointer)));
    return parsed.value().orElse(null);
  }
}
