package org.opendvc.forms.prefill;

import org.opendvc.core.data.DataValue;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.core.registry.RegistryLookup;

/** Registry data for tests outside this package. */
public final class PrefillFixtures {
  private PrefillFixtures() {}

  /** A registry holding the applicant's name, date of birth and marital status. */
  public static RegistryLookup applicant(String id) {
    return new FakeRegistries()
        .hold(Registry.POPULATION, id, "person.fullName", DataValue.text("Trần Thị Mai"))
        .hold(
            Registry.POPULATION,
            id,
            "person.dateOfBirth",
            DataValue.date(java.time.LocalDate.of(1994, 5, 12)))
        .hold(Registry.POPULATION, id, "person.maritalStatus", DataValue.code("SINGLE"));
  }
}
