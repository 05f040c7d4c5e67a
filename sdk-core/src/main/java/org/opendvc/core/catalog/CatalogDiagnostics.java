package org.opendvc.core.catalog;

import static org.opendvc.core.diagnostic.DiagnosticTemplate.error;
import static org.opendvc.core.diagnostic.DiagnosticTemplate.warning;

import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.DiagnosticTemplate;

/** Problems that only show when procedures are looked at together. */
public enum CatalogDiagnostics implements DiagnosticKind {
  /** Two definitions of one procedure apply on the same day. */
  DUPLICATE_CODE(
      error(
          "CATALOG_DUPLICATE_CODE",
          "Thủ tục {0} đã được định nghĩa trong {1} cho cùng thời gian hiệu lực",
          "Procedure {0} is already defined in {1} for an overlapping period")),
  /** A link to a procedure the catalogue does not hold. */
  LINK_UNRESOLVED(
      warning(
          "CATALOG_LINK_UNRESOLVED",
          "Thủ tục liên kết {0} không có trong danh mục",
          "Linked procedure {0} is not in the catalogue")),
  /** A replacing result that no procedure in the catalogue produces. */
  REPLACEMENT_UNRESOLVED(
      warning(
          "CATALOG_REPLACEMENT_UNRESOLVED",
          "Không thủ tục nào trong danh mục có kết quả mã {0} để thay thế giấy tờ này",
          "No procedure in the catalogue produces result {0} to replace this document")),
  /** A path given on the command line or to the loader does not exist. */
  PATH_NOT_FOUND(
      error(
          "CATALOG_PATH_NOT_FOUND",
          "Không tìm thấy tệp hoặc thư mục {0}",
          "No file or folder {0}"));

  private final DiagnosticTemplate template;

  CatalogDiagnostics(DiagnosticTemplate template) {
    this.template = template;
  }

  @Override
  public DiagnosticTemplate template() {
    return template;
  }
}
