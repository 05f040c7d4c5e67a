package org.opendvc.core.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.json.JsonDocument;

/**
 * The data dictionary: every known {@link DataElement}, and the {@link DocumentTypeCatalog} built
 * on them.
 *
 * <p>{@link #standard()} is the dictionary OpenDVC ships, starting with the fields of the national
 * population database and the documents the common procedures ask for. A ministry extends it with
 * its own file in the same format ({@code dictionary.schema.json}) through {@link #extend(
 * JsonDocument)}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DataDictionary {
  /** The classpath resource holding the standard dictionary. */
  public static final String STANDARD_RESOURCE = "/org/opendvc/core/dictionary/standard.json";

  private static final class StandardHolder {
    static final DataDictionary STANDARD = loadStandard();
  }

  private static final DataDictionary EMPTY =
      new DataDictionary(Map.of(), DocumentTypeCatalog.of(List.of()));

  private final Map<String, DataElement> elements;
  private final DocumentTypeCatalog documentTypes;

  private DataDictionary(Map<String, DataElement> elements, DocumentTypeCatalog documentTypes) {
    this.elements = elements;
    this.documentTypes = documentTypes;
  }

  /** The dictionary OpenDVC ships. Loaded once, on first use. */
  public static DataDictionary standard() {
    return StandardHolder.STANDARD;
  }

  /** A dictionary with nothing in it. */
  public static DataDictionary empty() {
    return EMPTY;
  }

  /**
   * A dictionary of the given elements and document types.
   *
   * @throws IllegalArgumentException if two elements or two document types share an id, or a
   *     document type refers to an element not given
   */
  public static DataDictionary of(
      Collection<DataElement> elements, Collection<DocumentType> documentTypes) {
    Map<String, DataElement> byId = new LinkedHashMap<>();
    for (DataElement element : elements) {
      if (byId.putIfAbsent(element.id(), element) != null) {
        throw new IllegalArgumentException("Duplicate data element: " + element.id());
      }
    }
    for (DocumentType type : documentTypes) {
      for (String id : type.dataElements()) {
        if (!byId.containsKey(id)) {
          throw new IllegalArgumentException(
              "Document type " + type.id() + " refers to unknown data element " + id);
        }
      }
    }
    return new DataDictionary(Map.copyOf(byId), DocumentTypeCatalog.of(documentTypes));
  }

  /**
   * This dictionary extended with the elements and document types of a dictionary file. The file
   * may refer to elements defined here; it may not redefine them.
   */
  public Validated<DataDictionary> extend(JsonDocument file) {
    return DictionaryReader.read(file, this);
  }

  /** The element with {@code id}, if defined. */
  public Optional<DataElement> element(String id) {
    return Optional.ofNullable(elements.get(id));
  }

  /** Whether an element with {@code id} is defined. */
  public boolean contains(String id) {
    return elements.containsKey(id);
  }

  /** Every element, in no particular order. */
  public Collection<DataElement> elements() {
    return elements.values();
  }

  /** The elements that {@code registry} holds. */
  public List<DataElement> heldBy(Registry registry) {
    List<DataElement> held = new ArrayList<>();
    for (DataElement element : elements.values()) {
      if (element.holding(registry).isPresent()) {
        held.add(element);
      }
    }
    return held;
  }

  /** The document type catalogue. */
  public DocumentTypeCatalog documentTypes() {
    return documentTypes;
  }

  private static DataDictionary loadStandard() {
    try (InputStream in = DataDictionary.class.getResourceAsStream(STANDARD_RESOURCE)) {
      Objects.requireNonNull(in, "missing resource " + STANDARD_RESOURCE);
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Validated<JsonDocument> doc = JsonDocument.parse(text, STANDARD_RESOURCE);
      // A defect here is a build defect: DataDictionaryTest loads this resource.
      return DictionaryReader.read(doc.orElseThrow(), EMPTY).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + STANDARD_RESOURCE, e);
    }
  }
}
