package org.opendvc.core.dictionary;

import static org.opendvc.core.diagnostic.DiagnosticTemplate.error;

import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.DiagnosticTemplate;

/** Problems in a data dictionary file. */
public enum DictionaryDiagnostics implements DiagnosticKind {
  /** A data element id is not dot-separated lower camel case. */
  ELEMENT_ID_MALFORMED(
      error(
          "DICT_ELEMENT_ID_MALFORMED",
          "Mã phần tử dữ liệu \"{0}\" phải gồm các từ viết thường nối bằng dấu chấm, ví dụ"
              + " person.fullName",
          "Data element id \"{0}\" must be dot-separated lower camel case words, such as"
              + " person.fullName")),
  /** Two data elements share an id. */
  ELEMENT_DUPLICATE(
      error(
          "DICT_ELEMENT_DUPLICATE",
          "Phần tử dữ liệu \"{0}\" đã được định nghĩa",
          "Data element \"{0}\" is already defined")),
  /** A document type id is not upper snake case. */
  DOCUMENT_TYPE_ID_MALFORMED(
      error(
          "DICT_DOCUMENT_TYPE_ID_MALFORMED",
          "Mã loại giấy tờ \"{0}\" phải viết hoa, nối bằng dấu gạch dưới, ví dụ BIRTH_CERTIFICATE",
          "Document type id \"{0}\" must be upper snake case, such as BIRTH_CERTIFICATE")),
  /** Two document types share an id. */
  DOCUMENT_TYPE_DUPLICATE(
      error(
          "DICT_DOCUMENT_TYPE_DUPLICATE",
          "Loại giấy tờ \"{0}\" đã được định nghĩa",
          "Document type \"{0}\" is already defined")),
  /** A document type refers to a data element that is not defined. */
  UNKNOWN_ELEMENT(
      error(
          "DICT_UNKNOWN_ELEMENT",
          "Phần tử dữ liệu \"{0}\" chưa được định nghĩa trong từ điển",
          "Data element \"{0}\" is not defined in the dictionary"));

  private final DiagnosticTemplate template;

  DictionaryDiagnostics(DiagnosticTemplate template) {
    this.template = template;
  }

  @Override
  public DiagnosticTemplate template() {
    return template;
  }
}
