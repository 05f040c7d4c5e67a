package org.opendvc.rules.scenario;

import static org.opendvc.core.diagnostic.DiagnosticTemplate.error;

import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.DiagnosticTemplate;

/** Problems in a scenario file. */
public enum ScenarioDiagnostics implements DiagnosticKind {
  /** The file is not valid YAML. */
  YAML_MALFORMED(
      error(
          "RULES_SCENARIO_YAML_MALFORMED",
          "Tệp không phải YAML hợp lệ: {0}",
          "The file is not valid YAML: {0}")),
  /** The procedure file named is missing or unusable. */
  PROCEDURE_UNUSABLE(
      error(
          "RULES_SCENARIO_PROCEDURE_UNUSABLE",
          "Không dùng được thủ tục \"{0}\": {1}",
          "Cannot use procedure \"{0}\": {1}")),
  /** A fact names a data element the dictionary lacks. */
  ELEMENT_UNKNOWN(
      error(
          "RULES_SCENARIO_ELEMENT_UNKNOWN",
          "Phần tử dữ liệu \"{0}\" không có trong từ điển dữ liệu",
          "Data element \"{0}\" is not in the data dictionary")),
  /** A value does not fit its data element's type. */
  VALUE_WRONG_TYPE(
      error(
          "RULES_SCENARIO_VALUE_WRONG_TYPE",
          "Giá trị của \"{0}\" phải là {1}",
          "The value of \"{0}\" must be {1}")),
  /** An expectation names a requirement the procedure does not declare. */
  REQUIREMENT_UNKNOWN(
      error(
          "RULES_SCENARIO_REQUIREMENT_UNKNOWN",
          "Thủ tục không có điều kiện \"{0}\"",
          "The procedure declares no requirement \"{0}\""));

  private final DiagnosticTemplate template;

  ScenarioDiagnostics(DiagnosticTemplate template) {
    this.template = template;
  }

  @Override
  public DiagnosticTemplate template() {
    return template;
  }
}
