package org.opendvc.examples.docs;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.place.AdministrativeUnits;
import org.opendvc.core.place.Commune;
import org.opendvc.core.place.LegacyAddress;
import org.opendvc.core.place.LegacyProvince;
import org.opendvc.core.place.LegacyResolution;
import org.opendvc.core.place.Province;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The samples of {@code docs/places.md}. */
public final class PlacesGuide {
  private static final Logger LOG = LoggerFactory.getLogger(PlacesGuide.class);

  private PlacesGuide() {}

  /** Provinces by code and name, before and after 1 July 2025. */
  public static Province provinces() {
    // [START provinces]
    Optional<Province> byCode = Province.fromCode("56"); // KHANH_HOA
    Optional<Province> byName = Province.fromName("TP HCM"); // HO_CHI_MINH
    Province today = LegacyProvince.fromCode("58").orElseThrow().successor(); // NINH_THUAN...
    // ...became part of KHANH_HOA: Province.KHANH_HOA.mergedFrom() is [KHANH_HOA, NINH_THUAN]
    // [END provinces]
    LOG.debug("{} {}", byCode, byName);
    return today;
  }

  /** Loads a commune dataset and looks communes up. */
  public static List<Commune> communes(Path dataset) {
    // [START dataset]
    Validated<AdministrativeUnits> read = AdministrativeUnits.read(dataset); // .csv or .json
    read.diagnostics().forEach(d -> LOG.warn("{}", d)); // every problem, with line and column
    AdministrativeUnits units = read.orElseThrow(); // or read.value() to use what could be read
    Optional<Commune> bacNhaTrang = units.commune("22333"); // Phường Bắc Nha Trang
    List<Commune> found = units.findByName(Province.KHANH_HOA, "P. Bac Nha Trang");
    List<Commune> all = units.communes(Province.KHANH_HOA);
    // [END dataset]
    LOG.debug("{} {}", bacNhaTrang, all.size());
    return found;
  }

  /** Where an address written before 1 July 2025 lies today. */
  public static LegacyResolution resolve(AdministrativeUnits units, OldAddress dto) {
    // [START legacy-address]
    LegacyAddress thuongTru =
        LegacyAddress.builder()
            .provinceCode(dto.maTinhThanh())
            .provinceName(dto.tenTinhThanh())
            .districtCode(dto.maQuanHuyen())
            .districtName(dto.tenQuanHuyen())
            .communeCode(dto.maPhuongXa())
            .communeName(dto.tenPhuongXa())
            .build();
    LegacyResolution where = units.resolveLegacy(thuongTru);
    where.province(); // always, when the address names an earlier province
    where.commune(); // when the dataset says which current commune it became
    where.candidates(); // when it was divided, or its name is ambiguous
    where.method(); // COMMUNE_CODE, COMMUNE_NAME, PROVINCE_CODE, PROVINCE_NAME or UNRESOLVED
    where.notes(); // PLACE_RESOLVE_... diagnostics, pointing at the address field concerned
    // [END legacy-address]
    return where;
  }

  /**
   * An address as an older system stores it, any part possibly missing.
   *
   * @param maTinhThanh province code
   * @param tenTinhThanh province name
   * @param maQuanHuyen district code
   * @param tenQuanHuyen district name
   * @param maPhuongXa commune code
   * @param tenPhuongXa commune name
   */
  public record OldAddress(
      @Nullable String maTinhThanh,
      @Nullable String tenTinhThanh,
      @Nullable String maQuanHuyen,
      @Nullable String tenQuanHuyen,
      @Nullable String maPhuongXa,
      @Nullable String tenPhuongXa) {}
}
