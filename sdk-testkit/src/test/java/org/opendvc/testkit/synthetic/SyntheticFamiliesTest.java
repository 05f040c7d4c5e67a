package org.opendvc.testkit.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendvc.core.data.Subject;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.id.PersonalIdNumber;
import org.opendvc.core.registry.RegistryAnswer;
import org.opendvc.core.registry.RegistryQuery;
import org.opendvc.testkit.registry.SyntheticRegistries;
import org.opendvc.testkit.synthetic.SyntheticFamilies.Family;

class SyntheticFamiliesTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-20T01:00:00Z"), ZoneOffset.UTC);

  @Test
  void generate_isReproducible_andNumbersAreValidAndDistinct() {
    List<Family> a = SyntheticFamilies.generate(300, 9, DAY);
    List<Family> b = SyntheticFamilies.generate(300, 9, DAY);

    assertThat(a).isEqualTo(b);
    assertThat(a)
        .flatExtracting(f -> List.of(f.mother().personalIdNumber(), f.father().personalIdNumber()))
        .doesNotHaveDuplicates()
        .allSatisfy(id -> assertThat(PersonalIdNumber.parse(id, CLOCK).isValid()).as(id).isTrue());
    assertThat(a)
        .allSatisfy(
            f -> {
              assertThat(f.childBorn()).isBefore(DAY).isAfterOrEqualTo(DAY.minusDays(30));
              assertThat(f.home().province().code()).isEqualTo("56");
            });
  }

  @Test
  void registries_holdTheParentsButNotTheChild() {
    Family f = SyntheticFamilies.generate(1, 3, DAY).get(0);
    SyntheticRegistries registries = SyntheticFamilies.registries(List.of(f), CLOCK);

    RegistryAnswer mother =
        registries
            .lookup(
                RegistryQuery.elements(
                    Registry.POPULATION,
                    Subject.applicant(f.mother().personalIdNumber()),
                    Set.of("person.fullName", "person.spouse.personalIdNumber")))
            .toCompletableFuture()
            .join();

    assertThat(mother.subjectFound()).isTrue();
    assertThat(mother.values().get("person.fullName").value().display())
        .contains(f.mother().givenName());
    assertThat(mother.values().get("person.spouse.personalIdNumber").value().display())
        .contains(f.father().personalIdNumber());
    assertThat(registries.identifiers()).hasSize(2);
  }

  @Test
  void toString_masksNumbersAndShowsNoName() {
    Family f = SyntheticFamilies.generate(1, 4, DAY).get(0);

    assertThat(f.toString())
        .doesNotContain(f.mother().personalIdNumber())
        .doesNotContain(f.mother().givenName())
        .doesNotContain(f.childName())
        .contains(Subject.mask(f.mother().personalIdNumber()));
  }
}
