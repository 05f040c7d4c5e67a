package org.opendvc.core.json;

import static org.opendvc.core.diagnostic.DiagnosticTemplate.error;

import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.DiagnosticTemplate;

/** Problems with the JSON itself, shared by every file format OpenDVC reads. */
public enum JsonDiagnostics implements DiagnosticKind {
  /** The file cannot be read at all. */
  FILE_UNREADABLE(
      error("JSON_FILE_UNREADABLE", "Không đọc được tệp: {0}", "The file cannot be read: {0}")),
  /** The text is not well-formed JSON. */
  MALFORMED(
      error(
          "JSON_MALFORMED",
          "JSON không hợp lệ tại dòng {0}, cột {1}: {2}",
          "Malformed JSON at line {0}, column {1}: {2}")),
  /** The file holds no JSON value. */
  EMPTY(error("JSON_EMPTY", "Tệp rỗng, không có nội dung JSON", "The file is empty")),
  /** A required member is absent. */
  REQUIRED_MISSING(
      error(
          "JSON_REQUIRED_MISSING",
          "Thiếu trường bắt buộc \"{0}\"",
          "Required member \"{0}\" is missing")),
  /** A member has the wrong JSON type. */
  WRONG_TYPE(
      error("JSON_WRONG_TYPE", "Giá trị phải là {0}, nhưng là {1}", "Expected {0} but found {1}")),
  /** A member is not part of the format. */
  UNKNOWN_PROPERTY(
      error(
          "JSON_UNKNOWN_PROPERTY",
          "Trường \"{0}\" không thuộc định dạng này{1}",
          "\"{0}\" is not a member of this format{1}")),
  /** A text member is blank. */
  BLANK(error("JSON_BLANK", "Giá trị không được để trống", "The value must not be blank")),
  /** A date is not an ISO date. */
  INVALID_DATE(
      error(
          "JSON_INVALID_DATE",
          "\"{0}\" không phải ngày hợp lệ dạng YYYY-MM-DD",
          "\"{0}\" is not a valid date of the form YYYY-MM-DD")),
  /** A value is not one of the allowed values. */
  INVALID_VALUE(
      error(
          "JSON_INVALID_VALUE",
          "\"{0}\" không phải giá trị hợp lệ; các giá trị được phép: {1}",
          "\"{0}\" is not an allowed value; allowed: {1}")),
  /** A number is out of its allowed range. */
  OUT_OF_RANGE(
      error(
          "JSON_OUT_OF_RANGE",
          "Giá trị {0} nằm ngoài khoảng cho phép ({1})",
          "The value {0} is outside the allowed range ({1})"));

  private final DiagnosticTemplate template;

  JsonDiagnostics(DiagnosticTemplate template) {
    this.template = template;
  }

  @Override
  public DiagnosticTemplate template() {
    return template;
  }
}
