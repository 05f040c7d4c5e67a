package org.opendvc.core.dictionary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendvc.core.internal.text.VietnameseText;

/**
 * The catalogue of document types, and matching of free-text component names against it.
 *
 * <p>Matching tolerates case, diacritics, punctuation and the usual modifiers: "Bản sao Sổ hộ
 * khẩu", "BAN SAO SO HO KHAU" and "sổ hộ khẩu (bản chính)" all find the household registration
 * book; "CMND/CCCD" finds the identity card. Vietnamese puts the head of a noun phrase first, so
 * when several types match, the one whose name starts earliest wins ("Tờ khai đăng ký khai sinh" is
 * a form, not a birth certificate), and among those the longest name.
 *
 * <p>Immutable and thread-safe. The alias index is built once, when the catalogue is created.
 */
public final class DocumentTypeCatalog {
  private record Alias(DocumentType type, String text, String[] tokens) {}

  private record Candidate(DocumentMatch match, int length) {}

  /** Earliest first, then longest. */
  private static final Comparator<Candidate> RANKING =
      Comparator.comparingInt((Candidate c) -> c.match().position())
          .thenComparing(Comparator.comparingInt(Candidate::length).reversed());

  private final Map<String, DocumentType> byId;
  private final Map<String, List<Alias>> byFirstToken;

  private DocumentTypeCatalog(Collection<DocumentType> types) {
    Map<String, DocumentType> ids = new LinkedHashMap<>();
    Map<String, List<Alias>> index = new HashMap<>();
    for (DocumentType type : types) {
      if (ids.putIfAbsent(type.id(), type) != null) {
        throw new IllegalArgumentException("Duplicate document type id: " + type.id());
      }
      List<String> names = new ArrayList<>();
      names.add(type.name().vi());
      if (type.name().en() != null) {
        names.add(type.name().en());
      }
      names.addAll(type.aliases());
      for (String name : names) {
        String[] tokens = VietnameseText.tokens(name);
        if (tokens.length > 0) {
          index
              .computeIfAbsent(tokens[0], k -> new ArrayList<>())
              .add(new Alias(type, name, tokens));
        }
      }
    }
    this.byId = Map.copyOf(ids);
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byFirstToken = Map.copyOf(index);
  }

  /**
   * A catalogue of {@code types}.
   *
   * @throws IllegalArgumentException if two types share an id
   */
  public static DocumentTypeCatalog of(Collection<DocumentType> types) {
    return new DocumentTypeCatalog(types);
  }

  /** The type with {@code id}, if there is one. */
  public Optional<DocumentType> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every type, in no particular order. */
  public Collection<DocumentType> types() {
    return byId.values();
  }

  /** The number of types. */
  public int size() {
    return byId.size();
  }

  /** The best match for a component name, if any type matches. */
  public Optional<DocumentMatch> match(String componentName) {
    List<DocumentMatch> all = matchAll(componentName);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * Every type mentioned in a component name, best first: "Sổ hộ khẩu hoặc CMND" mentions both the
   * household book and the identity card. Each type appears once, at its best match.
   */
  public List<DocumentMatch> matchAll(String componentName) {
    String[] words = VietnameseText.tokens(componentName);
    Map<String, Candidate> best = new LinkedHashMap<>();
    for (int start = 0; start < words.length; start++) {
      List<Alias> candidates = byFirstToken.get(words[start]);
      if (candidates == null) {
        continue;
      }
      for (Alias alias : candidates) {
        if (matchesAt(words, start, alias.tokens())) {
          Candidate found =
              new Candidate(
                  new DocumentMatch(alias.type(), alias.text(), start), alias.tokens().length);
          best.merge(alias.type().id(), found, (a, b) -> RANKING.compare(a, b) <= 0 ? a : b);
        }
      }
    }
    return best.values().stream().sorted(RANKING).map(Candidate::match).toList();
  }

  private static boolean matchesAt(String[] words, int start, String[] alias) {
    if (start + alias.length > words.length) {
      return false;
    }
    for (int i = 0; i < alias.length; i++) {
      if (!words[start + i].equals(alias[i])) {
        return false;
      }
    }
    return true;
  }
}
