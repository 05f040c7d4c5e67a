package org.opendvc.core.id;

import static org.opendvc.core.diagnostic.DiagnosticTemplate.error;

import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.DiagnosticTemplate;
import org.opendvc.core.law.Laws;

/**
 * Problems with identifiers.
 *
 * <p>Argument {@code {0}} is always the value as it may be shown: masked ({@code 0010******45}) for
 * identifiers that are personal data, so no message ever carries a personal number in clear.
 */
public enum IdDiagnostics implements DiagnosticKind {
  /** A procedure code is not of the form {@code N.NNNNNN}. */
  PROCEDURE_CODE_MALFORMED(
      error(
          "ID_PROCEDURE_CODE_MALFORMED",
          "Mã thủ tục \"{0}\" không đúng dạng N.NNNNNN (ví dụ 1.001193)",
          "Procedure code \"{0}\" is not of the form N.NNNNNN (for example 1.001193)")),

  /** A text has the shape of no identifier kind. */
  UNRECOGNISED(
      error(
          "ID_UNRECOGNISED",
          "\"{0}\" không có dạng của loại mã nào: số định danh cá nhân (12 chữ số), CMND (9 chữ"
              + " số), mã số thuế, mã số doanh nghiệp, số điện thoại, mã định danh cơ quan, mã thủ"
              + " tục hay mã số hồ sơ",
          "\"{0}\" has the shape of no identifier: personal identification number (12 digits),"
              + " legacy identity card (9 digits), tax code, enterprise code, phone number, agency"
              + " code, procedure code or dossier code")),

  /** A personal identification number is not 12 digits. */
  PERSONAL_ID_MALFORMED(
      error(
              "ID_PERSONAL_ID_MALFORMED",
              "Số định danh cá nhân {0} phải gồm đúng 12 chữ số (nhận được {1} ký tự)",
              "Personal identification number {0} must be exactly 12 digits (got {1}"
                  + " characters)")
          .citing(Laws.IDENTIFICATION_LAW.article(12))),

  /** The first three digits of a personal identification number name no province. */
  PERSONAL_ID_UNKNOWN_PROVINCE(
      error(
          "ID_PERSONAL_ID_UNKNOWN_PROVINCE",
          "Số định danh cá nhân {0}: mã nơi đăng ký khai sinh {1} (ba chữ số đầu) không phải mã"
              + " của tỉnh, thành phố nào",
          "Personal identification number {0}: birth registration code {1} (the first three"
              + " digits) is the code of no province")),

  /** The century-and-sex digit stands for a century that has not begun at the reference date. */
  PERSONAL_ID_FUTURE_CENTURY(
      error(
          "ID_PERSONAL_ID_FUTURE_CENTURY",
          "Số định danh cá nhân {0}: chữ số thứ tư {1} chỉ người sinh từ năm {2} trở đi, sau ngày"
              + " tham chiếu {3}",
          "Personal identification number {0}: fourth digit {1} stands for births from {2} on,"
              + " after the reference date {3}")),

  /** The birth year a personal identification number encodes is after the reference date. */
  PERSONAL_ID_BIRTH_YEAR_IN_FUTURE(
      error(
          "ID_PERSONAL_ID_BIRTH_YEAR_IN_FUTURE",
          "Số định danh cá nhân {0}: năm sinh ghi trong số (chữ số thứ 4 đến 6) sau năm {1} của"
              + " ngày tham chiếu",
          "Personal identification number {0}: the birth year it encodes (digits 4 to 6) is"
              + " after {1}, the year of the reference date")),

  /** A legacy identity card number is not 9 digits. */
  LEGACY_ID_MALFORMED(
      error(
          "ID_LEGACY_ID_MALFORMED",
          "Số chứng minh nhân dân {0} phải gồm đúng 9 chữ số (nhận được {1} ký tự)",
          "Legacy identity card number {0} must be exactly 9 digits (got {1} characters)")),

  /** A tax code has none of the accepted shapes. */
  TAX_CODE_MALFORMED(
      error(
              "ID_TAX_CODE_MALFORMED",
              "Mã số thuế {0} phải gồm 10 chữ số, 13 chữ số viết NNNNNNNNNN-NNN, hoặc 12 chữ số"
                  + " (số định danh cá nhân)",
              "Tax code {0} must be 10 digits, 13 digits written NNNNNNNNNN-NNN, or 12 digits (a"
                  + " personal identification number)")
          .citing(Laws.CIRCULAR_105_2020)),

  /** The tenth digit of a tax code is not the check digit of the first nine. */
  TAX_CODE_CHECK_DIGIT(
      error(
              "ID_TAX_CODE_CHECK_DIGIT",
              "Mã số thuế {0}: chữ số kiểm tra (chữ số thứ 10) là {1}, nhưng 9 chữ số đầu đòi hỏi"
                  + " {2}",
              "Tax code {0}: the check digit (10th digit) is {1}, but the first nine digits"
                  + " require {2}")
          .citing(Laws.CIRCULAR_105_2020)),

  /** The first nine digits of a tax code admit no check digit at all. */
  TAX_CODE_NO_CHECK_DIGIT(
      error(
              "ID_TAX_CODE_NO_CHECK_DIGIT",
              "Mã số thuế {0}: tổng có trọng số của 9 chữ số đầu chia hết cho 11 nên không có chữ"
                  + " số kiểm tra nào hợp lệ; đây không thể là mã số thuế",
              "Tax code {0}: the weighted sum of the first nine digits is divisible by 11, which"
                  + " leaves no valid check digit; this cannot be a tax code")
          .citing(Laws.CIRCULAR_105_2020)),

  /** The dependent-unit number of a 13-digit tax code is 000. */
  TAX_CODE_BRANCH_ZERO(
      error(
              "ID_TAX_CODE_BRANCH_ZERO",
              "Mã số thuế {0}: số thứ tự đơn vị phụ thuộc (3 chữ số cuối) phải từ 001 đến 999",
              "Tax code {0}: the dependent-unit number (last three digits) must be 001 to 999")
          .citing(Laws.CIRCULAR_105_2020)),

  /** A personal identification number is used as a tax code before 1 July 2025. */
  TAX_CODE_PERSONAL_NOT_IN_FORCE(
      error(
              "ID_TAX_CODE_PERSONAL_NOT_IN_FORCE",
              "Mã số thuế {0}: số định danh cá nhân chỉ được dùng làm mã số thuế từ ngày"
                  + " 01/07/2025; ngày tham chiếu là {1}",
              "Tax code {0}: a personal identification number serves as a tax code only from 1"
                  + " July 2025; the reference date is {1}")
          .citing(Laws.CIRCULAR_86_2024)),

  /** An enterprise code is not 10 digits. */
  ENTERPRISE_CODE_MALFORMED(
      error(
          "ID_ENTERPRISE_CODE_MALFORMED",
          "Mã số doanh nghiệp {0} phải gồm đúng 10 chữ số (là mã số thuế của doanh nghiệp)",
          "Enterprise code {0} must be exactly 10 digits (it is the enterprise's tax code)")),

  /** A phone number has neither the length nor the shape of a Vietnamese number. */
  PHONE_MALFORMED(
      error(
          "ID_PHONE_MALFORMED",
          "Số điện thoại {0} phải gồm 10 chữ số (di động) hoặc 11 chữ số (cố định), bắt đầu bằng 0"
              + " hoặc +84",
          "Phone number {0} must be 10 digits (mobile) or 11 digits (landline), starting with 0"
              + " or +84")),

  /** A phone number starts with no mobile prefix or landline area code in use. */
  PHONE_UNKNOWN_PREFIX(
      error(
          "ID_PHONE_UNKNOWN_PREFIX",
          "Số điện thoại {0}: {1} không phải đầu số di động (số 10 chữ số) hay mã vùng cố định"
              + " (02x, số 11 chữ số) nào đang dùng",
          "Phone number {0}: {1} is neither a mobile prefix (10-digit numbers) nor a landline"
              + " area code (02x, 11-digit numbers) in use")),

  /** A phone number uses an 11-digit mobile prefix withdrawn in the 2018 conversion. */
  PHONE_RETIRED_PREFIX(
      error(
          "ID_PHONE_RETIRED_PREFIX",
          "Số điện thoại {0}: đầu số 11 chữ số {1} đã chuyển thành {2} từ năm 2018; hãy viết số"
              + " 10 chữ số bắt đầu bằng {2}",
          "Phone number {0}: the 11-digit prefix {1} became {2} in 2018; write the 10-digit"
              + " number starting with {2}")),

  /** An agency code has neither accepted shape. */
  AGENCY_CODE_MALFORMED(
      error(
          "ID_AGENCY_CODE_MALFORMED",
          "Mã định danh cơ quan \"{0}\" phải có dạng NNN.NN.NN.XNN (ví dụ 000.00.00.H56) hoặc"
              + " dạng rút gọn XNN.NN (ví dụ H56.14)",
          "Agency code \"{0}\" must have the form NNN.NN.NN.XNN (for example 000.00.00.H56) or"
              + " the short form XNN.NN (for example H56.14)")),

  /** A dossier code is not of the form agency-YYMMDD-NNNN. */
  DOSSIER_CODE_MALFORMED(
      error(
              "ID_DOSSIER_CODE_MALFORMED",
              "Mã số hồ sơ \"{0}\" phải gồm mã cơ quan, ngày tiếp nhận YYMMDD và số thứ tự NNNN,"
                  + " nối bằng dấu gạch ngang (ví dụ 000.00.00.H56-250701-0001)",
              "Dossier code \"{0}\" must be an agency code, the date received as YYMMDD and a"
                  + " four-digit sequence number, joined by dashes (for example"
                  + " 000.00.00.H56-250701-0001)")
          .citing(Laws.CIRCULAR_01_2018.article(19))),

  /** The date part of a dossier code is not a real date. */
  DOSSIER_CODE_DATE_INVALID(
      error(
              "ID_DOSSIER_CODE_DATE_INVALID",
              "Mã số hồ sơ \"{0}\": ngày tiếp nhận {1} (YYMMDD) không phải ngày có thật",
              "Dossier code \"{0}\": the date received, {1} (YYMMDD), is not a real date")
          .citing(Laws.CIRCULAR_01_2018.article(19))),

  /** The sequence part of a dossier code is 0000. */
  DOSSIER_CODE_SEQUENCE_ZERO(
      error(
              "ID_DOSSIER_CODE_SEQUENCE_ZERO",
              "Mã số hồ sơ \"{0}\": số thứ tự trong ngày phải từ 0001 đến 9999",
              "Dossier code \"{0}\": the sequence number within the day must be 0001 to 9999")
          .citing(Laws.CIRCULAR_01_2018.article(19)));

  private final DiagnosticTemplate template;

  IdDiagnostics(DiagnosticTemplate template) {
    this.template = template;
  }

  @Override
  public DiagnosticTemplate template() {
    return template;
  }
}
