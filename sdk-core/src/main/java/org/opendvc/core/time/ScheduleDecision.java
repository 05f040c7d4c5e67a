package org.opendvc.core.time;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;

/**
 * An official document that set a year's holiday schedule: the Government Office's dispatch
 * conveying the Prime Minister's decision, or the ministry's notice to agencies.
 *
 * @param number the document's number, such as {@code 9441/TB-BNV}
 * @param issuer who issued it, such as {@code Bộ Nội vụ} / {@code Ministry of Home Affairs}
 * @param issuedOn the date it was issued
 * @param title what it is about
 * @param url where it can be read, or {@code null}
 */
public record ScheduleDecision(
    String number,
    LocalizedText issuer,
    LocalDate issuedOn,
    LocalizedText title,
    @Nullable String url) {

  /**
   * Checks that the required parts are present.
   *
   * @throws IllegalArgumentException if the number is blank
   */
  public ScheduleDecision {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(title, "title");
    if (number.isBlank()) {
      throw new IllegalArgumentException("number must not be blank");
    }
  }
}
