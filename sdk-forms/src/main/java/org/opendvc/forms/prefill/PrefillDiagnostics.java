package org.opendvc.forms.prefill;

import static org.opendvc.core.diagnostic.DiagnosticTemplate.error;
import static org.opendvc.core.diagnostic.DiagnosticTemplate.info;
import static org.opendvc.core.diagnostic.DiagnosticTemplate.warning;

import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.DiagnosticTemplate;

/**
 * What happened while prefilling, and what is wrong with a prefill envelope. Prefill problems are
 * warnings: the person types what could not be fetched. Envelope problems are errors: the server
 * cannot trust the locked values.
 */
public enum PrefillDiagnostics implements DiagnosticKind {
  /** A registry could not be reached. */
  REGISTRY_UNAVAILABLE(
      warning(
          "FORM_PREFILL_REGISTRY_UNAVAILABLE",
          "Không kết nối được {0} để lấy thông tin về {1}; người dân tự nhập các trường này",
          "{0} could not be reached for {1}; these fields are left to type")),
  /** A registry did not answer in time. */
  REGISTRY_TIMEOUT(
      warning(
          "FORM_PREFILL_REGISTRY_TIMEOUT",
          "{0} không trả lời trong {2} ms khi hỏi về {1}; người dân tự nhập các trường này",
          "{0} did not answer within {2} ms for {1}; these fields are left to type")),
  /** A registry refused the request. */
  REGISTRY_REFUSED(
      warning(
          "FORM_PREFILL_REGISTRY_REFUSED",
          "{0} từ chối cung cấp thông tin về {1}",
          "{0} refused to give data about {1}")),
  /** A registry answered something unusable. */
  REGISTRY_MALFORMED(
      warning(
          "FORM_PREFILL_REGISTRY_MALFORMED",
          "Câu trả lời của {0} về {1} không dùng được",
          "The answer of {0} about {1} cannot be used")),
  /** The registry does not know the subject. */
  SUBJECT_NOT_FOUND(
      warning(
          "FORM_PREFILL_SUBJECT_NOT_FOUND",
          "{0} không có thông tin về {1}",
          "{0} holds nothing about {1}")),
  /** The registry knows the subject but not this element. */
  ELEMENT_UNAVAILABLE(
      info(
          "FORM_PREFILL_ELEMENT_UNAVAILABLE",
          "{0} không có \"{2}\" của {1}",
          "{0} has no \"{2}\" for {1}")),
  /** A registry value that does not fit the field. */
  VALUE_UNUSABLE(
      warning(
          "FORM_PREFILL_VALUE_UNUSABLE",
          "Giá trị \"{2}\" của {1} do {0} cung cấp không phù hợp với trường \"{3}\"",
          "The \"{2}\" of {1} given by {0} does not fit field \"{3}\"")),
  /** A registry code that the form's code list does not know. */
  CODE_UNKNOWN(
      warning(
          "FORM_PREFILL_CODE_UNKNOWN",
          "Mã do {0} cung cấp cho \"{2}\" của {1} không có trong danh mục \"{3}\"; đã {4}",
          "The code {0} gave for the \"{2}\" of {1} is not in code list \"{3}\"; it was {4}")),
  /** A field could not be prefilled because its subject is not identified. */
  SUBJECT_NOT_IDENTIFIED(
      info(
          "FORM_PREFILL_SUBJECT_NOT_IDENTIFIED",
          "Chưa biết số định danh của {0} nên chưa điền sẵn được \"{1}\"",
          "The identifier of {0} is not known yet, so \"{1}\" cannot be prefilled")),
  /** The submission should carry a prefill envelope and does not. */
  ENVELOPE_MISSING(
      error(
          "FORM_ENVELOPE_MISSING",
          "Hồ sơ thiếu phong bì điền sẵn (prefill envelope) đã được cấp",
          "The submission lacks the prefill envelope that was issued")),
  /** The envelope cannot be decoded. */
  ENVELOPE_MALFORMED(
      error(
          "FORM_ENVELOPE_MALFORMED",
          "Phong bì điền sẵn không đọc được: {0}",
          "The prefill envelope cannot be read: {0}")),
  /** The envelope was signed with a key the server does not know. */
  ENVELOPE_UNKNOWN_KEY(
      error(
          "FORM_ENVELOPE_UNKNOWN_KEY",
          "Phong bì điền sẵn được ký bằng khóa \"{0}\" không còn hiệu lực",
          "The prefill envelope was signed with key \"{0}\", which is not known")),
  /** The signature does not match: the envelope was altered. */
  ENVELOPE_SIGNATURE_INVALID(
      error(
          "FORM_ENVELOPE_SIGNATURE_INVALID",
          "Chữ ký của phong bì điền sẵn không hợp lệ: phong bì đã bị sửa",
          "The prefill envelope's signature is invalid: it was altered")),
  /** The envelope has expired. */
  ENVELOPE_EXPIRED(
      error(
          "FORM_ENVELOPE_EXPIRED",
          "Phong bì điền sẵn đã hết hạn lúc {0}; hãy tải lại biểu mẫu để lấy lại dữ liệu",
          "The prefill envelope expired at {0}; reload the form to fetch the data again")),
  /** The envelope was issued for another form or version. */
  ENVELOPE_OTHER_FORM(
      error(
          "FORM_ENVELOPE_OTHER_FORM",
          "Phong bì điền sẵn được cấp cho biểu mẫu {0}, không phải {1}",
          "The prefill envelope was issued for form {0}, not {1}")),
  /** The envelope was issued for another person. */
  ENVELOPE_OTHER_SUBJECT(
      error(
          "FORM_ENVELOPE_OTHER_SUBJECT",
          "Phong bì điền sẵn được cấp cho người khác",
          "The prefill envelope was issued for someone else"));

  private final DiagnosticTemplate template;

  PrefillDiagnostics(DiagnosticTemplate template) {
    this.template = template;
  }

  @Override
  public DiagnosticTemplate template() {
    return template;
  }
}
