package org.opendvc.rules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.internal.text.VietnameseText;

/** One value of a data element about one subject, with where it came from. */
public final class Datum {
  private final SubjectRole role;
  private final String element;
  private final DataValue value;
  private final String source;

  public Datum(SubjectRole role, String element, DataValue value, String source) {
    this.role = role;
    this.element = element;
    this.value = value;
    this.source = source;
  }

  public SubjectRole getRole() {
    return role;
  }

  public String getElement() {
    return element;
  }

  public String getSource() {
    return source;
  }

  public String getDisplay() {
    return value.display();
  }

  /** The value as a date; ISO text is accepted, as forms send it. */
  public @Nullable LocalDate getDate() {
    if (value instanceof DataValue.Date d) {
      return d.value();
    }
    if (value instanceof DataValue.Text t) {
      try {
        return LocalDate.parse(t.value().strip());
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  /** The value as a code or text, or null for other kinds. */
  public @Nullable String getCode() {
    if (value instanceof DataValue.Code c) {
      return c.value().strip();
    }
    if (value instanceof DataValue.Text t) {
      return t.value().strip();
    }
    return null;
  }

  /** The value as yes or no, or null for other kinds. */
  public @Nullable Boolean getFlag() {
    if (value instanceof DataValue.Bool b) {
      return b.value();
    }
    return null;
  }

  /** Whether the value is a non-blank address. */
  public boolean isAddress() {
    return value instanceof DataValue.Address a && !a.isBlank();
  }

  /** The province code of an address value, or null. */
  public @Nullable String getProvinceCode() {
    return value instanceof DataValue.Address a ? a.provinceCode() : null;
  }

  /**
   * The sex as {@code MALE} or {@code FEMALE}, or null when not recognised. Accepts the English
   * words and the Vietnamese "Nam"/"Nữ" with or without diacritics; the population database's own
   * code list was not available to us, so numeric codes are not guessed.
   */
  public @Nullable String getSex() {
    String code = getCode();
    if (code == null) {
      return null;
    }
    String folded = VietnameseText.fold(code).toUpperCase(Locale.ROOT);
    return switch (folded) {
      case "MALE", "M", "NAM" -> "MALE";
      case "FEMALE", "F", "NU" -> "FEMALE";
      default -> null;
    };
  }
}
