package org.opendvc.core.dvcqg;

import static org.opendvc.core.diagnostic.DiagnosticTemplate.error;
import static org.opendvc.core.diagnostic.DiagnosticTemplate.info;
import static org.opendvc.core.diagnostic.DiagnosticTemplate.warning;

import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.DiagnosticTemplate;

/** Problems met while importing a DVCQG procedure package. */
public enum DvcqgDiagnostics implements DiagnosticKind {
  /** An envelope holds several packages. */
  MULTIPLE_PACKAGES(
      error(
          "DVCQG_MULTIPLE_PACKAGES",
          "Tệp chứa {0} gói tin thủ tục; mỗi tệp chỉ nên chứa một gói tin",
          "The file holds {0} procedure packages; put one package in each file")),
  /** The procedure code has an agency suffix; only the national part is kept. */
  CODE_AGENCY_FORM(
      info(
          "DVCQG_CODE_AGENCY_FORM",
          "Mã thủ tục \"{0}\" có phần mã cơ quan; chỉ giữ mã quốc gia {1}",
          "Procedure code \"{0}\" carries an agency suffix; the national code {1} is kept")),
  /** A level code other than 0 to 3. */
  LEVEL_UNKNOWN(
      warning(
          "DVCQG_LEVEL_UNKNOWN",
          "Mã cấp thực hiện \"{0}\" không xác định (0 Bộ, 1 Tỉnh, 2 Huyện, 3 Xã)",
          "Unknown level code \"{0}\" (0 ministry, 1 province, 2 district, 3 commune)")),
  /** A channel code other than 1 to 3. */
  CHANNEL_UNKNOWN(
      warning(
          "DVCQG_CHANNEL_UNKNOWN",
          "Mã kênh \"{0}\" không xác định (1 trực tiếp, 2 trực tuyến, 3 bưu chính)",
          "Unknown channel code \"{0}\" (1 in person, 2 online, 3 postal)")),
  /** A processing time unit that is not recognised. */
  TIME_UNIT_UNKNOWN(
      warning(
          "DVCQG_TIME_UNIT_UNKNOWN",
          "Không nhận ra đơn vị thời gian \"{0}\"",
          "Unrecognised time unit \"{0}\"")),
  /** A number that does not parse. */
  NUMBER_UNPARSEABLE(
      warning("DVCQG_NUMBER_UNPARSEABLE", "\"{0}\" không phải là số", "\"{0}\" is not a number")),
  /** A date that does not parse. */
  DATE_UNPARSEABLE(
      warning(
          "DVCQG_DATE_UNPARSEABLE",
          "Không đọc được ngày \"{0}\"",
          "\"{0}\" is not a date in a known format")),
  /** Several processing-time options on one channel; only the first is modelled. */
  EXTRA_TIME_OPTIONS(
      info(
          "DVCQG_EXTRA_TIME_OPTIONS",
          "Kênh có {0} lựa chọn thời gian; chỉ lựa chọn đầu tiên được dùng để tính hạn, các lựa"
              + " chọn khác được giữ nguyên khi xuất",
          "The channel has {0} processing-time options; only the first is used for deadlines, the"
              + " others are kept on export"));

  private final DiagnosticTemplate template;

  DvcqgDiagnostics(DiagnosticTemplate template) {
    this.template = template;
  }

  @Override
  public DiagnosticTemplate template() {
    return template;
  }
}
