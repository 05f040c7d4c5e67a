package org.opendvc.rules.parameter;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.rules.ParameterUse;

/**
 * A number the law sets and changes over time, such as the minimum age of marriage for women.
 *
 * @param id the id rules and procedure requirements name it by, such as {@code
 *     marriage.minimumAge.female}
 * @param description what it is
 * @param unit what it counts ({@code YEARS}, {@code DAYS}...), or {@code null}
 * @param values its values, sorted by the date each takes effect
 */
public record DatedParameter(
    String id,
    @Nullable LocalizedText description,
    @Nullable String unit,
    List<DatedValue> values) {

  /**
   * Checks the parts and sorts the values by date.
   *
   * @throws IllegalArgumentException if two values take effect on the same day
   */
  public DatedParameter {
    Objects.requireNonNull(id, "id");
    values = values.stream().sorted(Comparator.comparing(DatedValue::from)).toList();
    for (int i = 1; i < values.size(); i++) {
      if (values.get(i).from().equals(values.get(i - 1).from())) {
        throw new IllegalArgumentException(id + " has two values from " + values.get(i).from());
      }
    }
  }

  /**
   * The value in force on {@code date}: the last one that took effect on or before it, unless it
   * ended the parameter. Empty before the first value and after the end.
   */
  public Optional<ParameterUse> resolve(LocalDate date) {
    DatedValue inForce = null;
    for (DatedValue v : values) {
      if (v.from().isAfter(date)) {
        break;
      }
      inForce = v;
    }
    if (inForce == null || inForce.value() == null) {
      return Optional.empty();
    }
    return Optional.of(
        new ParameterUse(id, inForce.value(), inForce.from(), inForce.legalReference()));
  }
}
