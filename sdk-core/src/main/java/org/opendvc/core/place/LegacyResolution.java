package org.opendvc.core.place;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.DiagnosticKind;

/**
 * Where an address from before 1 July 2025 lies today, and how that was found.
 *
 * <p>The province is always resolved when the address names an earlier province, from the mapping
 * of the 63 earlier provinces alone. The commune is resolved when the dataset lists the earlier
 * commune under exactly one current commune; when it lists it under several (the earlier commune
 * was divided), {@link #candidates()} holds them and {@link #notes()} says so. Notes are
 * diagnostics ({@code PLACE_RESOLVE_...}) whose pointers name the field of the {@link
 * LegacyAddress} concerned, such as {@code /communeCode}; they never repeat the address.
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks the commune, which locates a person.
 */
public final class LegacyResolution {
  private final ResolutionMethod method;
  private final @Nullable LegacyProvince legacyProvince;
  private final @Nullable Province province;
  private final @Nullable Commune commune;
  private final List<Commune> candidates;
  private final List<Diagnostic> notes;

  LegacyResolution(
      ResolutionMethod method,
      @Nullable LegacyProvince legacyProvince,
      @Nullable Province province,
      @Nullable Commune commune,
      List<Commune> candidates,
      List<Diagnostic> notes) {
    this.method = Objects.requireNonNull(method, "method");
    this.legacyProvince = legacyProvince;
    this.province = province;
    this.commune = commune;
    this.candidates = List.copyOf(candidates);
    this.notes = List.copyOf(notes);
  }

  /** How the result was found; {@link ResolutionMethod#UNRESOLVED} when it was not. */
  public ResolutionMethod method() {
    return method;
  }

  /** The earlier province the address lies in, when known. */
  public Optional<LegacyProvince> legacyProvince() {
    return Optional.ofNullable(legacyProvince);
  }

  /** Today's province, when known. */
  public Optional<Province> province() {
    return Optional.ofNullable(province);
  }

  /** Today's commune, when exactly one is known. */
  public Optional<Commune> commune() {
    return Optional.ofNullable(commune);
  }

  /**
   * The current communes the address may lie in when the earlier commune was divided or its name is
   * ambiguous, in the order of the dataset; empty otherwise.
   */
  public List<Commune> candidates() {
    return candidates;
  }

  /** What was unknown, conflicting or ambiguous, in the order found. */
  public List<Diagnostic> notes() {
    return notes;
  }

  /** Whether a note of {@code kind} was made. */
  public boolean has(DiagnosticKind kind) {
    return notes.stream().anyMatch(note -> note.code().equals(kind.code()));
  }

  /** Whether the address could lie in more than one current commune. */
  public boolean isAmbiguous() {
    return !candidates.isEmpty();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LegacyResolution other
        && method == other.method
        && legacyProvince == other.legacyProvince
        && province == other.province
        && Objects.equals(commune, other.commune)
        && candidates.equals(other.candidates)
        && notes.equals(other.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, legacyProvince, province, commune, candidates, notes);
  }

  @Override
  public String toString() {
    return "LegacyResolution[method="
        + method
        + ", province="
        + (province == null ? "-" : province.code())
        + ", commune="
        + (commune == null ? "-" : "***")
        + ", candidates="
        + candidates.size()
        + ", notes="
        + notes.stream().map(Diagnostic::code).toList()
        + "]";
  }
}
