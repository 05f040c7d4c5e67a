package org.opendvc.core.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendvc.core.LocalizedText;

class DataElementTest {

  @ParameterizedTest
  @ValueSource(strings = {"person.fullName", "person.father.fullName", "enterprise.code2", "a.b"})
  void isWellFormedId_acceptsDotSeparatedLowerCamelCase(String id) {
    assertThat(DataElement.isWellFormedId(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "person",
        "Person.fullName",
        "person.FullName",
        "person..name",
        "person.full_name",
        "person.",
        ".person",
        "person.2name",
        "person.họTên",
        ""
      })
  void isWellFormedId_rejectsAnythingElse(String id) {
    assertThat(DataElement.isWellFormedId(id)).isFalse();
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new DataElement(
                    id,
                    ValueType.TEXT,
                    PersonalDataClass.NONE,
                    SubjectKind.PERSON,
                    LocalizedText.of("x"),
                    List.of()))
        .withMessageContaining("person.fullName");
  }

  @Test
  void holding_findsTheRegistrysHolding() {
    RegistryHolding population =
        new RegistryHolding(Registry.POPULATION, "HoVaTen", AssuranceLevel.AUTHORITATIVE);
    DataElement name =
        new DataElement(
            "person.fullName",
            ValueType.TEXT,
            PersonalDataClass.BASIC,
            SubjectKind.PERSON,
            LocalizedText.of("Họ và tên"),
            List.of(population));

    assertThat(name.holding(Registry.POPULATION)).contains(population);
    assertThat(name.holding(Registry.LAND)).isEmpty();
    assertThat(PersonalDataClass.NONE.isPersonal()).isFalse();
    assertThat(PersonalDataClass.SENSITIVE.isPersonal()).isTrue();
  }
}
