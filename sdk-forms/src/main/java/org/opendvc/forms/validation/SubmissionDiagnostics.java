package org.opendvc.forms.validation;

import static org.opendvc.core.diagnostic.DiagnosticTemplate.error;
import static org.opendvc.core.diagnostic.DiagnosticTemplate.info;
import static org.opendvc.core.diagnostic.DiagnosticTemplate.warning;

import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.DiagnosticTemplate;
import org.opendvc.core.law.Laws;

/**
 * Problems in a submission, each reported as a {@link FieldError} at the path of the field.
 * Argument {@code {0}} is the field's label in the message's language; no message repeats the value
 * the person entered.
 */
public enum SubmissionDiagnostics implements DiagnosticKind {
  /** The submission names another form. */
  WRONG_FORM(
      error(
          "FORM_SUBMISSION_WRONG_FORM",
          "Hồ sơ được lập trên biểu mẫu \"{1}\", không phải biểu mẫu này",
          "The submission was made on form \"{1}\", not this one")),
  /** The submission was made on another version of the form. */
  VERSION_MISMATCH(
      error(
          "FORM_SUBMISSION_VERSION_MISMATCH",
          "Hồ sơ được lập trên phiên bản {1} của biểu mẫu, không phải phiên bản hiện hành {2}",
          "The submission was made on version {1} of the form, not the current {2}")),
  /** The submission carries a value for a field the form does not have. */
  UNKNOWN_FIELD(
      error(
          "FORM_VALUE_UNKNOWN_FIELD",
          "Biểu mẫu không có trường \"{1}\"",
          "The form has no field \"{1}\"")),
  /** A value of the wrong JSON type. */
  WRONG_TYPE(
      error("FORM_VALUE_WRONG_TYPE", "{0}: giá trị phải là {1}", "{0}: the value must be {1}")),
  /** A required answer is missing. */
  REQUIRED(error("FORM_VALUE_REQUIRED", "{0}: bắt buộc nhập", "{0}: an answer is required")),
  /** A constraint of the form is not met; the message is the form's. */
  CONSTRAINT(error("FORM_VALUE_CONSTRAINT", "{0}: {1}", "{0}: {1}")),
  /** Too short. */
  TOO_SHORT(
      error(
          "FORM_VALUE_TOO_SHORT",
          "{0}: cần ít nhất {1} ký tự",
          "{0}: at least {1} characters are needed")),
  /** Too long. */
  TOO_LONG(
      error(
          "FORM_VALUE_TOO_LONG",
          "{0}: không được quá {1} ký tự",
          "{0}: at most {1} characters are allowed")),
  /** Below the minimum. */
  BELOW_MIN(
      error("FORM_VALUE_BELOW_MIN", "{0}: không được nhỏ hơn {1}", "{0}: must be at least {1}")),
  /** Above the maximum. */
  ABOVE_MAX(
      error("FORM_VALUE_ABOVE_MAX", "{0}: không được lớn hơn {1}", "{0}: must be at most {1}")),
  /** A number with a fraction where a whole amount is needed. */
  NOT_WHOLE(
      error(
          "FORM_VALUE_NOT_WHOLE",
          "{0}: phải là số nguyên (đồng)",
          "{0}: must be a whole number (of đồng)")),
  /** A malformed date. */
  DATE_MALFORMED(
      error(
          "FORM_VALUE_DATE_MALFORMED",
          "{0}: ngày phải có dạng {1}",
          "{0}: the date must be written {1}")),
  /** A code the list does not have, under REJECT. */
  CODE_UNKNOWN(
      error(
          "FORM_VALUE_CODE_UNKNOWN",
          "{0}: giá trị không có trong danh mục {1} (phiên bản {2})",
          "{0}: the value is not in code list {1} (version {2})")),
  /** A code the list does not have, kept under KEEP or mapped under MAP_TO_OTHER. */
  CODE_NOT_IN_LIST(
      warning(
          "FORM_VALUE_CODE_NOT_IN_LIST",
          "{0}: giá trị không có trong danh mục {1} (phiên bản {2}); đã {3}",
          "{0}: the value is not in code list {1} (version {2}); it was {3}")),
  /** The same code chosen twice. */
  DUPLICATE_CHOICE(
      error(
          "FORM_VALUE_DUPLICATE_CHOICE",
          "{0}: một lựa chọn bị chọn hai lần",
          "{0}: an option is chosen twice")),
  /** Not a personal identification number. */
  PERSONAL_ID_INVALID(
      error(
              "FORM_VALUE_PERSONAL_ID_INVALID",
              "{0}: không phải số định danh cá nhân hợp lệ: {1}",
              "{0}: not a valid personal identification number: {1}")
          .citing(Laws.IDENTIFICATION_LAW)),
  /** Not a tax code. */
  TAX_CODE_INVALID(
      error(
          "FORM_VALUE_TAX_CODE_INVALID",
          "{0}: không phải mã số thuế hợp lệ: {1}",
          "{0}: not a valid tax code: {1}")),
  /** Not a phone number. */
  PHONE_INVALID(
      error(
          "FORM_VALUE_PHONE_INVALID",
          "{0}: không phải số điện thoại Việt Nam hợp lệ: {1}",
          "{0}: not a valid Vietnamese phone number: {1}")),
  /** Not an e-mail address. */
  EMAIL_INVALID(
      error(
          "FORM_VALUE_EMAIL_INVALID",
          "{0}: địa chỉ thư điện tử không hợp lệ",
          "{0}: not an e-mail address")),
  /** A province code that is no province. */
  PROVINCE_UNKNOWN(
      error(
              "FORM_VALUE_PROVINCE_UNKNOWN",
              "{0}: mã tỉnh không có trong danh mục đơn vị hành chính",
              "{0}: the province code is not in the list of administrative units")
          .citing(Laws.DECISION_19_2025)),
  /** A malformed commune code. */
  COMMUNE_MALFORMED(
      error(
              "FORM_VALUE_COMMUNE_MALFORMED",
              "{0}: mã xã phải gồm 5 chữ số",
              "{0}: a commune code has 5 digits")
          .citing(Laws.DECISION_19_2025)),
  /** An address without its province or commune. */
  ADDRESS_INCOMPLETE(
      error(
          "FORM_VALUE_ADDRESS_INCOMPLETE",
          "{0}: địa chỉ cần có tỉnh và xã",
          "{0}: the address needs a province and a commune")),
  /** A file of a type the field does not accept. */
  ATTACHMENT_TYPE(
      error(
          "FORM_VALUE_ATTACHMENT_TYPE",
          "{0}: chỉ nhận tệp kiểu {1}",
          "{0}: only files of type {1} are accepted")),
  /** A file too large. */
  ATTACHMENT_TOO_LARGE(
      error(
          "FORM_VALUE_ATTACHMENT_TOO_LARGE",
          "{0}: tệp không được lớn hơn {1} byte",
          "{0}: a file may not exceed {1} bytes")),
  /** Too many files. */
  TOO_MANY_FILES(
      error(
          "FORM_VALUE_TOO_MANY_FILES",
          "{0}: chỉ được đính kèm tối đa {1} tệp",
          "{0}: at most {1} files may be attached")),
  /** Too few items in a repeating group. */
  TOO_FEW_ITEMS(
      error(
          "FORM_VALUE_TOO_FEW_ITEMS",
          "{0}: cần ít nhất {1} mục",
          "{0}: at least {1} items are needed")),
  /** Too many items in a repeating group. */
  TOO_MANY_ITEMS(
      error(
          "FORM_VALUE_TOO_MANY_ITEMS",
          "{0}: tối đa {1} mục",
          "{0}: at most {1} items are allowed")),
  /** An expression of the form could not be evaluated; the form, not the person, is at fault. */
  EXPRESSION_FAILED(
      error(
          "FORM_EXPR_EVALUATION_FAILED",
          "{0}: không tính được biểu thức {1} của biểu mẫu ({2}); hãy báo cơ quan quản lý biểu"
              + " mẫu",
          "{0}: the form's {1} expression could not be evaluated ({2}); tell the form's"
              + " owner")),
  /** A value a registry vouched for was changed. */
  LOCKED_VALUE_ALTERED(
      error(
              "FORM_LOCKED_VALUE_ALTERED",
              "{0}: giá trị lấy từ {1} đã bị khóa nhưng bị thay đổi",
              "{0}: the value taken from {1} was locked but has been changed")
          .citing(Laws.DECREE_45_2020)),
  /** A correction flag about a field the form does not have. */
  CORRECTION_UNKNOWN_FIELD(
      error(
          "FORM_CORRECTION_UNKNOWN_FIELD",
          "Đề nghị đính chính nói về trường \"{1}\" mà biểu mẫu không có",
          "A correction flag names field \"{1}\", which the form does not have")),
  /** A correction flag about a value that was not prefilled. */
  CORRECTION_NOT_PREFILLED(
      info(
          "FORM_CORRECTION_NOT_PREFILLED",
          "{0}: đề nghị đính chính được ghi nhận dù giá trị không được điền sẵn từ cơ sở dữ liệu",
          "{0}: the correction flag is recorded although the value was not prefilled"));

  private final DiagnosticTemplate template;

  SubmissionDiagnostics(DiagnosticTemplate template) {
    this.template = template;
  }

  @Override
  public DiagnosticTemplate template() {
    return template;
  }
}
