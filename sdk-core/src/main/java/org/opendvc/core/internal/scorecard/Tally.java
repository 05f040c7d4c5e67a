package org.opendvc.core.internal.scorecard;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;

/**
 * The counts of one metric before scoring.
 *
 * @param numerator what met the criterion
 * @param denominator what was counted
 * @param parameters tree parameters and intermediate counts, in order
 * @param definition how OpenDVC counted it; null when the input was missing
 * @param inputMissing whether an input from the agency profile was missing
 */
public record Tally(
    long numerator,
    long denominator,
    Map<String, Number> parameters,
    @Nullable LocalizedText definition,
    boolean inputMissing) {

  /** A metric counted as {@code definition}. */
  public static Tally of(long numerator, long denominator, LocalizedText definition) {
    return new Tally(numerator, denominator, Map.of(), definition, false);
  }

  /** A metric whose profile input is missing. */
  public static Tally missing() {
    return new Tally(0, 0, Map.of(), null, true);
  }

  /** The same counts with {@code more} parameters. */
  public Tally with(Map<String, Number> more) {
    return new Tally(numerator, denominator, more, definition, inputMissing);
  }
}
