package org.opendvc.core.time;

import static org.opendvc.core.diagnostic.DiagnosticTemplate.error;
import static org.opendvc.core.diagnostic.DiagnosticTemplate.warning;

import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.DiagnosticTemplate;
import org.opendvc.core.law.Laws;

/** Problems in a holiday schedule file ({@code holiday-schedule.schema.json}). */
public enum CalendarDiagnostics implements DiagnosticKind {
  /** A date belongs to another year than the schedule's. */
  DATE_OUTSIDE_YEAR(
      error(
          "CAL_DATE_OUTSIDE_YEAR",
          "Ngày {0} không thuộc năm {1} của lịch nghỉ",
          "{0} is not in {1}, the year of the schedule")),
  /** A date is listed twice, as two days off or as a day off and a working day. */
  DUPLICATE_DATE(
      error("CAL_DUPLICATE_DATE", "Ngày {0} được liệt kê hai lần", "{0} is listed twice")),
  /** The schedule cites no decision. */
  NO_DECISION(
      error(
          "CAL_NO_DECISION",
          "Lịch nghỉ chính thức phải nêu văn bản quyết định (số, cơ quan, ngày ban hành)",
          "An official schedule must cite the document that set it (number, issuer, date)")),
  /** A swapped working day is given in exchange for a day that is not a swapped day off. */
  SWAP_NOT_A_DAY_OFF(
      error(
          "CAL_SWAP_NOT_A_DAY_OFF",
          "Ngày làm bù {0} đổi cho ngày {1}, nhưng {1} không phải ngày nghỉ hoán đổi (SWAPPED) của"
              + " lịch này",
          "Working day {0} is in exchange for {1}, but {1} is not a SWAPPED day off of this"
              + " schedule")),
  /** A swapped day off has no working day in exchange. */
  SWAP_UNMATCHED(
      warning(
          "CAL_SWAP_UNMATCHED",
          "Ngày nghỉ hoán đổi {0} không có ngày làm bù tương ứng; tổng số ngày làm việc sẽ giảm",
          "Swapped day off {0} has no working day in exchange; the year loses a working day")),
  /** A swapped working day is not a Saturday or Sunday, so it changes nothing. */
  WORKING_DAY_NOT_REST_DAY(
      warning(
          "CAL_WORKING_DAY_NOT_REST_DAY",
          "Ngày làm bù {0} không phải thứ Bảy hay Chủ nhật nên vốn đã là ngày làm việc",
          "Working day {0} is not a Saturday or Sunday, so it is a working day already")),
  /** A compensatory or swapped day off falls on a Saturday or Sunday, so it gives no rest. */
  EXTRA_DAY_OFF_ON_REST_DAY(
      warning(
              "CAL_EXTRA_DAY_OFF_ON_REST_DAY",
              "Ngày nghỉ {0} ({1}) rơi vào thứ Bảy hoặc Chủ nhật, vốn là ngày nghỉ hằng tuần",
              "Day off {0} ({1}) falls on a Saturday or Sunday, already a weekly rest day")
          .citing(Laws.LABOUR_CODE_2019.clause(111, 3))),
  /** A holiday the Labour Code fixes is not listed as STATUTORY. */
  STATUTORY_DAY_MISSING(
      warning(
              "CAL_STATUTORY_DAY_MISSING",
              "Lịch nghỉ năm {0} thiếu ngày lễ {1} ({2}); kiểm tra lại ngày tháng",
              "The {0} schedule lacks the holiday {1} ({2}); check the dates")
          .citing(Laws.LABOUR_CODE_2019.clause(112, 1))),
  /** Two schedules were loaded for the same year. */
  DUPLICATE_YEAR(
      warning(
          "CAL_DUPLICATE_YEAR",
          "Đã có lịch nghỉ năm {0}; lịch này thay thế lịch trước",
          "A schedule for {0} is already loaded; this one replaces it"));

  private final DiagnosticTemplate template;

  CalendarDiagnostics(DiagnosticTemplate template) {
    this.template = template;
  }

  @Override
  public DiagnosticTemplate template() {
    return template;
  }
}
