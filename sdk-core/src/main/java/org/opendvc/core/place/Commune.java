package org.opendvc.core.place;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A commune-level unit (đơn vị hành chính cấp xã) in force from 1 July 2025: a commune, a ward or a
 * special zone, with its five-digit code under Decision 19/2025/QĐ-TTg.
 *
 * <p>Names are not unique nationally, nor always within a province; codes are. Communes come from a
 * dataset the caller supplies ({@link AdministrativeUnits}).
 *
 * @param code the five-digit code, such as {@code 22333}
 * @param name the name without its unit word, such as "Bắc Nha Trang"
 * @param kind commune, ward or special zone
 * @param province the province it belongs to
 * @param mergedFrom the earlier communes it was formed from, as far as the dataset says; empty when
 *     the dataset does not say
 */
public record Commune(
    String code, String name, CommuneKind kind, Province province, List<LegacyCommune> mergedFrom) {
  static final Pattern CODE = Pattern.compile("[0-9]{5}");

  /**
   * Creates a commune.
   *
   * @throws IllegalArgumentException if the code is not five digits or the name is blank
   */
  public Commune {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(province, "province");
    mergedFrom = List.copyOf(mergedFrom);
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("A commune code has 5 digits; got '" + code + "'");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
  }

  /** A commune without information on the earlier communes it was formed from. */
  public Commune(String code, String name, CommuneKind kind, Province province) {
    this(code, name, kind, province, List.of());
  }

  /** The name with its unit word, such as "Phường Bắc Nha Trang". */
  public String fullName() {
    return kind.unitWord() + " " + name;
  }

  /** Its code and full name, such as {@code 22333 Phường Bắc Nha Trang (56)}. */
  @Override
  public String toString() {
    return code + " " + fullName() + " (" + province.code() + ")";
  }
}
