package org.opendvc.forms.burden;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendvc.forms.prefill.PrefillResult;

/** What prefill is assumed to have done before the person starts filling the form. */
public final class PrefillScenario {
  private static final PrefillScenario NONE = new PrefillScenario("none", null);
  private static final PrefillScenario ALL = new PrefillScenario("all", null);

  private final String name;
  private final @Nullable PrefillResult result;

  private PrefillScenario(String name, @Nullable PrefillResult result) {
    this.name = name;
    this.result = result;
  }

  /** No prefill: the person types everything. */
  public static PrefillScenario none() {
    return NONE;
  }

  /**
   * Every registry that holds a bound element answers, with a non-blank value, for every subject a
   * registry can know; the standard lock policy decides locks. The best prefill can do.
   */
  public static PrefillScenario everyRegistryAnswers() {
    return ALL;
  }

  /** What an actual prefill gave. */
  public static PrefillScenario of(PrefillResult result) {
    return new PrefillScenario("result", Objects.requireNonNull(result, "result"));
  }

  /** {@code none}, {@code all} or {@code result}. */
  public String name() {
    return name;
  }

  /** The prefill result, for {@link #of(PrefillResult)}. */
  public Optional<PrefillResult> result() {
    return Optional.ofNullable(result);
  }

  @Override
  public String toString() {
    return "PrefillScenario[" + name + "]";
  }
}
