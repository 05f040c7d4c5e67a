package org.opendvc.core.law;

import org.opendvc.core.LocalizedText;

/**
 * The legal documents OpenDVC cites, each once, so every module cites them the same way.
 *
 * <p>Numbers and titles are as published; the facts each rule draws from them are cited where the
 * rule is written.
 */
public final class Laws {
  private Laws() {}

  /** Law on Civil Status (Luật Hộ tịch), 60/2014/QH13. */
  public static final LegalReference CIVIL_STATUS_LAW =
      LegalReference.document(
          "60/2014/QH13", LocalizedText.of("Luật Hộ tịch", "Law on Civil Status"));

  /** Law on Marriage and Family 2014 (Luật Hôn nhân và gia đình), 52/2014/QH13. */
  public static final LegalReference MARRIAGE_AND_FAMILY_LAW =
      LegalReference.document(
          "52/2014/QH13",
          LocalizedText.of("Luật Hôn nhân và gia đình", "Law on Marriage and Family"));

  /** Law on Residence 2020 (Luật Cư trú), 68/2020/QH14. */
  public static final LegalReference RESIDENCE_LAW =
      LegalReference.document("68/2020/QH14", LocalizedText.of("Luật Cư trú", "Law on Residence"));

  /** Law on Identification (Luật Căn cước), 26/2023/QH15, in force from 1 July 2024. */
  public static final LegalReference IDENTIFICATION_LAW =
      LegalReference.document(
          "26/2023/QH15", LocalizedText.of("Luật Căn cước", "Law on Identification"));

  /**
   * Decree 135/2020/ND-CP on the retirement age, whose Annex I gives the retirement age under
   * normal working conditions by month and year of birth.
   */
  public static final LegalReference DECREE_135_2020 =
      LegalReference.document(
          "135/2020/NĐ-CP",
          LocalizedText.of("Nghị định quy định về tuổi nghỉ hưu", "Decree on the retirement age"));

  /** Decree 45/2020/ND-CP on administrative procedures in the electronic environment. */
  public static final LegalReference DECREE_45_2020 =
      LegalReference.document(
          "45/2020/NĐ-CP",
          LocalizedText.of(
              "Nghị định về thực hiện thủ tục hành chính trên môi trường điện tử",
              "Decree on administrative procedures in the electronic environment"));

  /** Decree 42/2022/ND-CP on online public services (full-process and partial). */
  public static final LegalReference DECREE_42_2022 =
      LegalReference.document(
          "42/2022/NĐ-CP",
          LocalizedText.of(
              "Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến",
              "Decree on the provision of information and online public services"));

  /** Circular 01/2018/TT-VPCP, whose Art. 19 fixes the dossier code format. */
  public static final LegalReference CIRCULAR_01_2018 =
      LegalReference.document(
          "01/2018/TT-VPCP",
          LocalizedText.of(
              "Thông tư hướng dẫn thi hành Nghị định 61/2018/NĐ-CP về cơ chế một cửa",
              "Circular guiding Decree 61/2018/ND-CP on the one-stop mechanism"));

  /**
   * Decision 19/2025/QĐ-TTg on the list and codes of Vietnam's administrative units, effective 1
   * July 2025: two-digit province codes and five-digit commune codes, with no district level, for
   * the two-level local government that starts that day. Source of the codes: the decision's PDF,
   * datafiles.chinhphu.vn/cpp/files/vbpq/2025/7/19ttg.signed.pdf.
   */
  public static final LegalReference DECISION_19_2025 =
      LegalReference.document(
          "19/2025/QĐ-TTg",
          LocalizedText.of(
              "Quyết định ban hành Bảng danh mục và mã số các đơn vị hành chính Việt Nam",
              "Decision on the list and codes of Vietnam's administrative units"));

  /**
   * Labour Code 2019 (Bộ luật Lao động), 45/2019/QH14, in force from 1 January 2021. Art. 112(1)
   * lists the public holidays, Art. 112(3) lets the Prime Minister fix the Tết days and the day
   * next to National Day each year, and Art. 111(3) gives a compensatory day when a holiday falls
   * on a weekly rest day (text quoted by lawnet.vn and thuvienphapluat.vn); Art. 169 sets the
   * retirement age.
   */
  public static final LegalReference LABOUR_CODE_2019 =
      LegalReference.document("45/2019/QH14", LocalizedText.of("Bộ luật Lao động", "Labour Code"));

  /**
   * Labour Code 2012 (Bộ luật Lao động), 10/2012/QH13, in force from 1 May 2013 to 31 December
   * 2020. Its Art. 115 gave the same holidays as the 2019 Code except the day next to National Day,
   * with a compensatory day for a holiday on a weekly rest day.
   */
  public static final LegalReference LABOUR_CODE_2012 =
      LegalReference.document("10/2012/QH13", LocalizedText.of("Bộ luật Lao động", "Labour Code"));

  /**
   * Decision 188/1999/QĐ-TTg of 17 September 1999: a 40-hour week over five days, with Saturday and
   * Sunday off, for state agencies and public service units (Art. 1; text at hethongphapluat.com).
   */
  public static final LegalReference DECISION_188_1999 =
      LegalReference.document(
          "188/1999/QĐ-TTg",
          LocalizedText.of(
              "Quyết định về thực hiện chế độ tuần làm việc 40 giờ",
              "Decision on the 40-hour working week"));

  /**
   * Circular 105/2020/TT-BTC guiding tax registration, which OpenDVC cites for the structure of the
   * 10- and 13-digit tax code and its check digit. <b>(secondary)</b>: the article text was not
   * retrieved; several independent validators cite this circular for the check digit.
   */
  public static final LegalReference CIRCULAR_105_2020 =
      LegalReference.document(
          "105/2020/TT-BTC",
          LocalizedText.of(
              "Thông tư hướng dẫn về đăng ký thuế", "Circular guiding tax registration"));

  /**
   * Circular 86/2024/TT-BTC on tax registration, under which individuals and household businesses
   * use their 12-digit personal identification number as their tax code from 1 July 2025.
   * <b>(secondary)</b>: known from the tax office's form templates, which date it 23 December 2024;
   * the article text was not retrieved.
   */
  public static final LegalReference CIRCULAR_86_2024 =
      LegalReference.document(
          "86/2024/TT-BTC",
          LocalizedText.of("Thông tư quy định về đăng ký thuế", "Circular on tax registration"));
}
