package org.opendvc.core.procedure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.data.SubjectRole;
import org.opendvc.core.law.LegalReference;

/**
 * A condition a procedure sets on its subjects (điều kiện thực hiện thủ tục hành chính), as data:
 * its kind, whom it concerns, the data element it reads, the dated parameters it compares against
 * (by id, resolved for the decision date by {@code sdk-rules}), and the law it comes from.
 *
 * <pre>{@code
 * new Requirement("bride-minimum-age", RequirementKind.MINIMUM_AGE, SubjectRole.SPOUSE, null,
 *     Map.of("male", "marriage.minimumAge.male", "female", "marriage.minimumAge.female"),
 *     List.of(), RequirementEffect.CONDITION, null, Laws.MARRIAGE_AND_FAMILY_LAW.point(8, 1, "a"));
 * }</pre>
 *
 * @param id the requirement's id within the procedure, lower case words joined by hyphens, such as
 *     {@code groom-minimum-age}
 * @param kind what it asks
 * @param subject whom it concerns
 * @param element the data element it reads, when not the kind's default
 * @param parameters the dated parameters it uses: role (such as {@code male}, {@code days}) to
 *     parameter id (such as {@code marriage.minimumAge.male}), in order
 * @param values the literal values the kind needs: allowed codes, a document type id, the ids of
 *     the requirements a fee exemption rests on, or a rule package
 * @param effect what not meeting it does to the decision
 * @param description what it means, for people, when the kind alone does not say
 * @param legalReference the provision it comes from
 */
public record Requirement(
    String id,
    RequirementKind kind,
    SubjectRole subject,
    @Nullable String element,
    Map<String, String> parameters,
    List<String> values,
    RequirementEffect effect,
    @Nullable LocalizedText description,
    @Nullable LegalReference legalReference) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /**
   * Checks the required parts and the form of the id, and copies the collections (keeping the order
   * of the parameters).
   *
   * @throws IllegalArgumentException if the id is not lower case words joined by hyphens
   */
  public Requirement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(effect, "effect");
    if (!isWellFormedId(id)) {
      throw new IllegalArgumentException(
          "A requirement id is lower case words joined by hyphens, such as groom-minimum-age: "
              + id);
    }
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    values = List.copyOf(values);
  }

  /** Whether {@code id} has the form of a requirement id. */
  public static boolean isWellFormedId(String id) {
    return ID.matcher(id).matches();
  }

  /** The id of the dated parameter used in {@code role}, if the requirement names one. */
  public Optional<String> parameter(String role) {
    return Optional.ofNullable(parameters.get(role));
  }

  /** The first literal value, if any: the document type, or the rule package. */
  public Optional<String> firstValue() {
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }
}
