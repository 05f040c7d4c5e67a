package org.opendvc.core.dictionary;

import static org.opendvc.core.internal.json.JsonFields.Need.OPTIONAL;
import static org.opendvc.core.internal.json.JsonFields.Need.REQUIRED;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.id.ProcedureCode;
import org.opendvc.core.internal.json.CommonReaders;
import org.opendvc.core.internal.json.JsonFields;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.law.LegalReference;

/** Reads dictionary files ({@code dictionary.schema.json}). */
final class DictionaryReader {
  private static final List<String> TOP = List.of("$schema", "elements", "documentTypes");
  private static final List<String> ELEMENT =
      List.of("id", "type", "personalData", "subject", "label", "heldBy");
  private static final List<String> HOLDING = List.of("registry", "field", "assurance");
  private static final List<String> DOCUMENT_TYPE =
      List.of(
          "id",
          "category",
          "name",
          "aliases",
          "dataElements",
          "heldBy",
          "issuedBy",
          "abolished",
          "note");
  private static final List<String> ABOLISHED = List.of("on", "law");

  private DictionaryReader() {}

  static Validated<DataDictionary> read(JsonDocument doc, DataDictionary base) {
    DiagnosticCollector sink = new DiagnosticCollector();
    JsonFields top = JsonFields.of(doc.root(), "", sink);
    if (top == null) {
      return Validated.invalid(doc.locate(sink.toList()));
    }
    top.rejectUnknown(TOP);

    Map<String, DataElement> elements = new LinkedHashMap<>();
    for (DataElement e : base.elements()) {
      elements.put(e.id(), e);
    }
    top.list(
        "elements",
        OPTIONAL,
        (node, pointer, s) -> {
          DataElement element = element(node, pointer, s);
          if (element != null && elements.putIfAbsent(element.id(), element) != null) {
            s.add(DictionaryDiagnostics.ELEMENT_DUPLICATE, pointer + "/id", element.id());
          }
          return element;
        });

    List<DocumentType> types = new ArrayList<>(base.documentTypes().types());
    Set<String> typeIds = new HashSet<>();
    types.forEach(t -> typeIds.add(t.id()));
    top.list(
        "documentTypes",
        OPTIONAL,
        (node, pointer, s) -> {
          DocumentType type = documentType(node, pointer, s, elements.keySet());
          if (type != null) {
            if (typeIds.add(type.id())) {
              types.add(type);
            } else {
              s.add(DictionaryDiagnostics.DOCUMENT_TYPE_DUPLICATE, pointer + "/id", type.id());
            }
          }
          return type;
        });

    if (sink.hasErrors()) {
      return Validated.invalid(doc.locate(sink.toList()));
    }
    return Validated.of(DataDictionary.of(elements.values(), types), doc.locate(sink.toList()));
  }

  private static @Nullable DataElement element(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    String id = f.text("id", REQUIRED);
    if (id != null && !DataElement.isWellFormedId(id)) {
      sink.add(DictionaryDiagnostics.ELEMENT_ID_MALFORMED, f.pointerOf("id"), id);
      id = null;
    }
    ValueType type = f.enumValue("type", ValueType.class, REQUIRED);
    PersonalDataClass personal = f.enumValue("personalData", PersonalDataClass.class, REQUIRED);
    SubjectKind subject = f.enumValue("subject", SubjectKind.class, REQUIRED);
    LocalizedText label = f.localized("label", REQUIRED);
    List<RegistryHolding> heldBy = f.list("heldBy", OPTIONAL, DictionaryReader::holding);
    f.rejectUnknown(ELEMENT);
    if (id == null || type == null || personal == null || subject == null || label == null) {
      return null;
    }
    return new DataElement(id, type, personal, subject, label, heldBy);
  }

  private static @Nullable RegistryHolding holding(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    Registry registry = f.enumValue("registry", Registry.class, REQUIRED);
    String field = f.text("field", OPTIONAL);
    AssuranceLevel assurance = f.enumValue("assurance", AssuranceLevel.class, REQUIRED);
    f.rejectUnknown(HOLDING);
    return registry == null || assurance == null
        ? null
        : new RegistryHolding(registry, field, assurance);
  }

  private static @Nullable DocumentType documentType(
      JsonNode node, String pointer, DiagnosticCollector sink, Set<String> knownElements) {
    JsonFields f = JsonFields.of(node, pointer, sink);
    if (f == null) {
      return null;
    }
    String id = f.text("id", REQUIRED);
    if (id != null && !id.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*")) {
      sink.add(DictionaryDiagnostics.DOCUMENT_TYPE_ID_MALFORMED, f.pointerOf("id"), id);
      id = null;
    }
    DocumentCategory category = f.enumValue("category", DocumentCategory.class, REQUIRED);
    LocalizedText name = f.localized("name", REQUIRED);
    List<String> aliases = f.textList("aliases", OPTIONAL);
    List<String> dataElements =
        f.list(
            "dataElements",
            OPTIONAL,
            (item, p, s) -> {
              String element = JsonFields.textItem(item, p, s);
              if (element != null && !knownElements.contains(element)) {
                s.add(DictionaryDiagnostics.UNKNOWN_ELEMENT, p, element);
                return null;
              }
              return element;
            });
    Set<Registry> heldBy = EnumSet.noneOf(Registry.class);
    heldBy.addAll(
        f.list("heldBy", OPTIONAL, (item, p, s) -> JsonFields.enumOf(item, p, Registry.class, s)));
    List<ProcedureCode> issuedBy = f.list("issuedBy", OPTIONAL, CommonReaders::procedureCode);
    f.text("note", OPTIONAL);
    LocalDate abolishedOn = null;
    LegalReference abolishedBy = null;
    JsonFields abolished = f.object("abolished", OPTIONAL);
    if (abolished != null) {
      abolishedOn = abolished.date("on", REQUIRED);
      abolishedBy = abolished.read("law", OPTIONAL, CommonReaders::legalReference);
      abolished.rejectUnknown(ABOLISHED);
    }
    f.rejectUnknown(DOCUMENT_TYPE);
    if (id == null || category == null || name == null) {
      return null;
    }
    return new DocumentType(
        id, category, name, aliases, dataElements, heldBy, issuedBy, abolishedOn, abolishedBy);
  }
}
