package org.opendvc.rules;

import static org.opendvc.core.diagnostic.DiagnosticTemplate.error;
import static org.opendvc.core.diagnostic.DiagnosticTemplate.info;
import static org.opendvc.core.diagnostic.DiagnosticTemplate.warning;

import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.DiagnosticTemplate;
import org.opendvc.core.law.Laws;

/**
 * Once-only problems in a procedure definition (nguyên tắc "chỉ cung cấp thông tin một lần"):
 * asking applicants for what the state already holds, or for papers that no longer exist. Decree
 * 45/2020/ND-CP forbids asking organisations and individuals again for data the processing agency
 * manages or other agencies can share.
 */
public enum OnceOnlyDiagnostics implements DiagnosticKind {
  /** A component asks for a paper that has been abolished. */
  ABOLISHED_DOCUMENT(
      error(
          "ONCE_ONLY_ABOLISHED_DOCUMENT",
          "Thành phần \"{0}\" yêu cầu {1}, giấy tờ đã bị bãi bỏ từ ngày {2}; bỏ thành phần này"
              + " và khai thác thông tin từ cơ sở dữ liệu",
          "Component \"{0}\" asks for the {1}, abolished on {2}; drop it and use the database"
              + " instead")),
  /** A component asks for a document a registry holds. */
  DOCUMENT_HELD_BY_REGISTRY(
      warning(
              "ONCE_ONLY_DOCUMENT_HELD_BY_REGISTRY",
              "Thành phần \"{0}\" ({1}) đã có trong cơ sở dữ liệu {2}: khai thác thay vì yêu cầu nộp",
              "Component \"{0}\" ({1}) is held by registry {2}: fetch it instead of asking for it")
          .citing(Laws.DECREE_45_2020)),
  /**
   * A component is the result of another procedure, but the definition does not say which result
   * replaces it ({@code MA_KQ_THAYTHE}).
   */
  EARLIER_RESULT_NOT_DECLARED(
      warning(
              "ONCE_ONLY_EARLIER_RESULT_NOT_DECLARED",
              "Thành phần \"{0}\" ({1}) là kết quả của thủ tục {2}; khai báo replaceableByResult"
                  + " (MA_KQ_THAYTHE) để lấy từ kho dữ liệu điện tử",
              "Component \"{0}\" ({1}) is the result of procedure {2}; declare replaceableByResult"
                  + " (MA_KQ_THAYTHE) so it is taken from the e-document warehouse")
          .citing(Laws.DECREE_45_2020)),
  /** A component an earlier result replaces: it must be fetched before it is asked for. */
  REPLACEABLE_BY_RESULT(
      info(
              "ONCE_ONLY_REPLACEABLE_BY_RESULT",
              "Thành phần \"{0}\" được thay bằng kết quả {1}: lấy kết quả này từ kho dữ liệu điện"
                  + " tử khi người nộp đã có, chỉ yêu cầu nộp khi không có",
              "Component \"{0}\" is replaced by result {1}: take it from the e-document warehouse"
                  + " when the applicant has it, and ask only when not")
          .citing(Laws.DECREE_45_2020)),
  /** Every data element a component carries is held by registries. */
  DATA_HELD_BY_REGISTRY(
      warning(
              "ONCE_ONLY_DATA_HELD_BY_REGISTRY",
              "Mọi dữ liệu của thành phần \"{0}\" ({1}) đã có trong cơ sở dữ liệu {2}: khai thác"
                  + " thay vì yêu cầu nộp",
              "Every data element of component \"{0}\" ({1}) is held by registry {2}: fetch it"
                  + " instead of asking for it")
          .citing(Laws.DECREE_45_2020));

  private final DiagnosticTemplate template;

  OnceOnlyDiagnostics(DiagnosticTemplate template) {
    this.template = template;
  }

  @Override
  public DiagnosticTemplate template() {
    return template;
  }
}
