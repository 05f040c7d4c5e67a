package org.opendvc.core.place;

import org.jspecify.annotations.Nullable;

/**
 * The administrative part of an address written before 1 July 2025: province, district and commune,
 * each by code, name or both. Street and house are not part of it.
 *
 * <p>It fits the address blocks of the national population database (CSDLQG về dân cư), such as
 * {@code ThuongTru} or {@code NoiOHienTai}: {@code MaTinhThanh}, {@code MaQuanHuyen} and {@code
 * MaPhuongXa} are the codes, {@code TenTinhThanh}, {@code TenQuanHuyen} and {@code TenPhuongXa} the
 * names. Blank values count as absent; values are trimmed. Codes may lack their leading zeros, as
 * spreadsheets leave them ({@code 1} for {@code 01}).
 *
 * <p>An address is personal data: {@link #toString()} shows the province only.
 *
 * @param provinceCode the earlier two-digit province code ({@code MaTinhThanh}), or {@code null}
 * @param provinceName the earlier province name ({@code TenTinhThanh}), or {@code null}
 * @param districtCode the three-digit district code ({@code MaQuanHuyen}), or {@code null}
 * @param districtName the district name ({@code TenQuanHuyen}), or {@code null}
 * @param communeCode the earlier five-digit commune code ({@code MaPhuongXa}), or {@code null}
 * @param communeName the earlier commune name ({@code TenPhuongXa}), or {@code null}
 */
public record LegacyAddress(
    @Nullable String provinceCode,
    @Nullable String provinceName,
    @Nullable String districtCode,
    @Nullable String districtName,
    @Nullable String communeCode,
    @Nullable String communeName) {

  /** Trims every value and turns blank ones into {@code null}. */
  public LegacyAddress {
    provinceCode = clean(provinceCode);
    provinceName = clean(provinceName);
    districtCode = clean(districtCode);
    districtName = clean(districtName);
    communeCode = clean(communeCode);
    communeName = clean(communeName);
  }

  /** An address by codes only ({@code MaTinhThanh}, {@code MaQuanHuyen}, {@code MaPhuongXa}). */
  public static LegacyAddress ofCodes(
      @Nullable String provinceCode, @Nullable String districtCode, @Nullable String communeCode) {
    return new LegacyAddress(provinceCode, null, districtCode, null, communeCode, null);
  }

  /** An address by names only ({@code TenTinhThanh}, {@code TenQuanHuyen}, {@code TenPhuongXa}). */
  public static LegacyAddress ofNames(
      @Nullable String provinceName, @Nullable String districtName, @Nullable String communeName) {
    return new LegacyAddress(null, provinceName, null, districtName, null, communeName);
  }

  /** A builder, for addresses that carry both codes and names. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the address gives nothing at all. */
  public boolean isEmpty() {
    return provinceCode == null
        && provinceName == null
        && districtCode == null
        && districtName == null
        && communeCode == null
        && communeName == null;
  }

  /** The province as given; district and commune masked, since together they locate a person. */
  @Override
  public String toString() {
    String province =
        provinceCode != null ? provinceCode : provinceName != null ? provinceName : "-";
    boolean below =
        districtCode != null || districtName != null || communeCode != null || communeName != null;
    return "LegacyAddress[province="
        + province
        + ", district/commune="
        + (below ? "***" : "-")
        + "]";
  }

  private static @Nullable String clean(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String text = value.strip();
    return text.isEmpty() ? null : text;
  }

  /** Builds a {@link LegacyAddress}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String provinceCode;
    private @Nullable String provinceName;
    private @Nullable String districtCode;
    private @Nullable String districtName;
    private @Nullable String communeCode;
    private @Nullable String communeName;

    private Builder() {}

    /** The earlier province code ({@code MaTinhThanh}). */
    public Builder provinceCode(@Nullable String code) {
      this.provinceCode = code;
      return this;
    }

    /** The earlier province name ({@code TenTinhThanh}). */
    public Builder provinceName(@Nullable String name) {
      this.provinceName = name;
      return this;
    }

    /** The district code ({@code MaQuanHuyen}). */
    public Builder districtCode(@Nullable String code) {
      this.districtCode = code;
      return this;
    }

    /** The district name ({@code TenQuanHuyen}). */
    public Builder districtName(@Nullable String name) {
      this.districtName = name;
      return this;
    }

    /** The earlier commune code ({@code MaPhuongXa}). */
    public Builder communeCode(@Nullable String code) {
      this.communeCode = code;
      return this;
    }

    /** The earlier commune name ({@code TenPhuongXa}). */
    public Builder communeName(@Nullable String name) {
      this.communeName = name;
      return this;
    }

    /** The address. */
    public LegacyAddress build() {
      return new LegacyAddress(
          provinceCode, provinceName, districtCode, districtName, communeCode, communeName);
    }
  }
}
