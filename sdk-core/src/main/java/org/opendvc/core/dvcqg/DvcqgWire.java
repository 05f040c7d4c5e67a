package org.opendvc.core.dvcqg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.internal.text.VietnameseText;
import org.opendvc.core.procedure.ChannelKind;
import org.opendvc.core.procedure.GovernmentLevel;
import org.opendvc.core.procedure.OnlineServiceLevel;
import org.opendvc.core.procedure.ProcessingTimeUnit;

/**
 * The wire vocabulary of the DVCQG procedure package ({@code LayThuTuc}).
 *
 * <p>Field names and codes are those deserialised by working DVCQG integrations: the Thanh Hóa
 * one-stop system ({@code HuanVu201/DichVuCong_KhoaLuan_PASETO}, {@code
 * ThuTucApp/AddThuTucTypes.cs} and {@code Service.cs}) and OpenCPS ({@code
 * VietOpenCPS/opencps-v2}). Every value there is a string, numbers included, so that is what a
 * fresh export writes. The texts of time units and the format of dates are not documented anywhere
 * we could find; reading accepts the usual variants and writing uses the forms below (inferred).
 */
final class DvcqgWire {
  private DvcqgWire() {}

  static final String CODE = "MATTHC";
  static final String CODE_ALT = "MaTTHC";
  static final String NAME = "TENTTHC";
  static final String LEVELS = "CAPTHUCHIEN";
  static final String LEVEL_CODE = "CAPTHUCHIEN";
  static final String LEVEL_NAME = "TENCAP";
  static final String SECTORS = "LINHVUCTHUCHIEN";
  static final String SECTOR_CODE = "MALINHVUC";
  static final String SECTOR_NAME = "TENLINHVUC";
  static final String TARGETS = "DOITUONGTHUCHIEN";
  static final String TARGET_CODE = "MADOITUONG";
  static final String TARGET_NAME = "TENDOITUONG";
  static final String IMPLEMENTING = "COQUANTHUCHIEN";
  static final String COMPETENT = "COQUANCOTHAMQUYEN";
  static final String DELEGATED = "COQUANDUOCUYQUYEN";
  static final String COORDINATING = "COQUANPHOIHOP";
  static final String AGENCY_CODE = "MADONVI";
  static final String AGENCY_NAME = "TENDONVI";

  /** The Thanh Hóa system's local level field: "4" full-process, "3" partial, "2" information. */
  static final String ONLINE_LEVEL = "MucDo";

  static final String CHANNELS = "CACHTHUCTHUCHIEN";
  static final String CHANNEL_CODE = "KENH";
  static final String TIMES = "THOIGIAN";
  static final String TIME_VALUE = "THOIGIANGIAIQUYET";
  static final String TIME_UNIT = "DONVITINH";
  static final String TIME_NOTE = "MOTA";
  static final String FEES = "PHILEPHI";
  static final String FEE_CODE = "MAPHILEPHI";
  static final String FEE_AMOUNT = "SOTIEN";
  static final String FEE_DESCRIPTION = "MOTA";
  static final String FEE_URL = "URL";
  static final String CASES = "THANHPHANHOSO";
  static final String CASE_NAME = "TRUONGHOP";
  static final String DOCUMENTS = "GIAYTO";
  static final String DOC_CODE = "MAGIAYTO";
  static final String DOC_NAME = "TENGIAYTO";
  static final String DOC_ORIGINALS = "SOBANCHINH";
  static final String DOC_COPIES = "SOBANSAO";
  static final String DOC_TEMPLATE = "TENMAUDON";
  static final String DOC_URL = "URL";
  static final String DOC_REPLACEABLE = "MA_KQ_THAYTHE";
  static final String RESULTS = "KETQUATHUCHIEN";
  static final String RESULT_CODE = "MAKETQUA";
  static final String RESULT_NAME = "TENKETQUA";
  static final String RESULT_FILE = "TENTEP";
  static final String RESULT_URL = "URL";
  static final String LEGAL = "CANCUPHAPLY";
  static final String LEGAL_NUMBER = "SOVANBAN";
  static final String LEGAL_TITLE = "TENVANBAN";
  static final String LEGAL_ISSUER = "COQUANBANHANH";
  static final String LEGAL_ISSUED = "NGAYBANHANH";
  static final String LEGAL_EFFECTIVE = "NGAYHIEULUC";
  static final String LEGAL_URL = "DIACHITRUYCAP";
  static final String RELATED = "TTHCLIENQUAN";
  static final String INTERCONNECTED = "TTHCLIENTHONG";

  /** Level codes: "0" ministry, "1" province, "2" district, "3" commune. */
  static @Nullable GovernmentLevel level(String code) {
    return switch (code) {
      case "0" -> GovernmentLevel.MINISTRY;
      case "1" -> GovernmentLevel.PROVINCE;
      case "2" -> GovernmentLevel.DISTRICT;
      case "3" -> GovernmentLevel.COMMUNE;
      default -> null;
    };
  }

  static String levelCode(GovernmentLevel level) {
    return switch (level) {
      case MINISTRY -> "0";
      case PROVINCE -> "1";
      case DISTRICT -> "2";
      case COMMUNE -> "3";
    };
  }

  static String levelName(GovernmentLevel level) {
    return switch (level) {
      case MINISTRY -> "Cấp Bộ";
      case PROVINCE -> "Cấp Tỉnh";
      case DISTRICT -> "Cấp Huyện";
      case COMMUNE -> "Cấp Xã";
    };
  }

  /** Channel codes: "1" in person, "2" online, "3" public postal service. */
  static @Nullable ChannelKind channel(String code) {
    return switch (code) {
      case "1" -> ChannelKind.IN_PERSON;
      case "2" -> ChannelKind.ONLINE;
      case "3" -> ChannelKind.POSTAL;
      default -> null;
    };
  }

  static String channelCode(ChannelKind kind) {
    return switch (kind) {
      case IN_PERSON -> "1";
      case ONLINE -> "2";
      case POSTAL -> "3";
    };
  }

  static @Nullable OnlineServiceLevel onlineLevel(String code) {
    return switch (code) {
      case "4" -> OnlineServiceLevel.FULL;
      case "3" -> OnlineServiceLevel.PARTIAL;
      default -> null;
    };
  }

  static String onlineLevelCode(OnlineServiceLevel level) {
    return level == OnlineServiceLevel.FULL ? "4" : "3";
  }

  /** Reads a unit such as "Ngày làm việc", "ngày", "Giờ làm việc" or "giờ" (inferred). */
  static @Nullable ProcessingTimeUnit unit(String text) {
    String folded = VietnameseText.fold(text);
    boolean working = folded.contains("lam viec");
    if (folded.startsWith("ngay")) {
      return working ? ProcessingTimeUnit.WORKING_DAYS : ProcessingTimeUnit.DAYS;
    }
    if (folded.startsWith("gio")) {
      return working ? ProcessingTimeUnit.WORKING_HOURS : ProcessingTimeUnit.HOURS;
    }
    return null;
  }

  static String unitText(ProcessingTimeUnit unit) {
    return switch (unit) {
      case WORKING_DAYS -> "Ngày làm việc";
      case DAYS -> "Ngày";
      case WORKING_HOURS -> "Giờ làm việc";
      case HOURS -> "Giờ";
    };
  }

  private static final Pattern GROUPED = Pattern.compile("[0-9]{1,3}([.,][0-9]{3})+");
  private static final Pattern PLAIN = Pattern.compile("[0-9]+([.,][0-9]+)?");

  /**
   * Reads a number written as "50000", "50.000" or "50,000" (thousands grouped the Vietnamese or
   * the English way) or "0.5", in its shortest form: "0.50" and "0.5" are both 0.5, since a package
   * cannot say anything with trailing zeros.
   */
  static @Nullable BigDecimal number(String text) {
    String t = text.strip();
    BigDecimal n;
    if (GROUPED.matcher(t).matches()) {
      n = new BigDecimal(t.replace(".", "").replace(",", ""));
    } else if (PLAIN.matcher(t).matches()) {
      n = new BigDecimal(t.replace(',', '.'));
    } else {
      return null;
    }
    BigDecimal shortest = n.stripTrailingZeros();
    return shortest.scale() < 0 ? shortest.setScale(0) : shortest;
  }

  /**
   * Writes a number so that {@link #number(String)} reads it back: in its shortest plain form, with
   * a fourth decimal digit when three would read as a thousands group ("1.125" is 1125 in
   * Vietnamese writing, "1.1250" is not).
   */
  static String numberText(BigDecimal value) {
    BigDecimal shortest = value.stripTrailingZeros();
    String plain = (shortest.scale() < 0 ? shortest.setScale(0) : shortest).toPlainString();
    return GROUPED.matcher(plain).matches() ? plain + "0" : plain;
  }

  /**
   * Date formats seen or expected in packages; the first is written when nothing says otherwise.
   * Strict, so that "31/02/2014" is no date rather than 28 February.
   */
  static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          strict("dd/MM/uuuu"),
          strict("d/M/uuuu"),
          DateTimeFormatter.ISO_LOCAL_DATE,
          strict("dd-MM-uuuu"),
          strict("uuuuMMdd"));

  private static DateTimeFormatter strict(String pattern) {
    return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
  }

  /** Reads a date, ignoring a time part ("2014-11-20T00:00:00", "20/11/2014 00:00:00"). */
  static @Nullable LocalDate date(String text) {
    String t = text.strip();
    int cut = indexOfTimePart(t);
    String day = cut < 0 ? t : t.substring(0, cut);
    if (day.length() == 14 && day.chars().allMatch(Character::isDigit)) {
      day = day.substring(0, 8); // yyyyMMddHHmmss, DVCQG's date-time format
    }
    for (DateTimeFormatter format : DATE_FORMATS) {
      try {
        return LocalDate.parse(day, format);
      } catch (DateTimeParseException e) {
        // try the next format
      }
    }
    return null;
  }

  /** Formats {@code date} the way {@code like} was written, or as dd/MM/yyyy. */
  static String formatDate(LocalDate date, @Nullable String like) {
    if (like != null) {
      String t = like.strip();
      int cut = indexOfTimePart(t);
      String day = cut < 0 ? t : t.substring(0, cut);
      for (DateTimeFormatter format : DATE_FORMATS) {
        try {
          LocalDate.parse(day, format);
          return format.format(date);
        } catch (DateTimeParseException e) {
          // try the next format
        }
      }
    }
    return DATE_FORMATS.get(0).format(date);
  }

  private static int indexOfTimePart(String t) {
    int space = t.indexOf(' ');
    int tee = t.indexOf('T');
    if (space < 0) {
      return tee;
    }
    return tee < 0 ? space : Math.min(space, tee);
  }
}
