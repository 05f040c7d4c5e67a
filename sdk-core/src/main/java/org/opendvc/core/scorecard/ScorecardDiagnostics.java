package org.opendvc.core.scorecard;

import static org.opendvc.core.diagnostic.DiagnosticTemplate.error;

import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.DiagnosticTemplate;

/** Problems with the inputs of the Decision 766 scorecard: periods, agencies, agency profiles. */
public enum ScorecardDiagnostics implements DiagnosticKind {
  /** A period that is not a year, a quarter or a month. */
  PERIOD_MALFORMED(
      error(
          "SCORECARD_PERIOD_MALFORMED",
          "Kỳ \"{0}\" phải là một năm (2026), một quý (2026-Q1) hoặc một tháng (2026-03)",
          "Period \"{0}\" must be a year (2026), a quarter (2026-Q1) or a month (2026-03)")),

  /** An agency that is neither an agency code nor a province or ministry code. */
  AGENCY_MALFORMED(
      error(
          "SCORECARD_AGENCY_MALFORMED",
          "Cơ quan \"{0}\" phải là mã định danh cơ quan (000.00.00.H56, H56.14) hoặc mã cấp tỉnh,"
              + " bộ (H56)",
          "Agency \"{0}\" must be an agency code (000.00.00.H56, H56.14) or the code of a"
              + " province or ministry (H56)")),

  /** A profile gives a metric that is counted from dossiers, or no metric at all. */
  PROFILE_METRIC_NOT_GIVEN_THERE(
      error(
          "SCORECARD_PROFILE_METRIC_NOT_GIVEN_THERE",
          "Chỉ số \"{0}\" không nhập trong hồ sơ cơ quan; chỉ nhập được: {1}",
          "Metric \"{0}\" cannot be given in an agency profile; these can: {1}")),

  /** A profile count whose numerator is above its denominator. */
  PROFILE_NUMERATOR_ABOVE_DENOMINATOR(
      error(
          "SCORECARD_PROFILE_NUMERATOR_ABOVE_DENOMINATOR",
          "Chỉ số {0}: tử số {1} lớn hơn mẫu số {2}",
          "Metric {0}: the numerator {1} is above the denominator {2}"));

  private final DiagnosticTemplate template;

  ScorecardDiagnostics(DiagnosticTemplate template) {
    this.template = template;
  }

  @Override
  public DiagnosticTemplate template() {
    return template;
  }
}
