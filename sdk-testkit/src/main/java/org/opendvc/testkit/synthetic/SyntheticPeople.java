package org.opendvc.testkit.synthetic;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The parts every generator of made-up people draws from: Vietnamese names and personal
 * identification numbers with the legal structure. Each method takes exactly one draw from the
 * random source, so generators stay reproducible from their seed.
 */
public final class SyntheticPeople {
  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ"
  };
  private static final String[] MIDDLE_MALE = {"Văn", "Đức", "Minh", "Quốc", "Hữu", "Thành"};
  private static final String[] MIDDLE_FEMALE = {"Thị", "Ngọc", "Thu", "Thanh", "Mai", "Kim"};
  private static final String[] GIVEN_MALE = {
    "An", "Bình", "Cường", "Dũng", "Hùng", "Khoa", "Long"
  };
  private static final String[] GIVEN_FEMALE = {
    "Anh", "Hà", "Hương", "Lan", "Linh", "Trang", "Yến"
  };

  private SyntheticPeople() {}

  /** A common family name (họ). */
  public static String familyName(SplittableRandom r) {
    return pick(FAMILY, r);
  }

  /** A middle name (tên đệm) usual for the sex. */
  public static String middleName(boolean female, SplittableRandom r) {
    return pick(female ? MIDDLE_FEMALE : MIDDLE_MALE, r);
  }

  /** A given name (tên) usual for the sex. */
  public static String givenName(boolean female, SplittableRandom r) {
    return pick(female ? GIVEN_FEMALE : GIVEN_MALE, r);
  }

  /**
   * A 12-digit personal identification number as the law structures it (Decree 137/2015/NĐ-CP Art.
   * 13, Circular 07/2016/TT-BCA Art. 7; reference §3.1): the 3-digit code of the province where the
   * birth was registered ("0" and the statistical code, inferred), a digit for century and sex
   * (20th century male 0, female 1; 21st century male 2, female 3), the last two digits of the year
   * of birth, then six random digits.
   */
  public static String personalIdNumber(
      String provinceCode, boolean female, int year, SplittableRandom r) {
    int centuryDigit = (year / 100 - 19) * 2 + (female ? 1 : 0);
    return provinceCode
        + centuryDigit
        + String.format(Locale.ROOT, "%02d", year % 100)
        + String.format(Locale.ROOT, "%06d", r.nextInt(1_000_000));
  }

  /** One of {@code options}. */
  public static String pick(String[] options, SplittableRandom r) {
    return options[r.nextInt(options.length)];
  }
}
