package org.opendvc.client.wire;

import java.util.Optional;
import org.opendvc.core.dossier.DossierStatus;

/**
 * Dossier statuses on the wire ({@code TrangThaiHoSo}, {@code TrangThai}): the national code as a
 * string, {@code "1"} to {@code "10"}. Reading also accepts a number and the newer platform's names
 * ({@code processing}...).
 */
public final class WireStatus {
  private WireStatus() {}

  /** The wire value of {@code status}, such as {@code "4"}. */
  public static String write(DossierStatus status) {
    return Integer.toString(status.code());
  }

  /** The status a wire value stands for, if it is a code 1 to 10 or a platform name. */
  public static Optional<DossierStatus> read(String value) {
    String v = value.strip();
    if (!v.isEmpty() && v.chars().allMatch(Character::isDigit) && v.length() <= 2) {
      return DossierStatus.fromCode(Integer.parseInt(v));
    }
    return DossierStatus.fromPlatformName(v);
  }
}
