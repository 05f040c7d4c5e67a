package org.opendvc.core.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendvc.core.diagnostic.Diagnostic;

/**
 * Resolves addresses from before 1 July 2025 against the earlier communes a dataset lists. Built
 * once per {@link AdministrativeUnits}; immutable and thread-safe.
 */
final class LegacyResolver {
  /** One earlier commune, or part of it, going into one current commune. */
  private record Absorption(Commune commune, LegacyCommune legacy) {}

  /** The absorptions an address matched, and by what. */
  private record Match(List<Absorption> found, ResolutionMethod method, String pointer) {}

  private final Map<String, List<Absorption>> byCode = new HashMap<>();
  private final Map<LegacyProvince, NameIndex<Absorption>> byName;

  LegacyResolver(Collection<Commune> communes) {
    Map<LegacyProvince, NameIndex.Builder<Absorption>> names = new EnumMap<>(LegacyProvince.class);
    for (Commune commune : communes) {
      for (LegacyCommune legacy : commune.mergedFrom()) {
        Absorption absorption = new Absorption(commune, legacy);
        if (legacy.code() != null) {
          byCode.computeIfAbsent(legacy.code(), c -> new ArrayList<>(1)).add(absorption);
        }
        if (legacy.name() != null) {
          names
              .computeIfAbsent(legacy.province(), p -> NameIndex.builder(PlaceNames.Level.COMMUNE))
              .add(legacy.name(), absorption);
        }
      }
    }
    byCode.replaceAll((code, list) -> List.copyOf(list));
    byName = new EnumMap<>(LegacyProvince.class);
    names.forEach((province, builder) -> byName.put(province, builder.build()));
  }

  LegacyResolution resolve(LegacyAddress address) {
    List<Diagnostic> notes = new ArrayList<>();
    LegacyProvince byProvinceCode = null;
    if (address.provinceCode() != null) {
      byProvinceCode = LegacyProvince.fromCode(code(address.provinceCode(), 2)).orElse(null);
      if (byProvinceCode == null) {
        notes.add(PlaceDiagnostics.RESOLVE_PROVINCE_UNKNOWN.at("/provinceCode"));
      }
    }
    LegacyProvince byProvinceName = null;
    if (address.provinceName() != null) {
      byProvinceName = LegacyProvince.fromName(address.provinceName()).orElse(null);
      if (byProvinceName == null) {
        notes.add(PlaceDiagnostics.RESOLVE_PROVINCE_NAME_UNKNOWN.at("/provinceName"));
      }
    }
    if (byProvinceCode != null && byProvinceName != null && byProvinceCode != byProvinceName) {
      notes.add(PlaceDiagnostics.RESOLVE_PROVINCE_CONFLICT.at("/provinceName"));
    }
    LegacyProvince legacy = byProvinceCode != null ? byProvinceCode : byProvinceName;
    ResolutionMethod method =
        byProvinceCode != null
            ? ResolutionMethod.PROVINCE_CODE
            : byProvinceName != null ? ResolutionMethod.PROVINCE_NAME : ResolutionMethod.UNRESOLVED;

    Match match = null;
    boolean outside = false;
    if (address.communeCode() != null) {
      List<Absorption> found = byCode.getOrDefault(code(address.communeCode(), 5), List.of());
      if (legacy != null) {
        LegacyProvince in = legacy;
        List<Absorption> inProvince =
            found.stream().filter(a -> a.legacy().province() == in).toList();
        outside = !found.isEmpty() && inProvince.isEmpty();
        found = inProvince;
      }
      if (outside) {
        notes.add(PlaceDiagnostics.RESOLVE_COMMUNE_OUTSIDE_PROVINCE.at("/communeCode"));
      } else if (!found.isEmpty()) {
        match = new Match(found, ResolutionMethod.COMMUNE_CODE, "/communeCode");
      }
    }
    if (match == null && !outside && address.communeName() != null && legacy != null) {
      NameIndex<Absorption> index = byName.get(legacy);
      List<Absorption> found =
          index == null
              ? List.of()
              : index.find(address.communeName()).stream()
                  .filter(a -> sameDistrict(a.legacy(), address))
                  .toList();
      if (!found.isEmpty()) {
        match = new Match(found, ResolutionMethod.COMMUNE_NAME, "/communeName");
      }
    }
    boolean communeGiven = address.communeCode() != null || address.communeName() != null;
    if (match == null) {
      if (communeGiven && !outside) {
        String pointer = address.communeCode() != null ? "/communeCode" : "/communeName";
        notes.add(PlaceDiagnostics.RESOLVE_COMMUNE_NOT_IN_DATASET.at(pointer));
      }
      if (address.provinceCode() == null && address.provinceName() == null) {
        notes.add(PlaceDiagnostics.RESOLVE_PROVINCE_MISSING.at(""));
      }
      return new LegacyResolution(
          method, legacy, legacy == null ? null : legacy.successor(), null, List.of(), notes);
    }

    if (legacy == null) {
      legacy = match.found().get(0).legacy().province();
      method = ResolutionMethod.PROVINCE_CODE;
    }
    Set<String> earlier = new LinkedHashSet<>();
    Set<Commune> current = new LinkedHashSet<>();
    for (Absorption a : match.found()) {
      earlier.add(a.legacy().identity());
      current.add(a.commune());
    }
    if (earlier.size() > 1) {
      notes.add(PlaceDiagnostics.RESOLVE_COMMUNE_NAME_AMBIGUOUS.at(match.pointer()));
    } else if (current.size() > 1) {
      notes.add(PlaceDiagnostics.RESOLVE_COMMUNE_SPLIT.at(match.pointer()));
    } else {
      Absorption only = match.found().get(0);
      if (only.legacy().share() == LegacyShare.PART) {
        notes.add(PlaceDiagnostics.RESOLVE_COMMUNE_PART.at(match.pointer()));
      }
      return new LegacyResolution(
          match.method(), legacy, only.commune().province(), only.commune(), List.of(), notes);
    }
    return new LegacyResolution(
        method, legacy, legacy.successor(), null, List.copyOf(current), notes);
  }

  /** Whether the earlier commune lies in the district the address names, as far as both say. */
  private static boolean sameDistrict(LegacyCommune legacy, LegacyAddress address) {
    if (legacy.districtCode() != null && address.districtCode() != null) {
      return legacy.districtCode().equals(code(address.districtCode(), 3));
    }
    if (legacy.districtName() != null && address.districtName() != null) {
      return sameName(legacy.districtName(), address.districtName());
    }
    return true;
  }

  private static boolean sameName(String a, String b) {
    String ka = PlaceNames.key(a);
    String kb = PlaceNames.key(b);
    String sa = PlaceNames.withoutUnitWords(ka, PlaceNames.Level.DISTRICT);
    String sb = PlaceNames.withoutUnitWords(kb, PlaceNames.Level.DISTRICT);
    return ka.equals(kb) || sa.equals(kb) || ka.equals(sb) || sa.equals(sb);
  }

  /**
   * A numeric code brought to {@code width} digits, as spreadsheets and old systems drop or add
   * leading zeros ({@code 1} and {@code 001} for {@code 01}); any other text unchanged.
   */
  static String code(String raw, int width) {
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) < '0' || raw.charAt(i) > '9') {
        return raw;
      }
    }
    String digits = raw;
    while (digits.length() > width && digits.charAt(0) == '0') {
      digits = digits.substring(1);
    }
    return digits.length() < width ? "0".repeat(width - digits.length()) + digits : digits;
  }
}
