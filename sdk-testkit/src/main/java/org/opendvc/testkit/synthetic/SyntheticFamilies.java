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
 * <p>Identity numbers follow the legal structure (Decree 137/2015/NĐ-CP Art. 13, Circular
 * 07/2016/TT-BCA Art. 7; reference §3.1): the 3-digit code of the province where the birth was
 * registered ("0" and the statistical code, inferred), a digit for century and sex, the last two
 * digits of the year of birth, six random digits. Addresses are wards of the built-in sample
 * commune dataset ({@link AdministrativeUnits.sample()}).
 */
public final class SyntheticFamilies {
  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"
  };
  private static final String[] MIDDLE_MALE = {"Văn", "Đức", "Minh", "Quốc", "Hữu", "Thành"};
  private static final String[] MIDDLE_FEMALE = {"Thị", "Ngọc", "Thu", "Thanh", "Kim", "Bảo"};
  private static final String[] GIVEN_MALE = {
    "An", "Bình", "Cường", "Dũng", "Hùng", "Khoa", "Long", "Nam", "Phúc", "Quân"
  };
  private static final String[] GIVEN_FEMALE = {
    "Anh", "Hà", "Hương", "Lan", "Linh", "Mai", "Ngân", "Thảo", "Trang", "Yến"
  };
  private static final String[] STREETS = {
    "Trần Phú", "Yersin", "Lê Thánh Tôn", "Thống Nhất", "Hùng Vương", "Nguyễn Thị Minh Khai"
  };
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
      String family = pick(FAMILY, r);
      LocalDate motherBorn = registeredOn.minusYears(20 + r.nextInt(18)).minusDays(r.nextInt(365));
      LocalDate fatherBorn = motherBorn.minusYears(r.nextInt(8)).minusDays(r.nextInt(365));
      Parent mother =
          new Parent(
              idNumber(true, motherBorn, r),
              pick(FAMILY, r),
              pick(MIDDLE_FEMALE, r),
              pick(GIVEN_FEMALE, r),
              motherBorn);
      Parent father =
          new Parent(
              idNumber(false, fatherBorn, r),
              family,
              pick(MIDDLE_MALE, r),
              pick(GIVEN_MALE, r),
              fatherBorn);
      if (!used.add(mother.personalIdNumber()) || !used.add(father.personalIdNumber())) {
        continue;
      }
      boolean boy = r.nextBoolean();
      String child =
          family
              + " "
              + pick(boy ? MIDDLE_MALE : MIDDLE_FEMALE, r)
              + " "
              + pick(boy ? GIVEN_MALE : GIVEN_FEMALE, r);
      families.add(
          new Family(
              families.size() + 1,
              mother,
              father,
              child.toUpperCase(Locale.ROOT),
              registeredOn.minusDays(1 + r.nextInt(30)),
              boy,
              wards.get(r.nextInt(wards.size())),
              (1 + r.nextInt(250)) + " " + pick(STREETS, r)));
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

  /** A number registered in Khánh Hòa (province code 056): century and sex, year, six digits. */
  private static String idNumber(boolean female, LocalDate born, SplittableRandom r) {
    int centuryDigit = (born.getYear() / 100 - 19) * 2 + (female ? 1 : 0);
    return "056"
        + centuryDigit
        + String.format(Locale.ROOT, "%02d", born.getYear() % 100)
        + String.format(Locale.ROOT, "%06d", r.nextInt(1_000_000));
  }

  private static String pick(String[] options, SplittableRandom r) {
    return options[r.nextInt(options.length)];
  }
}
