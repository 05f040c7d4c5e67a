package org.opendvc.core.scorecard;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.id.AgencyCode;

/**
 * Which dossiers a scorecard counts, by the agency that received them (the agency part of the
 * dossier code): one agency ({@code 000.00.00.H56}), every agency of a province or ministry ({@code
 * H56}, matched against {@link AgencyCode#topLevelCode()}), or all.
 *
 * @param code the agency code or the top-level code, upper case; null for every agency
 */
public record AgencyScope(@Nullable String code) {
  private static final AgencyScope ALL = new AgencyScope(null);

  /** Every agency. */
  public static AgencyScope all() {
    return ALL;
  }

  /** Reads an agency code or a top-level code; reports {@code SCORECARD_AGENCY_MALFORMED}. */
  public static Validated<AgencyScope> parse(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    if (isTopLevel(t) || AgencyCode.parse(t).isValid()) {
      return Validated.valid(new AgencyScope(t));
    }
    return Validated.invalid(ScorecardDiagnostics.AGENCY_MALFORMED.at("", text.strip()));
  }

  /** Whether a dossier received by {@code agency} is in scope. */
  public boolean includes(AgencyCode agency) {
    Objects.requireNonNull(agency, "agency");
    if (code == null) {
      return true;
    }
    return isTopLevel(code) ? agency.topLevelCode().equals(code) : agency.value().equals(code);
  }

  private static boolean isTopLevel(String t) {
    return t.length() == 3
        && t.charAt(0) >= 'A'
        && t.charAt(0) <= 'Z'
        && Character.isDigit(t.charAt(1))
        && Character.isDigit(t.charAt(2));
  }

  @Override
  public String toString() {
    return code == null ? "all" : code;
  }
}
