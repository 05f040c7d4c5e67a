package org.opendvc.rules.parameter;

import static org.opendvc.core.diagnostic.DiagnosticTemplate.error;
import static org.opendvc.core.diagnostic.DiagnosticTemplate.warning;

import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.DiagnosticTemplate;

/** Problems with dated parameters and with the rules a procedure's requirements call on. */
public enum ParameterDiagnostics implements DiagnosticKind {
  /** A parameter id is not dot-separated lower camel case. */
  ID_MALFORMED(
      error(
          "RULES_PARAMETER_ID_MALFORMED",
          "Mã tham số \"{0}\" phải gồm các từ viết thường nối bằng dấu chấm, như"
              + " marriage.minimumAge.male",
          "Parameter id \"{0}\" must be dot-separated lower camel case words, such as"
              + " marriage.minimumAge.male")),
  /** Two parameters share an id. */
  DUPLICATE(
      error(
          "RULES_PARAMETER_DUPLICATE",
          "Tham số \"{0}\" đã được định nghĩa",
          "Parameter \"{0}\" is already defined")),
  /** A value key is not a date. */
  DATE_MALFORMED(
      error(
          "RULES_PARAMETER_DATE_MALFORMED",
          "\"{0}\" không phải ngày dạng YYYY-MM-DD",
          "\"{0}\" is not a date of the form YYYY-MM-DD")),
  /** A value cites no law. */
  VALUE_WITHOUT_LEGAL_REFERENCE(
      warning(
          "RULES_PARAMETER_VALUE_WITHOUT_LEGAL_REFERENCE",
          "Giá trị từ ngày {0} của tham số chưa dẫn căn cứ pháp lý",
          "The value from {0} cites no legal provision")),
  /** A requirement names a parameter nobody defines. */
  UNKNOWN(
      error(
          "RULES_PARAMETER_UNKNOWN",
          "Tham số \"{0}\" không được định nghĩa trong các tệp tham số",
          "Parameter \"{0}\" is not defined in any parameter file")),
  /** A requirement's parameter has no value on the day the definition takes effect. */
  NOT_IN_FORCE(
      warning(
          "RULES_PARAMETER_NOT_IN_FORCE",
          "Tham số \"{0}\" không có giá trị vào ngày {1}, ngày định nghĩa có hiệu lực",
          "Parameter \"{0}\" has no value on {1}, the day the definition takes effect")),
  /** A requirement names a rule package sdk-rules does not ship. */
  RULE_PACKAGE_UNKNOWN(
      error(
          "RULES_RULE_PACKAGE_UNKNOWN",
          "Gói quy tắc \"{0}\" không tồn tại; các gói có sẵn: {1}",
          "Rule package \"{0}\" does not exist; available: {1}"));

  private final DiagnosticTemplate template;

  ParameterDiagnostics(DiagnosticTemplate template) {
    this.template = template;
  }

  @Override
  public DiagnosticTemplate template() {
    return template;
  }
}
