package org.opendvc.core.place;

import static org.opendvc.core.place.LegacyProvince.BAC_GIANG;
import static org.opendvc.core.place.LegacyProvince.BAC_KAN;
import static org.opendvc.core.place.LegacyProvince.BAC_LIEU;
import static org.opendvc.core.place.LegacyProvince.BA_RIA_VUNG_TAU;
import static org.opendvc.core.place.LegacyProvince.BEN_TRE;
import static org.opendvc.core.place.LegacyProvince.BINH_DINH;
import static org.opendvc.core.place.LegacyProvince.BINH_DUONG;
import static org.opendvc.core.place.LegacyProvince.BINH_PHUOC;
import static org.opendvc.core.place.LegacyProvince.BINH_THUAN;
import static org.opendvc.core.place.LegacyProvince.DAK_NONG;
import static org.opendvc.core.place.LegacyProvince.HAI_DUONG;
import static org.opendvc.core.place.LegacyProvince.HAU_GIANG;
import static org.opendvc.core.place.LegacyProvince.HA_GIANG;
import static org.opendvc.core.place.LegacyProvince.HA_NAM;
import static org.opendvc.core.place.LegacyProvince.HOA_BINH;
import static org.opendvc.core.place.LegacyProvince.KIEN_GIANG;
import static org.opendvc.core.place.LegacyProvince.KON_TUM;
import static org.opendvc.core.place.LegacyProvince.LONG_AN;
import static org.opendvc.core.place.LegacyProvince.NAM_DINH;
import static org.opendvc.core.place.LegacyProvince.NINH_THUAN;
import static org.opendvc.core.place.LegacyProvince.PHU_YEN;
import static org.opendvc.core.place.LegacyProvince.QUANG_BINH;
import static org.opendvc.core.place.LegacyProvince.QUANG_NAM;
import static org.opendvc.core.place.LegacyProvince.SOC_TRANG;
import static org.opendvc.core.place.LegacyProvince.THAI_BINH;
import static org.opendvc.core.place.LegacyProvince.THUA_THIEN_HUE;
import static org.opendvc.core.place.LegacyProvince.TIEN_GIANG;
import static org.opendvc.core.place.LegacyProvince.TRA_VINH;
import static org.opendvc.core.place.LegacyProvince.VINH_PHUC;
import static org.opendvc.core.place.LegacyProvince.YEN_BAI;
import static org.opendvc.core.place.ProvinceKind.CENTRALLY_RUN_CITY;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 34 provincial-level units (đơn vị hành chính cấp tỉnh) in force from 1 July 2025: 6
 * centrally-run cities and 28 provinces, each with its two-digit code under Decision 19/2025/QĐ-TTg
 * and the earlier provinces ({@link LegacyProvince}) it was formed from.
 *
 * <p>Eleven units were unchanged; the other 52 earlier provinces merged into 23 (Resolution
 * 60-NQ/TW of 12 April 2025). A merged unit took the name of one of its earlier units, but not
 * always its code: it may carry the code of the earlier unit that hosts its administrative centre.
 * The new Lào Cai has code 15, which was Yên Bái's; the earlier Lào Cai was 10. Data from before 1
 * July 2025 uses the earlier codes: go through {@link LegacyProvince#successor()}.
 *
 * <p>Sources. The 34 codes are <b>secondary</b>: several public repositories that quote the
 * decision agree, among them {@code thanglequoc/vietnamese-provinces-database}; the decision's PDF
 * is cited in {@link org.opendvc.core.law.Laws#DECISION_19_2025}. The merger rows from Tuyên Quang
 * to Đà Nẵng were read in the list attached to Resolution 60-NQ/TW (en.qdnd.vn and bnews.vn, April
 * 2025); the rows from Quảng Ngãi to An Giang are <b>secondary</b>, consistent with the 23 new
 * units listed on znews.vn. Codes that come from the earlier unit hosting the administrative centre
 * rather than from the namesake (Lào Cai, Bắc Ninh, Quảng Trị, Gia Lai, Tây Ninh, Đồng Tháp, An
 * Giang) are <b>secondary</b> as well. {@code ProvinceTest} checks every row.
 *
 * <p>The units are as they stood on 1 July 2025. Some datasets published in 2026 list Đồng Nai as a
 * centrally-run city; that change is not verified here.
 */
public enum Province {
  // Unchanged units (11), with their earlier codes.
  /** Hà Nội (01), centrally-run city; unchanged. */
  HA_NOI("01", "Hà Nội", CENTRALLY_RUN_CITY, LegacyProvince.HA_NOI),
  /** Cao Bằng (04); unchanged. */
  CAO_BANG("04", "Cao Bằng", ProvinceKind.PROVINCE, LegacyProvince.CAO_BANG),
  /** Điện Biên (11); unchanged. */
  DIEN_BIEN("11", "Điện Biên", ProvinceKind.PROVINCE, LegacyProvince.DIEN_BIEN),
  /** Lai Châu (12); unchanged. */
  LAI_CHAU("12", "Lai Châu", ProvinceKind.PROVINCE, LegacyProvince.LAI_CHAU),
  /** Sơn La (14); unchanged. */
  SON_LA("14", "Sơn La", ProvinceKind.PROVINCE, LegacyProvince.SON_LA),
  /** Lạng Sơn (20); unchanged. */
  LANG_SON("20", "Lạng Sơn", ProvinceKind.PROVINCE, LegacyProvince.LANG_SON),
  /** Quảng Ninh (22); unchanged. */
  QUANG_NINH("22", "Quảng Ninh", ProvinceKind.PROVINCE, LegacyProvince.QUANG_NINH),
  /** Thanh Hóa (38); unchanged. */
  THANH_HOA("38", "Thanh Hóa", ProvinceKind.PROVINCE, LegacyProvince.THANH_HOA),
  /** Nghệ An (40); unchanged. */
  NGHE_AN("40", "Nghệ An", ProvinceKind.PROVINCE, LegacyProvince.NGHE_AN),
  /** Hà Tĩnh (42); unchanged. */
  HA_TINH("42", "Hà Tĩnh", ProvinceKind.PROVINCE, LegacyProvince.HA_TINH),
  /**
   * Huế (46), centrally-run city; unchanged. It was the province of Thừa Thiên Huế until it became
   * the centrally-run city of Huế on 1 January 2025 (secondary: release notes of {@code
   * thanglequoc/vietnamese-provinces-database}).
   */
  HUE("46", "Huế", CENTRALLY_RUN_CITY, THUA_THIEN_HUE),

  // Merged units (23), read in the Resolution 60-NQ/TW list.
  /** Tuyên Quang (08): Tuyên Quang and Hà Giang. */
  TUYEN_QUANG("08", "Tuyên Quang", ProvinceKind.PROVINCE, LegacyProvince.TUYEN_QUANG, HA_GIANG),
  /** Lào Cai (15): Lào Cai and Yên Bái; code 15 was Yên Bái's (secondary). */
  LAO_CAI("15", "Lào Cai", ProvinceKind.PROVINCE, LegacyProvince.LAO_CAI, YEN_BAI),
  /** Thái Nguyên (19): Thái Nguyên and Bắc Kạn. */
  THAI_NGUYEN("19", "Thái Nguyên", ProvinceKind.PROVINCE, LegacyProvince.THAI_NGUYEN, BAC_KAN),
  /** Phú Thọ (25): Phú Thọ, Vĩnh Phúc and Hòa Bình. */
  PHU_THO("25", "Phú Thọ", ProvinceKind.PROVINCE, LegacyProvince.PHU_THO, VINH_PHUC, HOA_BINH),
  /** Bắc Ninh (24): Bắc Ninh and Bắc Giang; code 24 was Bắc Giang's (secondary). */
  BAC_NINH("24", "Bắc Ninh", ProvinceKind.PROVINCE, LegacyProvince.BAC_NINH, BAC_GIANG),
  /** Hưng Yên (33): Hưng Yên and Thái Bình. */
  HUNG_YEN("33", "Hưng Yên", ProvinceKind.PROVINCE, LegacyProvince.HUNG_YEN, THAI_BINH),
  /** Hải Phòng (31), centrally-run city: Hải Phòng and Hải Dương. */
  HAI_PHONG("31", "Hải Phòng", CENTRALLY_RUN_CITY, LegacyProvince.HAI_PHONG, HAI_DUONG),
  /** Ninh Bình (37): Ninh Bình, Hà Nam and Nam Định. */
  NINH_BINH("37", "Ninh Bình", ProvinceKind.PROVINCE, LegacyProvince.NINH_BINH, HA_NAM, NAM_DINH),
  /** Quảng Trị (44): Quảng Trị and Quảng Bình; code 44 was Quảng Bình's (secondary). */
  QUANG_TRI("44", "Quảng Trị", ProvinceKind.PROVINCE, LegacyProvince.QUANG_TRI, QUANG_BINH),
  /** Đà Nẵng (48), centrally-run city: Đà Nẵng and Quảng Nam. */
  DA_NANG("48", "Đà Nẵng", CENTRALLY_RUN_CITY, LegacyProvince.DA_NANG, QUANG_NAM),

  // Merged units, secondary rows: consistent with the 23 new units listed on znews.vn.
  /** Quảng Ngãi (51): Quảng Ngãi and Kon Tum (secondary). */
  QUANG_NGAI("51", "Quảng Ngãi", ProvinceKind.PROVINCE, LegacyProvince.QUANG_NGAI, KON_TUM),
  /** Gia Lai (52): Gia Lai and Bình Định; code 52 was Bình Định's (secondary). */
  GIA_LAI("52", "Gia Lai", ProvinceKind.PROVINCE, LegacyProvince.GIA_LAI, BINH_DINH),
  /** Khánh Hòa (56): Khánh Hòa and Ninh Thuận (secondary). */
  KHANH_HOA("56", "Khánh Hòa", ProvinceKind.PROVINCE, LegacyProvince.KHANH_HOA, NINH_THUAN),
  /** Lâm Đồng (68): Lâm Đồng, Đắk Nông and Bình Thuận (secondary). */
  LAM_DONG("68", "Lâm Đồng", ProvinceKind.PROVINCE, LegacyProvince.LAM_DONG, DAK_NONG, BINH_THUAN),
  /** Đắk Lắk (66): Đắk Lắk and Phú Yên (secondary). */
  DAK_LAK("66", "Đắk Lắk", ProvinceKind.PROVINCE, LegacyProvince.DAK_LAK, PHU_YEN),
  /**
   * Hồ Chí Minh (79), centrally-run city: Thành phố Hồ Chí Minh, Bình Dương and Bà Rịa – Vũng Tàu
   * (secondary).
   */
  HO_CHI_MINH(
      "79",
      "Hồ Chí Minh",
      CENTRALLY_RUN_CITY,
      LegacyProvince.HO_CHI_MINH,
      BINH_DUONG,
      BA_RIA_VUNG_TAU),
  /** Đồng Nai (75): Đồng Nai and Bình Phước (secondary). */
  DONG_NAI("75", "Đồng Nai", ProvinceKind.PROVINCE, LegacyProvince.DONG_NAI, BINH_PHUOC),
  /** Tây Ninh (80): Tây Ninh and Long An; code 80 was Long An's (secondary). */
  TAY_NINH("80", "Tây Ninh", ProvinceKind.PROVINCE, LegacyProvince.TAY_NINH, LONG_AN),
  /** Cần Thơ (92), centrally-run city: Cần Thơ, Sóc Trăng and Hậu Giang (secondary). */
  CAN_THO("92", "Cần Thơ", CENTRALLY_RUN_CITY, LegacyProvince.CAN_THO, SOC_TRANG, HAU_GIANG),
  /** Vĩnh Long (86): Vĩnh Long, Bến Tre and Trà Vinh (secondary). */
  VINH_LONG("86", "Vĩnh Long", ProvinceKind.PROVINCE, LegacyProvince.VINH_LONG, BEN_TRE, TRA_VINH),
  /** Đồng Tháp (82): Đồng Tháp and Tiền Giang; code 82 was Tiền Giang's (secondary). */
  DONG_THAP("82", "Đồng Tháp", ProvinceKind.PROVINCE, LegacyProvince.DONG_THAP, TIEN_GIANG),
  /** Cà Mau (96): Cà Mau and Bạc Liêu (secondary). */
  CA_MAU("96", "Cà Mau", ProvinceKind.PROVINCE, LegacyProvince.CA_MAU, BAC_LIEU),
  /** An Giang (91): An Giang and Kiên Giang; code 91 was Kiên Giang's (secondary). */
  AN_GIANG("91", "An Giang", ProvinceKind.PROVINCE, LegacyProvince.AN_GIANG, KIEN_GIANG);

  private static final Map<String, Province> BY_CODE = new HashMap<>();

  static {
    for (Province p : values()) {
      BY_CODE.put(p.code, p);
    }
  }

  private final String code;
  private final String displayName;
  private final ProvinceKind kind;
  private final List<LegacyProvince> mergedFrom;

  Province(String code, String displayName, ProvinceKind kind, LegacyProvince... mergedFrom) {
    this.code = code;
    this.displayName = displayName;
    this.kind = kind;
    this.mergedFrom = List.of(mergedFrom);
  }

  /** The two-digit code under Decision 19/2025/QĐ-TTg, such as {@code 56} for Khánh Hòa. */
  public String code() {
    return code;
  }

  /** The Vietnamese name without its unit word, such as "Khánh Hòa" or "Hồ Chí Minh". */
  public String displayName() {
    return displayName;
  }

  /** The Vietnamese name with its unit word, such as "Tỉnh Khánh Hòa" or "Thành phố Huế". */
  public String fullName() {
    return kind.unitWord() + " " + displayName;
  }

  /** Whether this is a centrally-run city or a province. */
  public ProvinceKind kind() {
    return kind;
  }

  /**
   * The earlier provinces this unit was formed from, the one whose name it kept first. One element
   * for the eleven unchanged units.
   */
  public List<LegacyProvince> mergedFrom() {
    return mergedFrom;
  }

  /** Whether this unit is one of the eleven that were not merged on 1 July 2025. */
  public boolean isUnchanged() {
    return mergedFrom.size() == 1;
  }

  /** The unit with a two-digit code, if there is one. */
  public static Optional<Province> fromCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /**
   * The unit with this name, ignoring diacritics, case, punctuation and unit words: "Khánh Hòa",
   * "khanh hoa", "Tỉnh Khánh Hoà", "TP. Hồ Chí Minh", "TP HCM", "Thành phố Huế" and "Thừa Thiên
   * Huế" are all found. The name of an earlier province that merged into another ("Bình Dương") is
   * not a name of today's unit: look it up with {@link LegacyProvince#fromName(String)}.
   */
  public static Optional<Province> fromName(String name) {
    List<Province> found = Names.INDEX.find(name);
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  private static final class Names {
    static final NameIndex<Province> INDEX = build();

    private static NameIndex<Province> build() {
      NameIndex.Builder<Province> index = NameIndex.builder(PlaceNames.Level.PROVINCE);
      for (Province p : values()) {
        index.add(p.displayName, p).add(p.fullName(), p);
      }
      // Huế was called Thừa Thiên Huế until 1 January 2025; data from before still says so.
      index.add(THUA_THIEN_HUE.displayName(), HUE);
      PlaceNames.HO_CHI_MINH_ALIASES.forEach(alias -> index.add(alias, HO_CHI_MINH));
      return index.build();
    }
  }
}
