package org.opendvc.core.place;

/** What a provincial-level unit (đơn vị hành chính cấp tỉnh) is. */
public enum ProvinceKind {
  /** A centrally-run city (thành phố trực thuộc trung ương), such as Hà Nội. */
  CENTRALLY_RUN_CITY("Thành phố"),
  /** A province (tỉnh). */
  PROVINCE("Tỉnh");

  private final String unitWord;

  ProvinceKind(String unitWord) {
    this.unitWord = unitWord;
  }

  /** The word that precedes the name in the full Vietnamese name: "Thành phố" or "Tỉnh". */
  public String unitWord() {
    return unitWord;
  }
}
