package org.opendvc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class OutcomeTest {
  @Test
  void and_whenOneRequirementIsNotMet_isNotEligibleWhateverElse() {
    assertThat(Outcome.NEEDS_INFORMATION.and(Outcome.NOT_ELIGIBLE)).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(Outcome.ELIGIBLE.and(Outcome.NOT_ELIGIBLE)).isEqualTo(Outcome.NOT_ELIGIBLE);
  }

  @Test
  void and_whenSomethingIsUnknown_needsInformation() {
    assertThat(Outcome.ELIGIBLE.and(Outcome.NEEDS_INFORMATION))
        .isEqualTo(Outcome.NEEDS_INFORMATION);
  }

  @Property
  void and_isCommutative(@ForAll Outcome a, @ForAll Outcome b) {
    assertThat(a.and(b)).isEqualTo(b.and(a));
  }

  @Property
  void and_isAssociative(@ForAll Outcome a, @ForAll Outcome b, @ForAll Outcome c) {
    assertThat(a.and(b).and(c)).isEqualTo(a.and(b.and(c)));
  }

  @Property
  void and_hasEligibleAsIdentity(@ForAll Outcome a) {
    assertThat(a.and(Outcome.ELIGIBLE)).isEqualTo(a);
  }
}
