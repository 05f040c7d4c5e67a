package org.opendvc.testkit.synthetic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.Subject;
import org.opendvc.core.dictionary.DataDictionary;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.core.place.AdministrativeUnits;
import org.opendvc.core.place.Commune;
import org.opendvc.core.place.CommuneKind;
import org.opendvc.core.place.Province;
import org.opendvc.testkit.registry.SyntheticRegistries;

/**
 * Made-up families with a newborn, living in Khánh Hòa, reproducible from a seed: the parents are
 * in the population and civil status registries ({@link #registries}), the child in none yet —
 * registering the birth is what the family is about to do.
 *
 * <p>Identity numbers are built by {@link SyntheticPeople#personalIdNumber}, registered in Khánh
 * Hòa. Addresses are wards of the built-in sample commune dataset ({@link
 * AdministrativeUnits#sample()}).
 */
public final class SyntheticFamilies {
  private static final String[] STREETS = {
    "Trần Phú", "Yersin", "Lê Thánh Tôn", "Thống Nhất", "Hùng Vương", "Nguyễn Thị Minh Khai"
  };

  /** Births registered in Khánh Hòa: "0" and its statistical code 56 (inferred, §3.1). */
  private static final String KHANH_HOA = "056";

  private static final String REGISTRY_UPDATED_AT = "2024-03-01T08:00:00Z";

  private SyntheticFamilies() {}

  /**
   * One family: two married parents and a child born a few days before {@code registeredOn}.
   *
   * @param number the family's number in its batch, from 1
   * @param mother the mother, who registers the birth
   * @param father the father
   * @param childName the child's full name, in capitals as on a birth certificate
   * @param childBorn the child's date of birth
   * @param childMale whether the child is a boy
   * @param home the ward the family lives in
   * @param street the house number and street
   */
  public record Family(
      int number,
      Parent mother,
      Parent father,
      String childName,
      LocalDate childBorn,
      boolean childMale,
      Commune home,
      String street) {

    /** Checks the parts. */
    public Family {
      Objects.requireNonNull(mother, "mother");
      Objects.requireNonNull(father, "father");
      Objects.requireNonNull(childName, "childName");
      Objects.requireNonNull(childBorn, "childBorn");
      Objects.requireNonNull(home, "home");
      Objects.requireNonNull(street, "street");
    }

    /** The family's number and the parents' masked numbers; no name, no address. */
    @Override
    public String toString() {
      return "Family[" + number + ", mother=" + mother + ", father=" + father + "]";
    }
  }

  /**
   * A parent as the registries hold them.
   *
   * @param personalIdNumber the 12-digit personal identification number
   * @param familyName the family name (họ)
   * @param middleName the middle name (tên đệm)
   * @param givenName the given name (tên)
   * @param born the date of birth
   */
  public record Parent(
      String personalIdNumber,
      String familyName,
      String middleName,
      String givenName,
      LocalDate born) {

    /** Checks the parts. */
    public Parent {
      Objects.requireNonNull(personalIdNumber, "personalIdNumber");
      Objects.requireNonNull(familyName, "familyName");
      Objects.requireNonNull(middleName, "middleName");
      Objects.requireNonNull(givenName, "givenName");
      Objects.requireNonNull(born, "born");
    }

    /** The full name, family name first. */
    public String fullName() {
      return familyName + " " + middleName + " " + givenName;
    }

    /** The masked number only. */
    @Override
    public String toString() {
      return Subject.mask(personalIdNumber);
    }
  }

  /**
   * {@code count} families from {@code seed} whose children were born 1 to 30 days before {@code
   * registeredOn}; the same arguments give the same families, with distinct identity numbers.
   */
  public static List<Family> generate(int count, long seed, LocalDate registeredOn) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    List<Commune> wards =
        AdministrativeUnits.sample().communes(Province.KHANH_HOA).stream()
            .filter(c -> c.kind() != CommuneKind.SPECIAL_ZONE)
            .toList();
    SplittableRandom r = new SplittableRandom(seed);
    Set<String> used = new HashSet<>();
    List<Family> families = new ArrayList<>(count);
    while (families.size() < count) {
      String family = SyntheticPeople.familyName(r);
      LocalDate motherBorn = registeredOn.minusYears(20 + r.nextInt(18)).minusDays(r.nextInt(365));
      LocalDate fatherBorn = motherBorn.minusYears(r.nextInt(8)).minusDays(r.nextInt(365));
      Parent mother =
          new Parent(
              SyntheticPeople.personalIdNumber(KHANH_HOA, true, motherBorn.getYear(), r),
              SyntheticPeople.familyName(r),
              SyntheticPeople.middleName(true, r),
              SyntheticPeople.givenName(true, r),
              motherBorn);
      Parent father =
          new Parent(
              SyntheticPeople.personalIdNumber(KHANH_HOA, false, fatherBorn.getYear(), r),
              family,
              SyntheticPeople.middleName(false, r),
              SyntheticPeople.givenName(false, r),
              fatherBorn);
      if (!used.add(mother.personalIdNumber()) || !used.add(father.personalIdNumber())) {
        continue;
      }
      boolean boy = r.nextBoolean();
      String child =
          family
              + " "
              + SyntheticPeople.middleName(!boy, r)
              + " "
              + SyntheticPeople.givenName(!boy, r);
      families.add(
          new Family(
              families.size() + 1,
              mother,
              father,
              child.toUpperCase(Locale.ROOT),
              registeredOn.minusDays(1 + r.nextInt(30)),
              boy,
              wards.get(r.nextInt(wards.size())),
              (1 + r.nextInt(250)) + " " + SyntheticPeople.pick(STREETS, r)));
    }
    return List.copyOf(families);
  }

  /**
   * The population and civil status registries holding the parents of {@code families}, in the
   * fixture format of {@link SyntheticRegistries}, answering with dates from {@code clock}.
   */
  public static SyntheticRegistries registries(List<Family> families, Clock clock) {
    ObjectNode root = OpenDvcJson.mapper().createObjectNode();
    ArrayNode people = root.putArray("people");
    for (Family f : families) {
      people.add(person(f.mother(), false, f.father(), f));
      people.add(person(f.father(), true, f.mother(), f));
    }
    return SyntheticRegistries.fromJson(
            root.toString(), "synthetic families", DataDictionary.standard(), clock)
        .orElseThrow();
  }

  private static ObjectNode person(Parent p, boolean male, Parent spouse, Family f) {
    ObjectNode person = OpenDvcJson.mapper().createObjectNode();
    person.put("personalIdNumber", p.personalIdNumber());
    ObjectNode registries = person.putObject("registries");
    ObjectNode population = registries.putObject("POPULATION");
    population.put("updatedAt", REGISTRY_UPDATED_AT);
    ObjectNode v = population.putObject("values");
    v.put("person.personalIdNumber", p.personalIdNumber());
    v.put("person.fullName", p.fullName());
    v.put("person.familyName", p.familyName());
    v.put("person.middleName", p.middleName());
    v.put("person.givenName", p.givenName());
    v.put("person.sex", male ? "1" : "2");
    v.put("person.dateOfBirth", p.born().toString());
    v.put("person.ethnicity", "01");
    v.put("person.religion", "00");
    v.put("person.nationality", "VN");
    v.put("person.maritalStatus", "MARRIED");
    v.set("person.hometown", address(f.home(), null));
    v.set("person.permanentResidence", address(f.home(), f.street()));
    v.set("person.currentResidence", address(f.home(), f.street()));
    v.put("person.spouse.fullName", spouse.fullName());
    v.put("person.spouse.personalIdNumber", spouse.personalIdNumber());
    v.put("person.spouse.nationality", "VN");
    ObjectNode civil = registries.putObject("CIVIL_STATUS");
    civil.put("updatedAt", REGISTRY_UPDATED_AT);
    ObjectNode c = civil.putObject("values");
    c.put("person.fullName", p.fullName());
    c.put("person.dateOfBirth", p.born().toString());
    c.put("person.sex", male ? "1" : "2");
    c.putObject("person.placeOfBirth")
        .put("provinceCode", Province.KHANH_HOA.code())
        .put("provinceName", Province.KHANH_HOA.displayName());
    return person;
  }

  private static ObjectNode address(Commune commune, @Nullable String detail) {
    ObjectNode a = OpenDvcJson.mapper().createObjectNode();
    a.put("provinceCode", Province.KHANH_HOA.code());
    a.put("communeCode", commune.code());
    a.put("provinceName", Province.KHANH_HOA.displayName());
    a.put("communeName", commune.name());
    if (detail != null) {
      a.put("detail", detail);
    }
    return a;
  }
}
