package org.opendvc.client.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what looks like personal data in text that is about to be logged or put in an exception:
 * runs of 9 or more digits (identity numbers, phones) keep their first 4 and last 2 digits, and
 * e-mail addresses are hidden. Names and addresses cannot be recognised in free text, which is why
 * the client never logs bodies or the portal's messages at all; this is the second line of defence
 * for the excerpts it does keep.
 */
public final class Redactor {
  private static final Pattern DIGITS = Pattern.compile("(?<![0-9])[0-9]{9,}(?![0-9])");
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
  private static final Pattern NAMED_VALUE =
      Pattern.compile(
          "(\"(?:ChuHo|ChuHoSo|SoGiayTo\\w*|SoDinhDanh\\w*|HoVaTen|Ho|ChuDem|Ten|HoTen\\w*|NguoiXuLy|NguoiDanhGia|DiaChi\\w*|ChiTiet"
              + "|SoDienThoai|Email|Fax|ThongTinKhac|TrichYeuHoSo|password|session|access_token"
              + "|NoiDung\\w*)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");

  private Redactor() {}

  /** The text with identity numbers, phones and e-mails masked. */
  public static String redact(String text) {
    String out = NAMED_VALUE.matcher(text).replaceAll("$1\"***\"");
    Matcher digits = DIGITS.matcher(out);
    StringBuilder sb = new StringBuilder();
    while (digits.find()) {
      String d = digits.group();
      digits.appendReplacement(
          sb, d.substring(0, 4) + "*".repeat(d.length() - 6) + d.substring(d.length() - 2));
    }
    digits.appendTail(sb);
    return EMAIL.matcher(sb).replaceAll("***@***");
  }
}
