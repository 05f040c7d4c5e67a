package org.opendvc.core.place;

/**
 * What a commune-level unit (đơn vị hành chính cấp xã) is. Since 1 July 2025 there are three kinds;
 * the earlier townships (thị trấn) became communes or wards.
 */
public enum CommuneKind {
  /** A rural commune (xã). */
  COMMUNE("Xã"),
  /** An urban ward (phường). */
  WARD("Phường"),
  /** A special zone (đặc khu) on an island, such as Trường Sa or Phú Quốc. */
  SPECIAL_ZONE("Đặc khu");

  private final String unitWord;

  CommuneKind(String unitWord) {
    this.unitWord = unitWord;
  }

  /** The word that precedes the name in the full Vietnamese name: "Xã", "Phường" or "Đặc khu". */
  public String unitWord() {
    return unitWord;
  }
}
