package org.opendvc.forms;

import static org.opendvc.core.diagnostic.DiagnosticTemplate.error;
import static org.opendvc.core.diagnostic.DiagnosticTemplate.info;
import static org.opendvc.core.diagnostic.DiagnosticTemplate.warning;

import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.DiagnosticTemplate;
import org.opendvc.core.law.Laws;

/**
 * Problems in a form definition, found by {@link FormLoader} in one pass. Arguments are ids, names,
 * types and counts, never answers.
 */
public enum FormDiagnostics implements DiagnosticKind {
  /** The file is not a form definition. */
  FORMAT_UNKNOWN(
      error(
          "FORM_FORMAT_UNKNOWN",
          "Tệp không phải định nghĩa biểu mẫu OpenDVC ($schema phải kết thúc bằng"
              + " /form.schema.json)",
          "The file is not an OpenDVC form definition ($schema must end with /form.schema.json)")),
  /** The form id is malformed. */
  ID_MALFORMED(
      error(
          "FORM_ID_MALFORMED",
          "Mã biểu mẫu \"{0}\" chỉ được gồm chữ thường không dấu, chữ số, dấu chấm và gạch ngang",
          "The form id \"{0}\" may only hold lower-case letters, digits, dots and hyphens")),
  /** Vietnamese is not among the declared languages. */
  LANGUAGES_WITHOUT_VI(
      error(
          "FORM_LANGUAGES_WITHOUT_VI",
          "Biểu mẫu phải có tiếng Việt trong danh sách ngôn ngữ",
          "Vietnamese must be among the form's languages")),
  /** A text lacks its English version although the form declares English. */
  TRANSLATION_MISSING(
      warning(
          "FORM_TRANSLATION_MISSING",
          "Biểu mẫu khai báo tiếng Anh nhưng nội dung này chưa có bản tiếng Anh",
          "The form declares English but this text has no English version")),
  /** No field at all. */
  NO_FIELDS(error("FORM_NO_FIELDS", "Biểu mẫu không có trường nào", "The form has no field")),
  /** Too many fields. */
  TOO_MANY_FIELDS(
      error(
          "FORM_TOO_MANY_FIELDS",
          "Biểu mẫu có {0} trường, vượt giới hạn {1}",
          "The form has {0} fields, over the limit of {1}")),
  /** Two sections share an id. */
  DUPLICATE_SECTION_ID(
      error(
          "FORM_DUPLICATE_SECTION_ID",
          "Mã phần \"{0}\" bị lặp",
          "Section id \"{0}\" is used twice")),
  /** Two fields share an id. */
  DUPLICATE_FIELD_ID(
      error(
          "FORM_DUPLICATE_FIELD_ID",
          "Mã trường \"{0}\" bị lặp; mã trường phải duy nhất trong cả biểu mẫu",
          "Field id \"{0}\" is used twice; field ids are unique in the whole form")),
  /** A field id is not lower camel case. */
  FIELD_ID_MALFORMED(
      error(
          "FORM_FIELD_ID_MALFORMED",
          "Mã trường \"{0}\" phải viết liền kiểu camelCase, bắt đầu bằng chữ thường, chỉ gồm chữ và"
              + " số không dấu",
          "Field id \"{0}\" must be lower camel case: a lower-case letter, then letters and"
              + " digits")),
  /** A field id is a reserved word of the expression language. */
  FIELD_ID_RESERVED(
      error(
          "FORM_FIELD_ID_RESERVED",
          "Mã trường \"{0}\" trùng với từ khóa hoặc hàm của ngôn ngữ biểu thức",
          "Field id \"{0}\" is a keyword or function of the expression language")),
  /** A repeating group inside another. */
  NESTED_GROUP(
      error(
          "FORM_NESTED_GROUP",
          "Nhóm lặp \"{0}\" nằm trong một nhóm lặp khác; chỉ hỗ trợ một cấp nhóm lặp",
          "Repeating group \"{0}\" is inside another; one level of repeating groups is supported")),
  /** A repeating group without fields. */
  GROUP_WITHOUT_FIELDS(
      error(
          "FORM_GROUP_WITHOUT_FIELDS",
          "Nhóm lặp \"{0}\" không có trường nào",
          "Repeating group \"{0}\" has no field")),
  /** An option that means nothing for the field's type. */
  OPTION_NOT_FOR_TYPE(
      warning(
          "FORM_OPTION_NOT_FOR_TYPE",
          "Thuộc tính \"{0}\" không áp dụng cho trường kiểu {1} và bị bỏ qua",
          "\"{0}\" does not apply to a {1} field and is ignored")),
  /** Limits that contradict each other or exceed what is allowed. */
  RANGE_INVALID(error("FORM_RANGE_INVALID", "Giới hạn không hợp lệ: {0}", "Invalid limits: {0}")),
  /** A media type is malformed. */
  MEDIA_TYPE_MALFORMED(
      error(
          "FORM_MEDIA_TYPE_MALFORMED",
          "\"{0}\" không phải kiểu tệp (media type) hợp lệ, ví dụ application/pdf",
          "\"{0}\" is not a media type such as application/pdf")),
  /** A choice field without a code list. */
  CODE_LIST_MISSING(
      error(
          "FORM_CODE_LIST_MISSING",
          "Trường lựa chọn \"{0}\" chưa chỉ ra danh mục (codeList)",
          "Choice field \"{0}\" names no code list")),
  /** A field names a code list that is not defined. */
  CODE_LIST_UNKNOWN(
      error(
          "FORM_CODE_LIST_UNKNOWN",
          "Danh mục \"{0}\" chưa được khai báo trong codeLists",
          "Code list \"{0}\" is not defined in codeLists")),
  /** Two code lists share an id. */
  DUPLICATE_CODE_LIST(
      error(
          "FORM_DUPLICATE_CODE_LIST",
          "Mã danh mục \"{0}\" bị lặp",
          "Code list id \"{0}\" is used twice")),
  /** A code list without codes. */
  CODE_LIST_EMPTY(
      error(
          "FORM_CODE_LIST_EMPTY",
          "Danh mục \"{0}\" không có mã nào",
          "Code list \"{0}\" is empty")),
  /** Two entries share a code. */
  DUPLICATE_CODE(
      error(
          "FORM_DUPLICATE_CODE",
          "Mã \"{0}\" bị lặp trong danh mục \"{1}\"",
          "Code \"{0}\" appears twice in list \"{1}\"")),
  /** Too many codes. */
  TOO_MANY_CODES(
      error(
          "FORM_TOO_MANY_CODES",
          "Danh mục \"{0}\" có hơn {1} mã",
          "Code list \"{0}\" has more than {1} codes")),
  /** MAP_TO_OTHER without a usable other code. */
  OTHER_CODE_MISSING(
      error(
          "FORM_OTHER_CODE_MISSING",
          "Danh mục \"{0}\" dùng quy tắc MAP_TO_OTHER nhưng otherCode không có hoặc không thuộc"
              + " danh mục",
          "Code list \"{0}\" maps unknown codes to otherCode, which is missing or not in the"
              + " list")),
  /** One registry code translated to two codes. */
  REGISTRY_CODE_AMBIGUOUS(
      error(
          "FORM_REGISTRY_CODE_AMBIGUOUS",
          "Mã \"{0}\" của {1} được ánh xạ tới nhiều mã trong danh mục \"{2}\"",
          "Code \"{0}\" of {1} maps to several codes of list \"{2}\"")),
  /** A subject role declared twice. */
  DUPLICATE_SUBJECT(
      error(
          "FORM_DUPLICATE_SUBJECT",
          "Chủ thể {0} được khai báo hai lần",
          "Subject {0} is declared twice")),
  /** A subject identified by a field that does not exist or does not hold its identifier. */
  SUBJECT_FIELD_INVALID(
      error(
          "FORM_SUBJECT_FIELD_INVALID",
          "Chủ thể {0} được xác định bởi trường \"{1}\", nhưng trường này không tồn tại hoặc không"
              + " gắn với số định danh (mã số doanh nghiệp) của chủ thể đó",
          "Subject {0} is identified by field \"{1}\", which does not exist or is not bound to"
              + " that subject's identifier")),
  /** A binding names a subject the form does not declare. */
  SUBJECT_NOT_DECLARED(
      error(
          "FORM_SUBJECT_NOT_DECLARED",
          "Trường gắn với chủ thể {0} nhưng biểu mẫu chưa khai báo chủ thể này trong subjects",
          "The field is bound to subject {0}, which the form does not declare in subjects")),
  /** A binding to an element the dictionary does not define. */
  BINDING_UNKNOWN_ELEMENT(
      error(
          "FORM_BINDING_UNKNOWN_ELEMENT",
          "Phần tử dữ liệu \"{0}\" không có trong từ điển dữ liệu",
          "Data element \"{0}\" is not in the data dictionary")),
  /** A binding whose element's type does not fit the field's. */
  BINDING_TYPE_MISMATCH(
      error(
          "FORM_BINDING_TYPE_MISMATCH",
          "Trường kiểu {0} không chứa được phần tử \"{1}\" kiểu {2}",
          "A {0} field cannot hold element \"{1}\" of type {2}")),
  /** A binding whose element describes another kind of subject. */
  BINDING_SUBJECT_MISMATCH(
      error(
          "FORM_BINDING_SUBJECT_MISMATCH",
          "Phần tử \"{0}\" mô tả {1}, không phải chủ thể {2}",
          "Element \"{0}\" describes a {1}, not subject {2}")),
  /** A binding outside a repeating group without a subject. */
  BINDING_SUBJECT_MISSING(
      error(
          "FORM_BINDING_SUBJECT_MISSING",
          "Trường gắn với phần tử \"{0}\" nhưng chưa nói về chủ thể nào (subject)",
          "The field is bound to \"{0}\" but names no subject")),
  /** Two fields hold the same element of the same subject. */
  DUPLICATE_BINDING(
      warning(
          "FORM_DUPLICATE_BINDING",
          "Trường \"{0}\" và \"{1}\" cùng gắn với {2} của {3}",
          "Fields \"{0}\" and \"{1}\" are both bound to {2} of {3}")),
  /** Prefill asked for an element no registry holds. */
  BINDING_NO_REGISTRY(
      info(
          "FORM_BINDING_NO_REGISTRY",
          "Không cơ sở dữ liệu nào lưu \"{0}\" nên trường này luôn do người dân nhập",
          "No registry holds \"{0}\", so this field is always typed")),
  /** Once-only: a bound field that a registry could fill is typed by hand. */
  ONCE_ONLY_TYPED_REGISTRY_DATA(
      warning(
              "FORM_ONCE_ONLY_TYPED_REGISTRY_DATA",
              "Trường \"{0}\" bắt người dân nhập lại {1} dù {2} đã lưu; hãy bật điền sẵn"
                  + " (prefill)",
              "Field \"{0}\" makes people type {1} again although {2} holds it; enable prefill")
          .citing(Laws.DECREE_45_2020)),
  /** Once-only: an unbound field asks for what looks like data a registry holds. */
  ONCE_ONLY_UNBOUND_REGISTRY_DATA(
      warning(
              "FORM_ONCE_ONLY_UNBOUND_REGISTRY_DATA",
              "Trường \"{0}\" có vẻ hỏi {1}, dữ liệu mà {2} đã lưu; hãy gắn trường với phần tử"
                  + " \"{3}\" và điền sẵn",
              "Field \"{0}\" seems to ask for {1}, which {2} holds; bind it to \"{3}\" and"
                  + " prefill it")
          .citing(Laws.DECREE_45_2020)),
  /** An expression does not parse. */
  EXPR_SYNTAX(
      error(
          "FORM_EXPR_SYNTAX",
          "Biểu thức {0} của \"{1}\" sai cú pháp: {2}",
          "The {0} expression of \"{1}\" does not parse: {2}")),
  /** An expression is too long. */
  EXPR_TOO_LONG(
      error(
          "FORM_EXPR_TOO_LONG",
          "Biểu thức {0} của \"{1}\" dài hơn {2} ký tự",
          "The {0} expression of \"{1}\" is longer than {2} characters")),
  /** An expression refers to a field that does not exist in its scope. */
  EXPR_UNKNOWN_FIELD(
      error(
          "FORM_EXPR_UNKNOWN_FIELD",
          "Biểu thức {0} của \"{1}\" nhắc tới \"{2}\", không phải trường nào dùng được ở đây{3}",
          "The {0} expression of \"{1}\" refers to \"{2}\", which is no field usable here{3}")),
  /** An expression does not type-check. */
  EXPR_TYPE(
      error(
          "FORM_EXPR_TYPE",
          "Biểu thức {0} của \"{1}\" sai kiểu: {2}",
          "The {0} expression of \"{1}\" has a type error: {2}")),
  /** An expression gives a value of the wrong type. */
  EXPR_WRONG_RESULT_TYPE(
      error(
          "FORM_EXPR_WRONG_RESULT_TYPE",
          "Biểu thức {0} của \"{1}\" phải cho giá trị kiểu {2} nhưng cho kiểu {3}",
          "The {0} expression of \"{1}\" must give a {2} but gives a {3}")),
  /** A literal regular expression is invalid or too large. */
  EXPR_INVALID_REGEX(
      error(
          "FORM_EXPR_INVALID_REGEX",
          "Biểu thức chính quy trong {0} của \"{1}\" không hợp lệ hoặc quá lớn: {2}",
          "The regular expression in the {0} of \"{1}\" is invalid or too large: {2}")),
  /** A literal date is invalid. */
  EXPR_INVALID_DATE(
      error(
          "FORM_EXPR_INVALID_DATE",
          "date(\"{2}\") trong {0} của \"{1}\" không phải ngày dạng YYYY-MM-DD",
          "date(\"{2}\") in the {0} of \"{1}\" is not a date of the form YYYY-MM-DD")),
  /** Expressions depend on each other in a circle. */
  DEPENDENCY_CYCLE(
      error(
          "FORM_DEPENDENCY_CYCLE",
          "Các trường phụ thuộc vòng tròn vào nhau: {0}",
          "Fields depend on each other in a cycle: {0}")),
  /** A field can never be shown. */
  FIELD_UNREACHABLE(
      warning(
          "FORM_FIELD_UNREACHABLE",
          "Trường \"{0}\" không bao giờ được hiển thị vì điều kiện hiển thị luôn sai",
          "Field \"{0}\" is never shown: its relevance is always false")),
  /** A calculated field also has a default, which is never used. */
  CALCULATE_AND_DEFAULT(
      warning(
          "FORM_CALCULATE_AND_DEFAULT",
          "Trường \"{0}\" vừa có công thức tính vừa có giá trị mặc định; giá trị mặc định bị bỏ qua",
          "Field \"{0}\" has both a calculation and a default; the default is ignored")),
  /** A read-only field nothing can fill. */
  READ_ONLY_WITHOUT_VALUE(
      warning(
          "FORM_READ_ONLY_WITHOUT_VALUE",
          "Trường \"{0}\" chỉ đọc nhưng không có công thức, giá trị mặc định hay dữ liệu điền sẵn",
          "Field \"{0}\" is read-only but has no calculation, default or prefill"));

  private final DiagnosticTemplate template;

  FormDiagnostics(DiagnosticTemplate template) {
    this.template = template;
  }

  @Override
  public DiagnosticTemplate template() {
    return template;
  }
}
