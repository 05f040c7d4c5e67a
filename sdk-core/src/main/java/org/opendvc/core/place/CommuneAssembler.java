package org.opendvc.core.place;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.diagnostic.DiagnosticKind;

/**
 * Checks the values of a commune dataset and builds the communes, whatever the file format, so CSV
 * and JSON report the same problems with the same codes. Not thread-safe: one per file.
 */
final class CommuneAssembler {

  /** One commune (or one of its earlier units) as a file holds it: raw texts and where they are. */
  interface Source {
    /** The raw text of {@code field}, or null when the file does not give it. */
    @Nullable String value(String field);

    /** A diagnostic about {@code field} ({@code ""} for the whole item), placed in the file. */
    Diagnostic at(String field, DiagnosticKind kind, Object... args);

    /** The line the item starts on. */
    int line();
  }

  private record Draft(Commune head, Source source, List<Part> parts) {}

  private record Part(LegacyCommune legacy, Source source) {}

  private final DiagnosticCollector sink;
  private final Map<String, Draft> drafts = new LinkedHashMap<>();
  private final Set<String> broken = new HashSet<>();

  CommuneAssembler(DiagnosticCollector sink) {
    this.sink = sink;
  }

  /**
   * Adds a commune and the earlier units it lists. When {@code mayContinue}, a commune already
   * added may be repeated with the same name, kind and province to list more earlier units (a CSV
   * row per earlier unit); otherwise a repeated code is a duplicate.
   */
  void add(Source commune, List<Source> legacy, boolean mayContinue) {
    String code = code(commune, "code", commune.value("code"));
    CommuneKind kind = kind(commune);
    String name = name(commune, kind);
    Province province = province(commune);
    List<Part> parts = new ArrayList<>();
    for (Source source : legacy) {
      LegacyCommune part = legacyCommune(source);
      if (part != null) {
        parts.add(new Part(part, source));
      }
    }
    if (code == null || kind == null || name == null || province == null) {
      if (code != null) {
        broken.add(code);
      }
      return;
    }
    Commune head = new Commune(code, name, kind, province);
    Draft existing = drafts.get(code);
    if (existing == null) {
      if (!broken.contains(code)) {
        Draft draft = new Draft(head, commune, new ArrayList<>());
        drafts.put(code, draft);
        parts.forEach(part -> addPart(draft, part));
      }
      return;
    }
    if (!mayContinue || !existing.head().equals(head) || legacy.isEmpty()) {
      sink.add(
          commune.at("code", PlaceDiagnostics.COMMUNE_DUPLICATE, code, existing.source().line()));
      return;
    }
    parts.forEach(part -> addPart(existing, part));
  }

  /** The communes, in the order first met, after the checks that need the whole file. */
  List<Commune> communes() {
    checkWholeTwice();
    List<Commune> communes = new ArrayList<>(drafts.size());
    for (Draft draft : drafts.values()) {
      Commune head = draft.head();
      List<LegacyCommune> mergedFrom = draft.parts().stream().map(Part::legacy).toList();
      communes.add(new Commune(head.code(), head.name(), head.kind(), head.province(), mergedFrom));
    }
    return communes;
  }

  private void addPart(Draft draft, Part part) {
    LegacyCommune legacy = part.legacy();
    for (Part other : draft.parts()) {
      if (other.legacy().identity().equals(legacy.identity())) {
        sink.add(part.source().at("", PlaceDiagnostics.LEGACY_DUPLICATE, legacy.label()));
        return;
      }
    }
    Province province = draft.head().province();
    if (legacy.province().successor() != province) {
      sink.add(
          part.source()
              .at(
                  "provinceCode",
                  PlaceDiagnostics.LEGACY_PROVINCE_MISMATCH,
                  legacy.province().code() + " " + legacy.province().displayName(),
                  legacy.province().successor().code()
                      + " "
                      + legacy.province().successor().displayName(),
                  province.code() + " " + province.displayName()));
    }
    draft.parts().add(part);
  }

  private void checkWholeTwice() {
    Map<String, String> wholeIn = new HashMap<>();
    for (Draft draft : drafts.values()) {
      for (Part part : draft.parts()) {
        LegacyCommune legacy = part.legacy();
        if (legacy.code() == null || legacy.share() != LegacyShare.WHOLE) {
          continue;
        }
        String first = wholeIn.putIfAbsent(legacy.code(), draft.head().code());
        if (first != null && !first.equals(draft.head().code())) {
          sink.add(
              part.source()
                  .at(
                      "share",
                      PlaceDiagnostics.LEGACY_WHOLE_TWICE,
                      legacy.code(),
                      first,
                      draft.head().code()));
        }
      }
    }
  }

  private @Nullable LegacyCommune legacyCommune(Source source) {
    LegacyProvince province = legacyProvince(source);
    String districtCode = districtCode(source);
    String districtName = optional(source.value("districtName"));
    String rawCode = source.value("communeCode");
    String code = optional(rawCode) == null ? null : code(source, "communeCode", rawCode);
    String name = optional(source.value("communeName"));
    LegacyShare share = share(source);
    if (optional(rawCode) == null && name == null) {
      sink.add(source.at("", PlaceDiagnostics.LEGACY_COMMUNE_MISSING));
      return null;
    }
    boolean malformed = optional(rawCode) != null && code == null;
    if (province == null || malformed || share == null) {
      return null;
    }
    if (districtCode == null && optional(source.value("districtCode")) != null) {
      return null;
    }
    return new LegacyCommune(province, districtCode, districtName, code, name, share);
  }

  private @Nullable String code(Source source, String field, @Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String code = raw.strip();
    if (!Commune.CODE.matcher(code).matches()) {
      sink.add(source.at(field, PlaceDiagnostics.COMMUNE_CODE_MALFORMED, code));
      return null;
    }
    return code;
  }

  private @Nullable String name(Source source, @Nullable CommuneKind kind) {
    String raw = source.value("name");
    if (raw == null) {
      return null;
    }
    String name = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
    if (name.isEmpty()) {
      sink.add(source.at("name", PlaceDiagnostics.NAME_BLANK));
      return null;
    }
    for (CommuneKind k : CommuneKind.values()) {
      String word = k.unitWord().toLowerCase(Locale.ROOT) + " ";
      if (name.toLowerCase(Locale.ROOT).startsWith(word)) {
        sink.add(
            source.at(
                "name",
                PlaceDiagnostics.NAME_HAS_UNIT_WORD,
                name,
                name.substring(0, word.length() - 1)));
        break;
      }
    }
    return name;
  }

  private @Nullable CommuneKind kind(Source source) {
    return enumValue(source, "kind", CommuneKind.class, null);
  }

  private @Nullable LegacyShare share(Source source) {
    return enumValue(source, "share", LegacyShare.class, LegacyShare.WHOLE);
  }

  private <E extends Enum<E>> @Nullable E enumValue(
      Source source, String field, Class<E> type, @Nullable E absent) {
    String raw = source.value(field);
    if (raw == null || (absent != null && raw.isBlank())) {
      return absent;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(raw.strip())) {
        return constant;
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    sink.add(source.at(field, PlaceDiagnostics.VALUE_NOT_ALLOWED, raw.strip(), allowed));
    return null;
  }

  private @Nullable Province province(Source source) {
    String raw = source.value("provinceCode");
    if (raw == null) {
      return null;
    }
    String code = raw.strip();
    Province province = Province.fromCode(code).orElse(null);
    if (province != null) {
      return province;
    }
    LegacyProvince legacy = LegacyProvince.fromCode(code).orElse(null);
    if (legacy != null) {
      Province now = legacy.successor();
      sink.add(
          source.at(
              "provinceCode",
              PlaceDiagnostics.PROVINCE_CODE_LEGACY,
              code,
              legacy.displayName(),
              now.code(),
              now.displayName()));
    } else {
      sink.add(source.at("provinceCode", PlaceDiagnostics.PROVINCE_UNKNOWN, code));
    }
    return null;
  }

  private @Nullable LegacyProvince legacyProvince(Source source) {
    String raw = source.value("provinceCode");
    if (raw == null) {
      return null;
    }
    String code = raw.strip();
    LegacyProvince legacy = LegacyProvince.fromCode(code).orElse(null);
    if (legacy == null) {
      sink.add(source.at("provinceCode", PlaceDiagnostics.LEGACY_PROVINCE_UNKNOWN, code));
    }
    return legacy;
  }

  private @Nullable String districtCode(Source source) {
    String code = optional(source.value("districtCode"));
    if (code != null && !LegacyCommune.DISTRICT_CODE.matcher(code).matches()) {
      sink.add(source.at("districtCode", PlaceDiagnostics.DISTRICT_CODE_MALFORMED, code));
      return null;
    }
    return code;
  }

  /** The trimmed text in Unicode NFC, or null when absent or blank. */
  private static @Nullable String optional(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String text = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
    return text.isEmpty() ? null : text;
  }
}
