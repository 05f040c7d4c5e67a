package org.opendvc.core.place;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 63 provinces and centrally-run cities in force until 30 June 2025, with their two-digit
 * statistical codes.
 *
 * <p>Data from before 1 July 2025 uses these codes, and a personal identification number keeps the
 * three-digit code ({@code "0"} followed by these two digits, Circular 59/2021/TT-BCA) of the
 * province where the birth was registered, whatever became of that province. Codes as listed in the
 * national list of administrative units used before Decision 19/2025/QĐ-TTg.
 *
 * <p>{@link #successor()} gives the unit each became on 1 July 2025; {@link Province} says which
 * rows of that mapping rest on secondary sources.
 */
public enum LegacyProvince {
  /** Hà Nội (01). */
  HA_NOI("01", "Hà Nội"),
  /** Hà Giang (02). */
  HA_GIANG("02", "Hà Giang"),
  /** Cao Bằng (04). */
  CAO_BANG("04", "Cao Bằng"),
  /** Bắc Kạn (06). */
  BAC_KAN("06", "Bắc Kạn"),
  /** Tuyên Quang (08). */
  TUYEN_QUANG("08", "Tuyên Quang"),
  /** Lào Cai (10). */
  LAO_CAI("10", "Lào Cai"),
  /** Điện Biên (11). */
  DIEN_BIEN("11", "Điện Biên"),
  /** Lai Châu (12). */
  LAI_CHAU("12", "Lai Châu"),
  /** Sơn La (14). */
  SON_LA("14", "Sơn La"),
  /** Yên Bái (15). */
  YEN_BAI("15", "Yên Bái"),
  /** Hòa Bình (17). */
  HOA_BINH("17", "Hòa Bình"),
  /** Thái Nguyên (19). */
  THAI_NGUYEN("19", "Thái Nguyên"),
  /** Lạng Sơn (20). */
  LANG_SON("20", "Lạng Sơn"),
  /** Quảng Ninh (22). */
  QUANG_NINH("22", "Quảng Ninh"),
  /** Bắc Giang (24). */
  BAC_GIANG("24", "Bắc Giang"),
  /** Phú Thọ (25). */
  PHU_THO("25", "Phú Thọ"),
  /** Vĩnh Phúc (26). */
  VINH_PHUC("26", "Vĩnh Phúc"),
  /** Bắc Ninh (27). */
  BAC_NINH("27", "Bắc Ninh"),
  /** Hải Dương (30). */
  HAI_DUONG("30", "Hải Dương"),
  /** Hải Phòng (31). */
  HAI_PHONG("31", "Hải Phòng"),
  /** Hưng Yên (33). */
  HUNG_YEN("33", "Hưng Yên"),
  /** Thái Bình (34). */
  THAI_BINH("34", "Thái Bình"),
  /** Hà Nam (35). */
  HA_NAM("35", "Hà Nam"),
  /** Nam Định (36). */
  NAM_DINH("36", "Nam Định"),
  /** Ninh Bình (37). */
  NINH_BINH("37", "Ninh Bình"),
  /** Thanh Hóa (38). */
  THANH_HOA("38", "Thanh Hóa"),
  /** Nghệ An (40). */
  NGHE_AN("40", "Nghệ An"),
  /** Hà Tĩnh (42). */
  HA_TINH("42", "Hà Tĩnh"),
  /** Quảng Bình (44). */
  QUANG_BINH("44", "Quảng Bình"),
  /** Quảng Trị (45). */
  QUANG_TRI("45", "Quảng Trị"),
  /** Thừa Thiên Huế (46). */
  THUA_THIEN_HUE("46", "Thừa Thiên Huế"),
  /** Đà Nẵng (48). */
  DA_NANG("48", "Đà Nẵng"),
  /** Quảng Nam (49). */
  QUANG_NAM("49", "Quảng Nam"),
  /** Quảng Ngãi (51). */
  QUANG_NGAI("51", "Quảng Ngãi"),
  /** Bình Định (52). */
  BINH_DINH("52", "Bình Định"),
  /** Phú Yên (54). */
  PHU_YEN("54", "Phú Yên"),
  /** Khánh Hòa (56). */
  KHANH_HOA("56", "Khánh Hòa"),
  /** Ninh Thuận (58). */
  NINH_THUAN("58", "Ninh Thuận"),
  /** Bình Thuận (60). */
  BINH_THUAN("60", "Bình Thuận"),
  /** Kon Tum (62). */
  KON_TUM("62", "Kon Tum"),
  /** Gia Lai (64). */
  GIA_LAI("64", "Gia Lai"),
  /** Đắk Lắk (66). */
  DAK_LAK("66", "Đắk Lắk"),
  /** Đắk Nông (67). */
  DAK_NONG("67", "Đắk Nông"),
  /** Lâm Đồng (68). */
  LAM_DONG("68", "Lâm Đồng"),
  /** Bình Phước (70). */
  BINH_PHUOC("70", "Bình Phước"),
  /** Tây Ninh (72). */
  TAY_NINH("72", "Tây Ninh"),
  /** Bình Dương (74). */
  BINH_DUONG("74", "Bình Dương"),
  /** Đồng Nai (75). */
  DONG_NAI("75", "Đồng Nai"),
  /** Bà Rịa – Vũng Tàu (77). */
  BA_RIA_VUNG_TAU("77", "Bà Rịa – Vũng Tàu"),
  /** Thành phố Hồ Chí Minh (79). */
  HO_CHI_MINH("79", "Thành phố Hồ Chí Minh"),
  /** Long An (80). */
  LONG_AN("80", "Long An"),
  /** Tiền Giang (82). */
  TIEN_GIANG("82", "Tiền Giang"),
  /** Bến Tre (83). */
  BEN_TRE("83", "Bến Tre"),
  /** Trà Vinh (84). */
  TRA_VINH("84", "Trà Vinh"),
  /** Vĩnh Long (86). */
  VINH_LONG("86", "Vĩnh Long"),
  /** Đồng Tháp (87). */
  DONG_THAP("87", "Đồng Tháp"),
  /** An Giang (89). */
  AN_GIANG("89", "An Giang"),
  /** Kiên Giang (91). */
  KIEN_GIANG("91", "Kiên Giang"),
  /** Cần Thơ (92). */
  CAN_THO("92", "Cần Thơ"),
  /** Hậu Giang (93). */
  HAU_GIANG("93", "Hậu Giang"),
  /** Sóc Trăng (94). */
  SOC_TRANG("94", "Sóc Trăng"),
  /** Bạc Liêu (95). */
  BAC_LIEU("95", "Bạc Liêu"),
  /** Cà Mau (96). */
  CA_MAU("96", "Cà Mau");

  private static final Map<String, LegacyProvince> BY_CODE = new HashMap<>();

  static {
    for (LegacyProvince p : values()) {
      BY_CODE.put(p.code, p);
    }
  }

  private final String code;
  private final String displayName;

  LegacyProvince(String code, String displayName) {
    this.code = code;
    this.displayName = displayName;
  }

  /** The two-digit code, such as {@code 38} for Thanh Hóa. */
  public String code() {
    return code;
  }

  /** The Vietnamese name. */
  public String displayName() {
    return displayName;
  }

  /** The province with a two-digit code, if there was one. */
  public static Optional<LegacyProvince> fromCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /**
   * The province with this name, ignoring diacritics, case, punctuation and unit words: "Bà Rịa –
   * Vũng Tàu", "Ba Ria-Vung Tau", "Tỉnh Bà Rịa - Vũng Tàu", "TP.HCM", "Thành phố Hồ Chí Minh" and
   * "Huế" (for Thừa Thiên Huế, which took that name on 1 January 2025) are all found.
   */
  public static Optional<LegacyProvince> fromName(String name) {
    List<LegacyProvince> found = Names.INDEX.find(name);
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** The unit this province became part of on 1 July 2025. */
  public Province successor() {
    return Successors.MAP.get(this);
  }

  // Holders, so that neither enum needs the other while it is being initialised.
  private static final class Successors {
    static final Map<LegacyProvince, Province> MAP = build();

    private static Map<LegacyProvince, Province> build() {
      Map<LegacyProvince, Province> map = new EnumMap<>(LegacyProvince.class);
      for (Province p : Province.values()) {
        p.mergedFrom().forEach(legacy -> map.put(legacy, p));
      }
      return map;
    }
  }

  private static final class Names {
    static final NameIndex<LegacyProvince> INDEX = build();

    private static NameIndex<LegacyProvince> build() {
      NameIndex.Builder<LegacyProvince> index = NameIndex.builder(PlaceNames.Level.PROVINCE);
      for (LegacyProvince p : values()) {
        index.add(p.displayName, p);
      }
      index.add("Huế", THUA_THIEN_HUE);
      PlaceNames.HO_CHI_MINH_ALIASES.forEach(alias -> index.add(alias, HO_CHI_MINH));
      return index.build();
    }
  }
}
