package org.opendvc.core.diagnostic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A value read or checked from untrusted input, with the diagnostics found on the way.
 *
 * <p>A result can carry a value and warnings, or no value and the errors that prevented it. {@link
 * #isValid()} is true when there is a value and no error.
 *
 * @param <T> the type of the value
 */
public final class Validated<T> {
  private final @Nullable T value;
  private final List<Diagnostic> diagnostics;

  private Validated(@Nullable T value, List<Diagnostic> diagnostics) {
    this.value = value;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** A value without problems. */
  public static <T> Validated<T> valid(T value) {
    return new Validated<>(Objects.requireNonNull(value, "value"), List.of());
  }

  /** A value (possibly null) with what was found while reading it. */
  public static <T> Validated<T> of(@Nullable T value, List<Diagnostic> diagnostics) {
    return new Validated<>(value, diagnostics);
  }

  /** No value, because of {@code diagnostics}. */
  public static <T> Validated<T> invalid(List<Diagnostic> diagnostics) {
    if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
      throw new IllegalArgumentException("an invalid result needs at least one error");
    }
    return new Validated<>(null, diagnostics);
  }

  /** No value, because of one diagnostic. */
  public static <T> Validated<T> invalid(Diagnostic diagnostic) {
    return invalid(List.of(diagnostic));
  }

  /** The value, when one could be built (it may still come with errors). */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /** Everything found, in order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Whether there is a value and no error. */
  public boolean isValid() {
    return value != null && !hasErrors();
  }

  /** Whether any diagnostic is an error. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** The errors only. */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  /**
   * The value, when it is {@linkplain #isValid() valid}.
   *
   * @throws ValidationException carrying every diagnostic otherwise
   */
  public T orElseThrow() {
    if (!isValid()) {
      throw new ValidationException(diagnostics);
    }
    return Objects.requireNonNull(value);
  }

  /** Applies {@code mapper} to the value, keeping the diagnostics. */
  public <R> Validated<R> map(Function<? super T, ? extends R> mapper) {
    return new Validated<>(value == null ? null : mapper.apply(value), diagnostics);
  }

  /** The same result with more diagnostics added after the existing ones. */
  public Validated<T> withMore(List<Diagnostic> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
    all.addAll(more);
    return new Validated<>(value, all);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Validated<?> other
        && Objects.equals(value, other.value)
        && diagnostics.equals(other.diagnostics);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, diagnostics);
  }

  @Override
  public String toString() {
    return "Validated[valid=" + isValid() + ", diagnostics=" + diagnostics.size() + "]";
  }
}
