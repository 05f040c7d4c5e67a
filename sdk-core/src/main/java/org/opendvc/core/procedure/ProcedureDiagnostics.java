package org.opendvc.core.procedure;

import static org.opendvc.core.diagnostic.DiagnosticTemplate.error;
import static org.opendvc.core.diagnostic.DiagnosticTemplate.info;
import static org.opendvc.core.diagnostic.DiagnosticTemplate.warning;

import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.DiagnosticTemplate;
import org.opendvc.core.law.Laws;

/** Problems in a procedure definition, whatever format it was read from. */
public enum ProcedureDiagnostics implements DiagnosticKind {
  /** The file is neither OpenDVC's procedure format nor a DVCQG package. */
  FORMAT_UNKNOWN(
      error(
          "PROC_FORMAT_UNKNOWN",
          "Không nhận ra định dạng: tệp không phải định nghĩa thủ tục OpenDVC hay gói tin thủ tục"
              + " DVCQG",
          "Unrecognised format: the file is neither an OpenDVC procedure nor a DVCQG procedure"
              + " package")),
  /** The definition ends before it starts. */
  EFFECTIVE_DATES_OUT_OF_ORDER(
      error(
          "PROC_EFFECTIVE_DATES_OUT_OF_ORDER",
          "Ngày hết hiệu lực {0} trước ngày có hiệu lực {1}",
          "The definition ends on {0}, before it starts on {1}")),
  /** No effective date: date-dependent checks are skipped. */
  NO_EFFECTIVE_DATE(
      info(
          "PROC_NO_EFFECTIVE_DATE",
          "Không có ngày hiệu lực nên không kiểm tra được cấp thực hiện theo thời điểm",
          "No effective date, so levels of government cannot be checked against time")),
  /** No level of government. */
  NO_LEVELS(
      error(
          "PROC_NO_LEVELS",
          "Chưa khai báo cấp thực hiện",
          "No level of government carries out the procedure")),
  /** The district level is used by a definition that starts after it was abolished. */
  LEVEL_ABOLISHED(
      error(
              "PROC_LEVEL_ABOLISHED",
              "Cấp {0} không còn tồn tại từ ngày {1}, trước ngày định nghĩa có hiệu lực",
              "The {0} level no longer exists from {1}, before this definition takes effect")
          .citing(Laws.DECISION_19_2025)),
  /** The district level is used by a definition that stays in force after its abolition. */
  LEVEL_ABOLISHED_DURING_VALIDITY(
      warning(
              "PROC_LEVEL_ABOLISHED_DURING_VALIDITY",
              "Cấp {0} không còn tồn tại từ ngày {1}, khi định nghĩa vẫn còn hiệu lực; hãy đặt ngày"
                  + " hết hiệu lực hoặc bỏ cấp này",
              "The {0} level no longer exists from {1}, while this definition is still in force;"
                  + " set an end date or drop the level")
          .citing(Laws.DECISION_19_2025)),
  /** A level is listed twice. */
  DUPLICATE_LEVEL(
      warning("PROC_DUPLICATE_LEVEL", "Cấp {0} bị lặp lại", "The {0} level is listed twice")),
  /** No channel. */
  NO_CHANNELS(
      error(
          "PROC_NO_CHANNELS",
          "Chưa khai báo cách thức thực hiện (trực tiếp, trực tuyến, bưu chính)",
          "No channel (in person, online, postal) is declared")),
  /** A channel kind is listed twice. */
  DUPLICATE_CHANNEL(
      error(
          "PROC_DUPLICATE_CHANNEL", "Cách thức {0} bị lặp lại", "The {0} channel is listed twice")),
  /** A channel has no processing time, so no deadline can be computed. */
  CHANNEL_WITHOUT_PROCESSING_TIME(
      warning(
          "PROC_CHANNEL_WITHOUT_PROCESSING_TIME",
          "Cách thức {0} chưa có thời hạn giải quyết nên không tính được hạn trả kết quả",
          "The {0} channel has no processing time, so no due date can be computed")),
  /** A fee without an amount. */
  FEE_WITHOUT_AMOUNT(
      error(
          "PROC_FEE_WITHOUT_AMOUNT",
          "Phí, lệ phí chưa có mức thu; ghi 0 nếu được miễn",
          "The fee has no amount; write 0 for an exemption")),
  /** An online service level is declared but there is no online channel. */
  ONLINE_LEVEL_WITHOUT_ONLINE_CHANNEL(
      error(
              "PROC_ONLINE_LEVEL_WITHOUT_ONLINE_CHANNEL",
              "Khai báo dịch vụ công trực tuyến {0} nhưng không có cách thức trực tuyến",
              "The online service level is {0} but there is no online channel")
          .citing(Laws.DECREE_42_2022)),
  /** No case. */
  NO_CASES(
      error(
          "PROC_NO_CASES",
          "Chưa khai báo thành phần hồ sơ",
          "No case and no dossier components are declared")),
  /** A case without documents. */
  CASE_WITHOUT_DOCUMENTS(
      error(
          "PROC_CASE_WITHOUT_DOCUMENTS",
          "Trường hợp \"{0}\" không có thành phần hồ sơ nào",
          "Case \"{0}\" lists no documents")),
  /** Several cases have no name. */
  UNNAMED_CASES(
      error(
          "PROC_UNNAMED_CASES",
          "Có {0} trường hợp không có tên; khi có nhiều trường hợp, mỗi trường hợp cần một tên",
          "{0} cases have no name; when there are several cases, each needs a name")),
  /** A document code is used twice in a case. */
  DUPLICATE_DOCUMENT_CODE(
      warning(
          "PROC_DUPLICATE_DOCUMENT_CODE",
          "Mã giấy tờ \"{0}\" bị lặp lại trong cùng trường hợp",
          "Document code \"{0}\" is used twice in the same case")),
  /** A component name matches no document type. */
  DOCUMENT_TYPE_UNMATCHED(
      info(
          "PROC_DOCUMENT_TYPE_UNMATCHED",
          "Không nhận ra loại giấy tờ \"{0}\"; khai báo documentType nếu đây là giấy tờ đã biết",
          "\"{0}\" matches no known document type; declare documentType if it is a known one")),
  /** A declared document type is not in the catalogue. */
  DOCUMENT_TYPE_UNKNOWN(
      error(
          "PROC_DOCUMENT_TYPE_UNKNOWN",
          "Loại giấy tờ \"{0}\" không có trong danh mục",
          "Document type \"{0}\" is not in the catalogue")),
  /** A data element is not in the dictionary. */
  DATA_ELEMENT_UNKNOWN(
      error(
          "PROC_DATA_ELEMENT_UNKNOWN",
          "Phần tử dữ liệu \"{0}\" không có trong từ điển dữ liệu",
          "Data element \"{0}\" is not in the data dictionary")),
  /** A result code is used twice. */
  DUPLICATE_RESULT_CODE(
      error(
          "PROC_DUPLICATE_RESULT_CODE",
          "Mã kết quả \"{0}\" bị lặp lại",
          "Result code \"{0}\" is used twice")),
  /** The procedure declares no result. */
  NO_RESULTS(
      warning(
          "PROC_NO_RESULTS",
          "Chưa khai báo kết quả thực hiện",
          "No result of the procedure is declared")),
  /** The legal basis is empty. */
  NO_LEGAL_BASIS(
      warning("PROC_NO_LEGAL_BASIS", "Chưa khai báo căn cứ pháp lý", "No legal basis is declared")),
  /** A legal document takes effect before it is issued. */
  LEGAL_DATES_OUT_OF_ORDER(
      error(
          "PROC_LEGAL_DATES_OUT_OF_ORDER",
          "Văn bản {0} có hiệu lực ngày {1}, trước ngày ban hành {2}",
          "Legal document {0} takes effect on {1}, before it was issued on {2}")),
  /** No implementing agency. */
  NO_IMPLEMENTING_AGENCY(
      warning(
          "PROC_NO_IMPLEMENTING_AGENCY",
          "Chưa khai báo cơ quan thực hiện",
          "No implementing agency is declared")),
  /** A procedure links to itself. */
  SELF_LINK(
      warning(
          "PROC_SELF_LINK",
          "Thủ tục tự liên kết với chính nó ({0})",
          "The procedure links to itself ({0})")),
  /** A procedure is linked twice. */
  DUPLICATE_LINK(
      warning(
          "PROC_DUPLICATE_LINK",
          "Thủ tục {0} được liên kết hai lần",
          "Procedure {0} is linked twice")),
  /** Two requirements share an id. */
  REQUIREMENT_DUPLICATE_ID(
      error(
          "PROC_REQUIREMENT_DUPLICATE_ID",
          "Mã điều kiện \"{0}\" bị lặp lại",
          "Requirement id \"{0}\" is used twice")),
  /** A requirement reads a data element the dictionary does not define. */
  REQUIREMENT_ELEMENT_UNKNOWN(
      error(
          "PROC_REQUIREMENT_ELEMENT_UNKNOWN",
          "Điều kiện đọc phần tử dữ liệu \"{0}\" không có trong từ điển dữ liệu",
          "The requirement reads data element \"{0}\", which is not in the data dictionary")),
  /** A requirement of a kind that reads a named element does not name one. */
  REQUIREMENT_ELEMENT_MISSING(
      error(
          "PROC_REQUIREMENT_ELEMENT_MISSING",
          "Điều kiện loại {0} cần khai báo element (phần tử dữ liệu được xét)",
          "A {0} requirement needs an element (the data element it reads)")),
  /** A requirement lacks a dated parameter its kind needs. */
  REQUIREMENT_PARAMETER_MISSING(
      error(
          "PROC_REQUIREMENT_PARAMETER_MISSING",
          "Điều kiện loại {0} cần tham số {1}",
          "A {0} requirement needs the parameters {1}")),
  /** A requirement lacks the values its kind needs. */
  REQUIREMENT_VALUE_MISSING(
      error(
          "PROC_REQUIREMENT_VALUE_MISSING",
          "Điều kiện loại {0} cần values: {1}",
          "A {0} requirement needs values: {1}")),
  /** A requirement names a document type the catalogue lacks. */
  REQUIREMENT_DOCUMENT_TYPE_UNKNOWN(
      error(
          "PROC_REQUIREMENT_DOCUMENT_TYPE_UNKNOWN",
          "Loại giấy tờ \"{0}\" không có trong danh mục",
          "Document type \"{0}\" is not in the catalogue")),
  /** A fee exemption rests on a requirement the procedure does not declare. */
  REQUIREMENT_BASIS_UNKNOWN(
      error(
          "PROC_REQUIREMENT_BASIS_UNKNOWN",
          "Miễn phí dựa trên điều kiện \"{0}\" không được khai báo trong thủ tục",
          "The fee exemption rests on requirement \"{0}\", which the procedure does not declare")),
  /** A requirement cites no law, so its findings cannot say why. */
  REQUIREMENT_WITHOUT_LEGAL_REFERENCE(
      warning(
          "PROC_REQUIREMENT_WITHOUT_LEGAL_REFERENCE",
          "Điều kiện \"{0}\" chưa dẫn căn cứ pháp lý",
          "Requirement \"{0}\" cites no legal provision")),
  /** A link is not an absolute http(s) URL. */
  URL_MALFORMED(
      warning(
          "PROC_URL_MALFORMED",
          "\"{0}\" không phải địa chỉ http(s) hợp lệ",
          "\"{0}\" is not a valid http(s) URL"));

  private final DiagnosticTemplate template;

  ProcedureDiagnostics(DiagnosticTemplate template) {
    this.template = template;
  }

  @Override
  public DiagnosticTemplate template() {
    return template;
  }
}
