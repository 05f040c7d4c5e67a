package org.opendvc.testkit.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.data.Subject;
import org.opendvc.core.diagnostic.Diagnostic;
import org.opendvc.core.diagnostic.Validated;
import org.opendvc.core.dictionary.AssuranceLevel;
import org.opendvc.core.dictionary.DataDictionary;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.place.LegacyProvince;
import org.opendvc.core.registry.RegistryAnswer;
import org.opendvc.core.registry.RegistryException;
import org.opendvc.core.registry.RegistryQuery;

class SyntheticRegistriesTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-07-01T03:00:00Z"), ZoneOffset.UTC);
  private static final String MAI = "001194012345";
  private final SyntheticRegistries registries = SyntheticRegistries.standard(CLOCK);

  private static RegistryQuery ask(Registry registry, String id, String... elements) {
    return RegistryQuery.elements(registry, Subject.applicant(id), Set.of(elements));
  }

  private RegistryAnswer answer(SyntheticRegistries r, RegistryQuery query) {
    return r.lookup(query).toCompletableFuture().join();
  }

  @Test
  void everyPersonalIdNumber_agreesWithTheDateOfBirthAndSexItEncodes() {
    for (String id : registries.identifiers()) {
      if (id.length() != 12) {
        continue;
      }
      RegistryAnswer a =
          answer(registries, ask(Registry.POPULATION, id, "person.dateOfBirth", "person.sex"));
      LocalDate born = ((DataValue.Date) a.values().get("person.dateOfBirth").value()).value();
      boolean female = a.values().get("person.sex").value().display().equals("2");
      // Decree 137/2015/ND-CP Art. 13: digit 4 = century (20th: 0/1, 21st: 2/3) and sex.
      int century = born.getYear() / 100 - 19;
      assertThat(id.charAt(3) - '0').as(id).isEqualTo(century * 2 + (female ? 1 : 0));
      assertThat(id.substring(4, 6)).as(id).isEqualTo(String.format("%02d", born.getYear() % 100));
      assertThat(id.charAt(0)).as(id).isEqualTo('0');
      assertThat(LegacyProvince.fromCode(id.substring(1, 3))).as(id).isPresent();
    }
    assertThat(registries.identifiers()).hasSizeGreaterThanOrEqualTo(7);
  }

  @Test
  void lookup_answersWithTypedValuesAssuranceAndUpdateDate() {
    RegistryAnswer a =
        answer(
            registries,
            ask(
                Registry.POPULATION,
                MAI,
                "person.fullName",
                "person.dateOfBirth",
                "person.currentResidence"));

    assertThat(a.subjectFound()).isTrue();
    assertThat(a.values().get("person.fullName").value()).isEqualTo(DataValue.text("Trần Thị Mai"));
    assertThat(a.values().get("person.dateOfBirth").value())
        .isEqualTo(DataValue.date(LocalDate.of(1994, 5, 12)));
    assertThat(a.values().get("person.fullName").assurance())
        .isEqualTo(AssuranceLevel.AUTHORITATIVE);
    assertThat(a.values().get("person.currentResidence").assurance())
        .isEqualTo(AssuranceLevel.INFORMATIVE);
    assertThat(a.values().get("person.fullName").sourceUpdatedAt())
        .isEqualTo(Instant.parse("2024-03-01T08:00:00Z"));
    assertThat(a.fetchedAt()).isEqualTo(CLOCK.instant());
    assertThat(a.unavailable()).isEmpty();
  }

  @Test
  void lookup_listsWhatTheRegistryLacks() {
    RegistryAnswer a =
        answer(
            registries,
            ask(
                Registry.POPULATION,
                "038085000777",
                "person.fullName",
                "person.ethnicity",
                "person.religion"));

    assertThat(a.values()).containsOnlyKeys("person.fullName");
    assertThat(a.unavailable()).containsExactlyInAnyOrder("person.ethnicity", "person.religion");
  }

  @Test
  void lookup_ofAnUnknownPersonOrRegistry_isNotFound() {
    assertThat(
            answer(registries, ask(Registry.POPULATION, "001199999999", "person.fullName"))
                .subjectFound())
        .isFalse();
    assertThat(
            answer(registries, ask(Registry.INSURANCE, MAI, "person.socialInsuranceNumber"))
                .subjectFound())
        .isFalse();
  }

  @Test
  void down_failsWithUnavailable_andRefusing_withRefused() {
    var down =
        registries
            .down(Registry.POPULATION)
            .lookup(ask(Registry.POPULATION, MAI, "person.fullName"));
    var refusing =
        registries
            .refusing(Registry.POPULATION)
            .lookup(ask(Registry.POPULATION, MAI, "person.fullName"));

    assertThatThrownBy(() -> down.toCompletableFuture().join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.reason()).isEqualTo(RegistryException.Reason.UNAVAILABLE));
    assertThatThrownBy(() -> refusing.toCompletableFuture().join())
        .cause()
        .isInstanceOfSatisfying(
            RegistryException.class,
            e -> assertThat(e.reason()).isEqualTo(RegistryException.Reason.REFUSED));
    // The other registries keep working.
    assertThat(
            answer(
                    registries.down(Registry.POPULATION),
                    ask(Registry.CIVIL_STATUS, MAI, "person.fullName"))
                .subjectFound())
        .isTrue();
  }

  @Test
  void silent_neverAnswers_andSlow_answersLater() throws Exception {
    var silent =
        registries
            .silent(Registry.POPULATION)
            .lookup(ask(Registry.POPULATION, MAI, "person.fullName"));
    var slow =
        registries
            .slow(Registry.POPULATION, Duration.ofMillis(20))
            .lookup(ask(Registry.POPULATION, MAI, "person.fullName"));

    assertThatThrownBy(() -> silent.toCompletableFuture().get(30, TimeUnit.MILLISECONDS))
        .isInstanceOf(TimeoutException.class);
    assertThat(slow.toCompletableFuture().get(10, TimeUnit.SECONDS).subjectFound()).isTrue();
  }

  @Test
  void withholding_answersWithoutTheWithheldElements() {
    RegistryAnswer a =
        answer(
            registries.withholding(Registry.POPULATION, Set.of("person.dateOfBirth")),
            ask(Registry.POPULATION, MAI, "person.fullName", "person.dateOfBirth"));

    assertThat(a.values()).containsOnlyKeys("person.fullName");
    assertThat(a.unavailable()).containsExactly("person.dateOfBirth");
  }

  @Test
  void switches_returnNewInstancesAndLeaveTheOriginalAlone() {
    SyntheticRegistries down = registries.down(Registry.POPULATION);

    assertThat(down).isNotSameAs(registries);
    assertThat(answer(registries, ask(Registry.POPULATION, MAI, "person.fullName")).subjectFound())
        .isTrue();
  }

  @Test
  void queries_areLoggedInOrder() {
    SyntheticRegistries fresh = SyntheticRegistries.standard(CLOCK);
    answer(fresh, ask(Registry.POPULATION, MAI, "person.fullName"));
    answer(fresh, ask(Registry.CIVIL_STATUS, MAI, "person.placeOfBirth"));

    assertThat(fresh.queries())
        .extracting(RegistryQuery::registry)
        .containsExactly(Registry.POPULATION, Registry.CIVIL_STATUS);
  }

  @Test
  void registries_namesThoseTheFixtureHolds() {
    assertThat(registries.registries())
        .contains(Registry.POPULATION, Registry.CIVIL_STATUS, Registry.ENTERPRISE);
  }

  @Test
  void enterprises_areFoundByTheirCode() {
    RegistryAnswer a =
        answer(
            registries,
            RegistryQuery.elements(
                Registry.ENTERPRISE,
                Subject.of(org.opendvc.core.data.SubjectRole.REPRESENTED_ENTERPRISE, "0100109106"),
                Set.of("enterprise.name")));

    assertThat(a.values().get("enterprise.name").value().display())
        .isEqualTo("Công ty TNHH Dữ Liệu Mẫu");
  }

  @Test
  void fromJson_reportsEveryProblemOfABadFixture() {
    Validated<SyntheticRegistries> bad =
        SyntheticRegistries.fromJson(
            """
            {"people": [
              {"personalIdNumber": "001194012345", "registries": {"POPULATION": {"updatedAt": "yesterday",
                "values": {"person.favouriteColour": "blue", "person.dateOfBirth": "12/05/1994", "person.fullName": 3}}}},
              {"personalIdNumber": "001194012345", "registries": {"NOWHERE": {}}}
            ], "animals": []}""",
            "bad.json",
            DataDictionary.standard(),
            CLOCK);

    assertThat(bad.value()).isEmpty();
    assertThat(bad.diagnostics())
        .extracting(Diagnostic::code)
        .contains(
            "JSON_INVALID_VALUE", "JSON_INVALID_DATE", "JSON_WRONG_TYPE", "JSON_UNKNOWN_PROPERTY");
  }

  @Test
  void toString_showsNoPersonalData() {
    assertThat(registries.down(Registry.LAND).toString())
        .doesNotContain(MAI)
        .doesNotContain("Trần");
  }
}
