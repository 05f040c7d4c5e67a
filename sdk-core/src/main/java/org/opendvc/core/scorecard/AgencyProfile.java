package org.opendvc.core.scorecard;

import static org.opendvc.core.internal.json.JsonFields.Need.OPTIONAL;
import static org.opendvc.core.internal.json.JsonFields.Need.REQUIRED;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.diagnostic.DiagnosticCollector;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.internal.json.JsonFields;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.json.JsonPointers;

/**
 * What the scorecard needs about an agency that its dossiers do not carry: procedures published and
 * updated on time, complete publications, procedures mapped to the shared data dictionary, communes
 * offering electronic certified copies, feedback items (phản ánh, kiến nghị) and how they were
 * handled. Each is a {@link Count} for a metric whose {@link MetricCode#source()} is {@link
 * MetricSource#PROFILE}; a metric left out is {@link MetricStatus#INPUT_MISSING}.
 *
 * <p>Read from a small JSON file ({@code agency-profile.schema.json}):
 *
 * <pre>{@code
 * {"agency": "000.00.00.H56", "period": "2026-Q1",
 *  "metrics": {"PUBLISH_ON_TIME": {"numerator": 11, "denominator": 12},
 *              "PETITION_PROCESSING_ON_TIME": {"numerator": 0, "denominator": 0}}}
 * }</pre>
 *
 * @param agency the agency the figures are for, as written; informational
 * @param period the period they are for, as written; informational
 * @param counts the figures, by metric
 */
public record AgencyProfile(
    @Nullable String agency, @Nullable String period, Map<MetricCode, Count> counts) {

  private static final AgencyProfile EMPTY = new AgencyProfile(null, null, Map.of());
  private static final List<String> TOP = List.of("$schema", "agency", "period", "metrics");
  private static final List<String> COUNT = List.of("numerator", "denominator");

  /**
   * Checks every metric is one a profile gives, and copies the map.
   *
   * @throws IllegalArgumentException for a metric counted from dossiers
   */
  public AgencyProfile {
    EnumMap<MetricCode, Count> copy = new EnumMap<>(MetricCode.class);
    copy.putAll(counts);
    for (MetricCode code : copy.keySet()) {
      if (code.source() != MetricSource.PROFILE) {
        throw new IllegalArgumentException(code + " is counted from dossiers, not given");
      }
    }
    counts = Collections.unmodifiableMap(copy);
  }

  /** A profile with nothing in it: every profile metric is missing. */
  public static AgencyProfile empty() {
    return EMPTY;
  }

  /** A profile with {@code counts}. */
  public static AgencyProfile of(Map<MetricCode, Count> counts) {
    return new AgencyProfile(null, null, counts);
  }

  /** The figure for {@code code}, if given. */
  public Optional<Count> count(MetricCode code) {
    return Optional.ofNullable(counts.get(code));
  }

  /** Whether {@code root} declares itself an agency profile ({@code $schema}). */
  public static boolean isProfile(JsonNode root) {
    JsonNode schema = root.isObject() ? root.get("$schema") : null;
    return schema != null
        && schema.isTextual()
        && schema.asText().endsWith("/agency-profile.schema.json");
  }

  /**
   * Reads a profile, reporting every problem at once: {@code JSON_*} for the structure, {@code
   * SCORECARD_PROFILE_METRIC_NOT_GIVEN_THERE} for a metric a profile cannot give, {@code
   * SCORECARD_PROFILE_NUMERATOR_ABOVE_DENOMINATOR}.
   */
  public static Validated<AgencyProfile> read(JsonDocument document) {
    DiagnosticCollector sink = new DiagnosticCollector();
    JsonFields top = JsonFields.of(document.root(), "", sink);
    AgencyProfile profile = null;
    if (top != null) {
      String agency = top.text("agency", OPTIONAL);
      String period = top.text("period", OPTIONAL);
      Map<MetricCode, Count> counts = top.read("metrics", REQUIRED, AgencyProfile::metrics);
      top.rejectUnknown(TOP);
      profile = new AgencyProfile(agency, period, counts == null ? Map.of() : counts);
    }
    return Validated.of(sink.hasErrors() ? null : profile, document.locate(sink.toList()));
  }

  private static @Nullable Map<MetricCode, Count> metrics(
      JsonNode node, String pointer, DiagnosticCollector sink) {
    if (JsonFields.of(node, pointer, sink) == null) {
      return null;
    }
    String allowed =
        Arrays.stream(MetricCode.values())
            .filter(c -> c.source() == MetricSource.PROFILE)
            .map(MetricCode::name)
            .collect(Collectors.joining(", "));
    Map<MetricCode, Count> counts = new EnumMap<>(MetricCode.class);
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      String at = JsonPointers.child(pointer, member.getKey());
      if (member.getKey().startsWith(JsonFields.EXTENSION_PREFIX)) {
        continue;
      }
      MetricCode code = MetricCode.fromCode(member.getKey()).orElse(null);
      if (code == null || code.source() != MetricSource.PROFILE) {
        sink.add(ScorecardDiagnostics.PROFILE_METRIC_NOT_GIVEN_THERE, at, member.getKey(), allowed);
        continue;
      }
      JsonFields f = JsonFields.of(member.getValue(), at, sink);
      if (f == null) {
        continue;
      }
      Integer numerator = f.integer("numerator", REQUIRED, 0, Integer.MAX_VALUE);
      Integer denominator = f.integer("denominator", REQUIRED, 0, Integer.MAX_VALUE);
      f.rejectUnknown(COUNT);
      if (numerator != null && denominator != null) {
        if (numerator > denominator) {
          sink.add(
              ScorecardDiagnostics.PROFILE_NUMERATOR_ABOVE_DENOMINATOR,
              f.pointerOf("numerator"),
              code,
              numerator,
              denominator);
        } else {
          counts.put(code, new Count(numerator, denominator));
        }
      }
    }
    return counts;
  }
}
