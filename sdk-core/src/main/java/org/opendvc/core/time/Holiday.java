package org.opendvc.core.time;

import java.time.LocalDate;
import java.util.Objects;
import org.opendvc.core.LocalizedText;

/**
 * A day off work for civil servants: its date, its name in Vietnamese and English, and why it is
 * off.
 *
 * @param date the day
 * @param name what the day is, such as {@code "Quốc khánh (2/9)"} / {@code "National Day (2
 *     September)"}
 * @param kind why the day is off
 */
public record Holiday(LocalDate date, LocalizedText name, HolidayKind kind)
    implements Comparable<Holiday> {

  /** Checks that every part is present. */
  public Holiday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  /** Orders by date. */
  @Override
  public int compareTo(Holiday other) {
    return date.compareTo(other.date);
  }
}
