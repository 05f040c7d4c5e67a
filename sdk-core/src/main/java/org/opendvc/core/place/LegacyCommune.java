package org.opendvc.core.place;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An earlier commune-level unit (before 1 July 2025) that went, wholly or in part, into a current
 * {@link Commune}: its province, its district (quận, huyện, thị xã or thành phố thuộc tỉnh, a level
 * abolished that day) and the commune itself, each by code, name or both.
 *
 * @param province the earlier province
 * @param districtCode the earlier three-digit district code, or {@code null} when not known
 * @param districtName the earlier district name, or {@code null} when not known
 * @param code the earlier five-digit commune code, or {@code null} when not known
 * @param name the earlier commune name, or {@code null} when not known
 * @param share whether all of it or only part went into the current commune
 */
public record LegacyCommune(
    LegacyProvince province,
    @Nullable String districtCode,
    @Nullable String districtName,
    @Nullable String code,
    @Nullable String name,
    LegacyShare share) {
  static final Pattern DISTRICT_CODE = Pattern.compile("[0-9]{3}");

  /**
   * Creates an earlier unit.
   *
   * @throws IllegalArgumentException if neither {@code code} nor {@code name} is given, a code is
   *     malformed (3 digits for a district, 5 for a commune) or a name is blank
   */
  public LegacyCommune {
    Objects.requireNonNull(province, "province");
    Objects.requireNonNull(share, "share");
    if (code == null && name == null) {
      throw new IllegalArgumentException("An earlier commune needs a code or a name");
    }
    if (code != null && !Commune.CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("A commune code has 5 digits; got '" + code + "'");
    }
    if (districtCode != null && !DISTRICT_CODE.matcher(districtCode).matches()) {
      throw new IllegalArgumentException(
          "A district code has 3 digits; got '" + districtCode + "'");
    }
    if ((name != null && name.isBlank()) || (districtName != null && districtName.isBlank())) {
      throw new IllegalArgumentException("Names must be null or not blank");
    }
  }

  /** An earlier commune known by its codes, all of which went into the current one. */
  public static LegacyCommune whole(LegacyProvince province, String districtCode, String code) {
    return new LegacyCommune(province, districtCode, null, code, null, LegacyShare.WHOLE);
  }

  /** What makes two earlier units the same: the code, or else the district and the name. */
  String identity() {
    if (code != null) {
      return province.code() + "/" + code;
    }
    String district =
        districtCode != null
            ? districtCode
            : districtName == null ? "" : PlaceNames.key(districtName);
    return province.code() + "/" + district + "/" + PlaceNames.key(Objects.requireNonNull(name));
  }

  /** How this unit is named in messages: its code, or its name when it has no code. */
  String label() {
    return code != null ? code : Objects.requireNonNull(name);
  }
}
