package org.opendvc.testkit.simulator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.opendvc.client.wire.BirthDate;
import org.opendvc.client.wire.CitizenRecord;
import org.opendvc.client.wire.HouseholdHead;
import org.opendvc.client.wire.PersonName;
import org.opendvc.client.wire.RegisteredAddress;
import org.opendvc.client.wire.Relative;
import org.opendvc.client.wire.WarehouseDocument;
import org.opendvc.client.wire.WarehouseFile;
import org.opendvc.testkit.synthetic.SyntheticPeople;

/**
 * Generates made-up citizens with valid-looking identity numbers, reproducibly from a seed.
 *
 * <p>A personal identification number is built as the law structures it (Decree 137/2015/NĐ-CP Art.
 * 13, Circular 07/2016/TT-BCA Art. 7; reference §3.1): the 3-digit code of the province where the
 * birth was registered, a digit for century and sex (20th century male 0, female 1; 21st century
 * male 2, female 3), the last two digits of the year of birth, then six random digits. The province
 * codes are "0" + the statistical code (inferred, reference §3.1), and the birth registration
 * address names the same province, so the data is consistent with itself.
 *
 * <p>Every citizen holds one to three earlier results in the e-document warehouse, under the result
 * codes {@link #RESULT_CODES}.
 */
public final class SyntheticPopulation {
  /** The result codes of the warehouse documents generated. */
  public static final List<String> RESULT_CODES =
      List.of("KQ.KHAISINH", "KQ.THUONGTRU", "KQ.KETHON");

  private static final String[][] PROVINCES = {
    {"001", "Thành phố Hà Nội"},
    {"031", "Thành phố Hải Phòng"},
    {"038", "Tỉnh Thanh Hóa"},
    {"040", "Tỉnh Nghệ An"},
    {"046", "Thành phố Huế"},
    {"048", "Thành phố Đà Nẵng"},
    {"079", "Thành phố Hồ Chí Minh"},
    {"092", "Thành phố Cần Thơ"}
  };
  private static final String[] NAMES_OF_DOCUMENTS = {
    "Giấy khai sinh", "Xác nhận thông tin cư trú", "Giấy chứng nhận kết hôn"
  };

  private SyntheticPopulation() {}

  /** {@code count} citizens generated from {@code seed}; the same seed gives the same people. */
  public static List<SyntheticCitizen> generate(int count, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Set<String> used = new HashSet<>();
    List<SyntheticCitizen> out = new ArrayList<>(count);
    while (out.size() < count) {
      SyntheticCitizen c = citizen(random);
      if (used.add(c.personalIdNumber())) {
        out.add(c);
      }
    }
    return List.copyOf(out);
  }

  private static SyntheticCitizen citizen(SplittableRandom r) {
    String[] province = PROVINCES[r.nextInt(PROVINCES.length)];
    boolean female = r.nextBoolean();
    LocalDate born = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(365 * 60));
    String id = SyntheticPeople.personalIdNumber(province[0], female, born.getYear(), r);
    String family = SyntheticPeople.familyName(r);
    PersonName name =
        new PersonName(
            family, SyntheticPeople.middleName(female, r), SyntheticPeople.givenName(female, r));
    RegisteredAddress home =
        new RegisteredAddress(
            province[0].substring(1),
            null,
            String.format("%05d", r.nextInt(1, 32000)),
            province[1],
            null,
            "Phường " + (1 + r.nextInt(20)),
            (1 + r.nextInt(300)) + " đường " + SyntheticPeople.givenName(false, r),
            "VN");
    Relative father =
        new Relative(
            family
                + " "
                + SyntheticPeople.middleName(false, r)
                + " "
                + SyntheticPeople.givenName(false, r),
            "VN",
            SyntheticPeople.personalIdNumber(
                province[0], false, born.getYear() - 25 - r.nextInt(10), r),
            null);
    Relative mother =
        new Relative(
            SyntheticPeople.familyName(r)
                + " "
                + SyntheticPeople.middleName(true, r)
                + " "
                + SyntheticPeople.givenName(true, r),
            "VN",
            SyntheticPeople.personalIdNumber(
                province[0], true, born.getYear() - 22 - r.nextInt(10), r),
            null);
    CitizenRecord record =
        new CitizenRecord(
            id,
            null,
            id,
            name,
            female ? "2" : "1",
            "01",
            "00",
            r.nextBoolean() ? "1" : "2",
            null,
            new BirthDate(
                Integer.toString(born.getYear()),
                String.format(
                    "%04d%02d%02d", born.getYear(), born.getMonthValue(), born.getDayOfMonth())),
            home,
            home,
            home,
            home,
            "VN",
            father,
            mother,
            null,
            null,
            new HouseholdHead("Chủ hộ", id, null, name.fullName()),
            null);
    List<WarehouseDocument> docs = new ArrayList<>();
    int n = 1 + r.nextInt(RESULT_CODES.size());
    for (int i = 0; i < n; i++) {
      String reference = String.format("%d/%d/GKS", 1 + r.nextInt(999), 2000 + r.nextInt(25));
      docs.add(
          new WarehouseDocument(
              RESULT_CODES.get(i),
              NAMES_OF_DOCUMENTS[i],
              reference,
              "UBND " + home.communeName(),
              List.of(
                  new WarehouseFile(
                      RESULT_CODES.get(i) + ".pdf",
                      "/kho/" + Long.toHexString(r.nextLong()) + ".pdf"))));
    }
    return new SyntheticCitizen(record, docs);
  }
}
