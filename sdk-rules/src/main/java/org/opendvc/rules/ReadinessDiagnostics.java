package org.opendvc.rules;

import static org.opendvc.core.diagnostic.DiagnosticTemplate.warning;

import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.DiagnosticTemplate;
import org.opendvc.core.law.Laws;

/**
 * Why a procedure cannot be offered full-process online (toàn trình): under Decree 42/2022/ND-CP
 * information, submission, processing and the result all happen online, the result possibly by
 * public post. Reported as warnings: a procedure may lawfully be partial.
 */
public enum ReadinessDiagnostics implements DiagnosticKind {
  /** No online channel. */
  NO_ONLINE_CHANNEL(
      warning(
              "RULES_READINESS_NO_ONLINE_CHANNEL",
              "Không có cách thức nộp trực tuyến",
              "There is no online channel")
          .citing(Laws.DECREE_42_2022)),
  /** The definition itself declares the partial level. */
  DECLARED_PARTIAL(
      warning(
              "RULES_READINESS_DECLARED_PARTIAL",
              "Định nghĩa khai báo mức dịch vụ công trực tuyến một phần",
              "The definition declares the partial online service level")
          .citing(Laws.DECREE_42_2022)),
  /** A component needs a paper original that cannot be fetched or filled in online. */
  COMPONENT_NEEDS_PAPER(
      warning(
              "RULES_READINESS_COMPONENT_NEEDS_PAPER",
              "Thành phần \"{0}\" yêu cầu bản chính giấy, không có biểu mẫu điện tử và không khai"
                  + " thác được từ cơ sở dữ liệu; cho phép bản sao điện tử hoặc khai thác dữ liệu",
              "Component \"{0}\" needs a paper original, has no e-form and cannot be fetched; accept"
                  + " an electronic copy or fetch the data")
          .citing(Laws.DECREE_45_2020)),
  /** A fee is due online but cannot be paid online. */
  NO_ONLINE_PAYMENT(
      warning(
              "RULES_READINESS_NO_ONLINE_PAYMENT",
              "Có phí, lệ phí nhưng không thanh toán trực tuyến được",
              "A fee is due but cannot be paid online")
          .citing(Laws.DECREE_42_2022)),
  /** A result is not issued electronically. */
  RESULT_NOT_ELECTRONIC(
      warning(
              "RULES_READINESS_RESULT_NOT_ELECTRONIC",
              "Kết quả \"{0}\" không được cấp dưới dạng điện tử",
              "Result \"{0}\" is not issued electronically")
          .citing(Laws.DECREE_42_2022)),
  /** A step still needs the applicant in person. */
  IN_PERSON_STEP(
      warning(
              "RULES_READINESS_IN_PERSON_STEP",
              "Bước \"{0}\" vẫn cần người nộp có mặt trực tiếp",
              "Step \"{0}\" still needs the applicant in person")
          .citing(Laws.DECREE_42_2022));

  private final DiagnosticTemplate template;

  ReadinessDiagnostics(DiagnosticTemplate template) {
    this.template = template;
  }

  @Override
  public DiagnosticTemplate template() {
    return template;
  }
}
