package org.opendvc.core.place;

import static org.opendvc.core.diagnostic.DiagnosticTemplate.error;
import static org.opendvc.core.diagnostic.DiagnosticTemplate.info;
import static org.opendvc.core.diagnostic.DiagnosticTemplate.warning;

import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.DiagnosticTemplate;
import org.opendvc.core.law.Laws;

/**
 * Problems in a commune dataset ({@code PLACE_...}), and what resolving an address from before 1
 * July 2025 found ({@code PLACE_RESOLVE_...}).
 *
 * <p>Resolution notes take no arguments: they concern a person's address, so their messages say
 * what happened without repeating any part of it.
 */
public enum PlaceDiagnostics implements DiagnosticKind {
  /** The dataset file name ends neither in .csv nor in .json. */
  DATASET_FORMAT_UNKNOWN(
      error(
          "PLACE_DATASET_FORMAT_UNKNOWN",
          "Không nhận ra định dạng của tệp \"{0}\": tên tệp phải kết thúc bằng .csv hoặc .json",
          "Cannot tell the format of \"{0}\": the file name must end in .csv or .json")),
  /** A CSV file cannot be read. */
  CSV_UNREADABLE(
      error(
          "PLACE_CSV_UNREADABLE",
          "Không đọc được tệp CSV: {0}",
          "The CSV file cannot be read: {0}")),
  /** A CSV file has no header line. */
  CSV_EMPTY(
      error(
          "PLACE_CSV_EMPTY",
          "Tệp CSV rỗng: dòng đầu phải là dòng tiêu đề ghi tên các cột",
          "The CSV file is empty: its first line must be the header naming the columns")),
  /** A quoted CSV field is never closed. */
  CSV_QUOTE_UNCLOSED(
      error(
          "PLACE_CSV_QUOTE_UNCLOSED",
          "Dấu ngoặc kép mở ở đây không được đóng",
          "The quote opened here is never closed")),
  /** Text follows the closing quote of a CSV field. */
  CSV_TEXT_AFTER_QUOTE(
      error(
          "PLACE_CSV_TEXT_AFTER_QUOTE",
          "Sau dấu ngoặc kép đóng phải là dấu phẩy hoặc hết dòng; viết \"\" cho một dấu ngoặc kép"
              + " trong giá trị",
          "A closing quote must be followed by a comma or the end of the line; write \"\" for a"
              + " quote inside a value")),
  /** A required CSV column is absent. */
  CSV_COLUMN_MISSING(
      error(
          "PLACE_CSV_COLUMN_MISSING",
          "Thiếu cột bắt buộc \"{0}\"",
          "Required column \"{0}\" is missing")),
  /** A CSV column is not part of the format. */
  CSV_COLUMN_UNKNOWN(
      error(
          "PLACE_CSV_COLUMN_UNKNOWN",
          "Cột \"{0}\" không thuộc định dạng này; cột mở rộng phải bắt đầu bằng x-",
          "Column \"{0}\" is not part of this format; extension columns start with x-")),
  /** A CSV column appears twice in the header. */
  CSV_COLUMN_DUPLICATE(
      error(
          "PLACE_CSV_COLUMN_DUPLICATE",
          "Cột \"{0}\" xuất hiện hai lần trong dòng tiêu đề",
          "Column \"{0}\" appears twice in the header")),
  /** A CSV row has more or fewer fields than the header has columns. */
  CSV_FIELD_COUNT(
      error(
          "PLACE_CSV_FIELD_COUNT",
          "Dòng có {0} trường nhưng dòng tiêu đề có {1} cột",
          "The row has {0} fields but the header has {1} columns")),
  /** A commune code is not five digits. */
  COMMUNE_CODE_MALFORMED(
      error(
              "PLACE_COMMUNE_CODE_MALFORMED",
              "Mã đơn vị hành chính cấp xã \"{0}\" phải gồm đúng 5 chữ số, ví dụ 22333",
              "Commune code \"{0}\" must be exactly 5 digits, such as 22333")
          .citing(Laws.DECISION_19_2025)),
  /** A commune code is defined twice. */
  COMMUNE_DUPLICATE(
      error(
          "PLACE_COMMUNE_DUPLICATE",
          "Xã {0} đã được khai báo ở dòng {1}; mỗi mã khai báo một lần (trong CSV, dòng lặp lại"
              + " mã chỉ để thêm đơn vị cũ, với cùng tên, loại và tỉnh)",
          "Commune {0} is already defined at line {1}; define each code once (in CSV a row may"
              + " repeat a code only to add an earlier unit, with the same name, kind and"
              + " province)")),
  /** A name is blank. */
  NAME_BLANK(error("PLACE_NAME_BLANK", "Tên không được để trống", "The name must not be blank")),
  /** A name starts with the word for its kind of unit. */
  NAME_HAS_UNIT_WORD(
      warning(
          "PLACE_NAME_HAS_UNIT_WORD",
          "Tên \"{0}\" bắt đầu bằng \"{1}\": chỉ ghi tên, loại đơn vị đã ghi ở cột kind",
          "Name \"{0}\" starts with \"{1}\": give the name alone, kind already says what the unit"
              + " is")),
  /** A value is not one of those allowed. */
  VALUE_NOT_ALLOWED(
      error(
          "PLACE_VALUE_NOT_ALLOWED",
          "\"{0}\" không phải giá trị hợp lệ; các giá trị được phép: {1}",
          "\"{0}\" is not an allowed value; allowed: {1}")),
  /** A province code is not one of the 34 in force from 1 July 2025. */
  PROVINCE_UNKNOWN(
      error(
              "PLACE_PROVINCE_UNKNOWN",
              "\"{0}\" không phải mã của một trong 34 tỉnh, thành phố từ ngày 1/7/2025",
              "\"{0}\" is not the code of one of the 34 provinces in force from 1 July 2025")
          .citing(Laws.DECISION_19_2025)),
  /** A province code is one that was in force only until 30 June 2025. */
  PROVINCE_CODE_LEGACY(
      error(
              "PLACE_PROVINCE_CODE_LEGACY",
              "Mã tỉnh {0} ({1}) chỉ dùng đến ngày 30/6/2025; từ ngày 1/7/2025 là {2} ({3})",
              "Province code {0} ({1}) was in force until 30 June 2025; from 1 July 2025 it is"
                  + " {2} ({3})")
          .citing(Laws.DECISION_19_2025)),
  /** An earlier province code is not one of the 63. */
  LEGACY_PROVINCE_UNKNOWN(
      error(
          "PLACE_LEGACY_PROVINCE_UNKNOWN",
          "\"{0}\" không phải mã của một trong 63 tỉnh, thành phố trước ngày 1/7/2025",
          "\"{0}\" is not the code of one of the 63 provinces in force before 1 July 2025")),
  /** An earlier district code is not three digits. */
  DISTRICT_CODE_MALFORMED(
      error(
          "PLACE_DISTRICT_CODE_MALFORMED",
          "Mã quận, huyện cũ \"{0}\" phải gồm đúng 3 chữ số, ví dụ 568",
          "Former district code \"{0}\" must be exactly 3 digits, such as 568")),
  /** An earlier unit has neither a commune code nor a commune name. */
  LEGACY_COMMUNE_MISSING(
      error(
          "PLACE_LEGACY_COMMUNE_MISSING",
          "Đơn vị cũ phải có mã hoặc tên xã",
          "An earlier unit needs a commune code or a commune name")),
  /** An earlier unit lies in an earlier province that did not become the commune's province. */
  LEGACY_PROVINCE_MISMATCH(
      warning(
          "PLACE_LEGACY_PROVINCE_MISMATCH",
          "Tỉnh cũ {0} đã trở thành {1}, không phải {2}: kiểm tra mã tỉnh cũ hoặc mã tỉnh của xã",
          "Earlier province {0} became {1}, not {2}: check the earlier province code or the"
              + " commune's province")),
  /** The same earlier unit is listed twice for one commune. */
  LEGACY_DUPLICATE(
      warning(
          "PLACE_LEGACY_DUPLICATE",
          "Đơn vị cũ {0} đã được liệt kê cho xã này",
          "Earlier unit {0} is already listed for this commune")),
  /** An earlier commune is said to have gone wholly into two current communes. */
  LEGACY_WHOLE_TWICE(
      warning(
          "PLACE_LEGACY_WHOLE_TWICE",
          "Xã cũ {0} được ghi nhập toàn bộ vào cả {1} và {2}; nếu xã đã bị chia, ghi PART",
          "Earlier commune {0} is listed as wholly merged into both {1} and {2}; if it was"
              + " divided, mark it PART")),

  /** The address names no province. */
  RESOLVE_PROVINCE_MISSING(
      warning(
          "PLACE_RESOLVE_PROVINCE_MISSING",
          "Địa chỉ không có mã hoặc tên tỉnh, và không xác định được xã",
          "The address has no province code or name, and no commune could be found")),
  /** The province code is not one of the 63 earlier codes. */
  RESOLVE_PROVINCE_UNKNOWN(
      warning(
          "PLACE_RESOLVE_PROVINCE_UNKNOWN",
          "Mã tỉnh không phải mã của một trong 63 tỉnh, thành phố trước ngày 1/7/2025",
          "The province code is not one of the 63 in force before 1 July 2025")),
  /** The province name matches none of the 63 earlier provinces. */
  RESOLVE_PROVINCE_NAME_UNKNOWN(
      warning(
          "PLACE_RESOLVE_PROVINCE_NAME_UNKNOWN",
          "Tên tỉnh không khớp tỉnh, thành phố nào trước ngày 1/7/2025",
          "The province name matches none of the provinces in force before 1 July 2025")),
  /** The province code and name name different provinces. */
  RESOLVE_PROVINCE_CONFLICT(
      warning(
          "PLACE_RESOLVE_PROVINCE_CONFLICT",
          "Mã tỉnh và tên tỉnh chỉ hai tỉnh khác nhau; đã dùng mã",
          "The province code and name point to different provinces; the code was used")),
  /** The dataset does not know the earlier commune. */
  RESOLVE_COMMUNE_NOT_IN_DATASET(
      info(
          "PLACE_RESOLVE_COMMUNE_NOT_IN_DATASET",
          "Bộ dữ liệu xã không có xã cũ này; chỉ xác định được tỉnh",
          "The commune dataset does not know this earlier commune; only the province was"
              + " resolved")),
  /** The earlier commune code belongs to another province than the one given. */
  RESOLVE_COMMUNE_OUTSIDE_PROVINCE(
      warning(
          "PLACE_RESOLVE_COMMUNE_OUTSIDE_PROVINCE",
          "Mã xã cũ thuộc một tỉnh khác với tỉnh đã cho; chỉ xác định được tỉnh",
          "The earlier commune code belongs to another province than the one given; only the"
              + " province was resolved")),
  /** The earlier commune was divided between several current communes. */
  RESOLVE_COMMUNE_SPLIT(
      warning(
          "PLACE_RESOLVE_COMMUNE_SPLIT",
          "Xã cũ đã được chia cho nhiều xã mới; chọn trong các xã ứng viên theo địa chỉ chi tiết",
          "The earlier commune was divided between several current communes; choose among the"
              + " candidates by the street address")),
  /** Only part of the earlier commune went into the commune found. */
  RESOLVE_COMMUNE_PART(
      info(
          "PLACE_RESOLVE_COMMUNE_PART",
          "Chỉ một phần xã cũ nhập vào xã này; bộ dữ liệu không cho biết phần còn lại đi đâu",
          "Only part of the earlier commune went into this one; the dataset does not say where"
              + " the rest went")),
  /** Several earlier communes of the province have the name given. */
  RESOLVE_COMMUNE_NAME_AMBIGUOUS(
      warning(
          "PLACE_RESOLVE_COMMUNE_NAME_AMBIGUOUS",
          "Trong tỉnh có nhiều xã cũ cùng tên; cho thêm mã xã hoặc quận, huyện",
          "Several earlier communes of the province have this name; give the commune code or"
              + " the district"));

  private final DiagnosticTemplate template;

  PlaceDiagnostics(DiagnosticTemplate template) {
    this.template = template;
  }

  @Override
  public DiagnosticTemplate template() {
    return template;
  }
}
