package org.opendvc.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendvc.core.data.SubjectRole;

class RequirementTest {
  @Test
  void new_whenIdIsNotLowerCaseWithHyphens_throws() {
    assertThatThrownBy(() -> requirement("Groom_Age", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Groom_Age");
  }

  @Test
  void parameters_keepTheirOrderAndCannotBeChanged() {
    Map<String, String> given = new LinkedHashMap<>();
    given.put("male", "a.male");
    given.put("female", "a.female");
    Requirement r = requirement("groom-minimum-age", given);
    given.put("any", "a.any");

    assertThat(r.parameters().keySet()).containsExactly("male", "female");
    assertThat(r.parameter("female")).contains("a.female");
    assertThat(r.parameter("any")).isEmpty();
    assertThatThrownBy(() -> r.parameters().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static Requirement requirement(String id, Map<String, String> parameters) {
    return new Requirement(
        id,
        RequirementKind.MINIMUM_AGE,
        SubjectRole.APPLICANT,
        null,
        parameters,
        List.of(),
        RequirementEffect.CONDITION,
        null,
        null);
  }
}
