package org.opendvc.core.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The value of a data element: text, a date, a number, a yes/no, a code, an address, or a list.
 *
 * <p>Values may be personal data, so {@code toString()} never shows them: it prints the kind and
 * {@code ***}. Use {@link #display()} to get the value in clear, deliberately.
 */
public sealed interface DataValue {

  /** The value in clear, for display to the person it belongs to or for computation. */
  String display();

  /** Whether the value is empty: blank text, an empty list, an address with nothing in it. */
  boolean isBlank();

  /** A text. */
  static DataValue text(String value) {
    return new Text(value);
  }

  /** A date. */
  static DataValue date(LocalDate value) {
    return new Date(value);
  }

  /** A number. */
  static DataValue number(BigDecimal value) {
    return new Number(value);
  }

  /** A number. */
  static DataValue number(long value) {
    return new Number(BigDecimal.valueOf(value));
  }

  /** Yes or no. */
  static DataValue bool(boolean value) {
    return new Bool(value);
  }

  /** A code from a code list. */
  static DataValue code(String value) {
    return new Code(value);
  }

  /**
   * Free text.
   *
   * @param value the text
   */
  record Text(String value) implements DataValue {
    /** Checks the text is present. */
    public Text {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String display() {
      return value;
    }

    @Override
    public boolean isBlank() {
      return value.isBlank();
    }

    @Override
    public String toString() {
      return "Text[***]";
    }
  }

  /**
   * A calendar date.
   *
   * @param value the date
   */
  record Date(LocalDate value) implements DataValue {
    /** Checks the date is present. */
    public Date {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String display() {
      return value.toString();
    }

    @Override
    public boolean isBlank() {
      return false;
    }

    @Override
    public String toString() {
      return "Date[***]";
    }
  }

  /**
   * A number, exact.
   *
   * @param value the number
   */
  record Number(BigDecimal value) implements DataValue {
    /** Checks the number is present. */
    public Number {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String display() {
      return value.toPlainString();
    }

    @Override
    public boolean isBlank() {
      return false;
    }

    @Override
    public String toString() {
      return "Number[***]";
    }
  }

  /**
   * Yes or no.
   *
   * @param value the answer
   */
  record Bool(boolean value) implements DataValue {
    @Override
    public String display() {
      return Boolean.toString(value);
    }

    @Override
    public boolean isBlank() {
      return false;
    }

    @Override
    public String toString() {
      return "Bool[***]";
    }
  }

  /**
   * A code from a code list, such as a sex, an ethnicity or a marital status.
   *
   * @param value the code
   */
  record Code(String value) implements DataValue {
    /** Checks the code is present. */
    public Code {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String display() {
      return value;
    }

    @Override
    public boolean isBlank() {
      return value.isBlank();
    }

    @Override
    public String toString() {
      return "Code[***]";
    }
  }

  /**
   * An address: province and commune codes (current or legacy), their names as given, and the
   * detail (house number, street, hamlet). Registries built before 1 July 2025 also give a
   * district.
   *
   * @param provinceCode the province code, when known
   * @param districtCode the district code of a legacy address, when known
   * @param communeCode the commune code, when known
   * @param provinceName the province name as given
   * @param districtName the district name of a legacy address
   * @param communeName the commune name as given
   * @param detail the rest of the address
   */
  record Address(
      @Nullable String provinceCode,
      @Nullable String districtCode,
      @Nullable String communeCode,
      @Nullable String provinceName,
      @Nullable String districtName,
      @Nullable String communeName,
      @Nullable String detail)
      implements DataValue {

    @Override
    public String display() {
      StringBuilder out = new StringBuilder();
      for (String part : new String[] {detail, communeName, districtName, provinceName}) {
        if (part != null && !part.isBlank()) {
          if (out.length() > 0) {
            out.append(", ");
          }
          out.append(part);
        }
      }
      return out.toString();
    }

    @Override
    public boolean isBlank() {
      return provinceCode == null && communeCode == null && display().isEmpty();
    }

    @Override
    public String toString() {
      return "Address[***]";
    }
  }

  /**
   * Several values, such as the answers to a multiple choice.
   *
   * @param values the values
   */
  record ListOf(List<DataValue> values) implements DataValue {
    /** Copies the values. */
    public ListOf {
      values = List.copyOf(values);
    }

    @Override
    public String display() {
      return String.join(", ", values.stream().map(DataValue::display).toList());
    }

    @Override
    public boolean isBlank() {
      return values.isEmpty();
    }

    @Override
    public String toString() {
      return "ListOf[" + values.size() + " ***]";
    }
  }
}
