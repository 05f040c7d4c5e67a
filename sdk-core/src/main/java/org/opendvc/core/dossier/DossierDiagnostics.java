package org.opendvc.core.dossier;

import static org.opendvc.core.diagnostic.DiagnosticTemplate.error;

import org.opendvc.core.diagnostic.DiagnosticKind;
import org.opendvc.core.diagnostic.DiagnosticTemplate;

/**
 * Problems with dossiers: moves the lifecycle refuses, and dossier files (JSON Lines) whose content
 * does not hold together.
 *
 * <p>Arguments are dossier codes, statuses, indexes and counts, never personal data.
 */
public enum DossierDiagnostics implements DiagnosticKind {
  /** A move between two statuses that {@link StatusTransitions} does not allow. */
  TRANSITION_NOT_ALLOWED(
      error(
          "DOSSIER_TRANSITION_NOT_ALLOWED",
          "Hồ sơ {0}: không thể chuyển từ trạng thái {1} sang {2}; từ {1} chỉ có thể chuyển"
              + " sang {3}",
          "Dossier {0}: cannot move from {1} to {2}; from {1} it may only move to {3}")),

  /** A move out of a final status. */
  FINAL_STATUS(
      error(
          "DOSSIER_FINAL_STATUS",
          "Hồ sơ {0} đã ở trạng thái cuối {1}: không thể chuyển sang {2}",
          "Dossier {0} is in the final status {1}: it cannot move to {2}")),

  /** An operation that needs the dossier in another status. */
  WRONG_STATUS(
      error(
          "DOSSIER_WRONG_STATUS",
          "Hồ sơ {0} đang ở trạng thái {1}; thao tác \"{2}\" chỉ thực hiện được ở trạng thái {3}",
          "Dossier {0} is {1}; \"{2}\" can only be done when it is {3}")),

  /** An event dated before the one before it. */
  EVENT_BEFORE_PREVIOUS(
      error(
          "DOSSIER_EVENT_BEFORE_PREVIOUS",
          "Hồ sơ {0}: sự kiện lúc {1} sớm hơn sự kiện trước đó lúc {2}; nhật ký chỉ được ghi"
              + " thêm theo thứ tự thời gian",
          "Dossier {0}: an event at {1} is earlier than the one before it, at {2}; the log only"
              + " grows forward in time")),

  /** The log is empty or does not open with the submission. */
  LOG_NOT_OPENED_BY_SUBMISSION(
      error(
          "DOSSIER_LOG_NOT_OPENED_BY_SUBMISSION",
          "Hồ sơ {0}: nhật ký phải mở đầu bằng sự kiện nộp hồ sơ (from rỗng, to SUBMITTED)",
          "Dossier {0}: the log must open with the submission (no from, to SUBMITTED)")),

  /** An event starts from another status than the one the previous event left. */
  LOG_BROKEN(
      error(
          "DOSSIER_LOG_BROKEN",
          "Hồ sơ {0}: sự kiện {1} bắt đầu từ {2}, nhưng sự kiện trước đưa hồ sơ sang {3}",
          "Dossier {0}: event {1} starts from {2}, but the event before left the dossier {3}")),

  /** The status member does not match the last event. */
  STATUS_MISMATCH(
      error(
          "DOSSIER_STATUS_MISMATCH",
          "Hồ sơ {0}: trạng thái ghi là {1} nhưng sự kiện cuối cùng đưa hồ sơ sang {2}",
          "Dossier {0}: the status says {1} but the last event left it {2}")),

  /** A due date before the receipt. */
  DUE_BEFORE_RECEIPT(
      error(
          "DOSSIER_DUE_BEFORE_RECEIPT",
          "Hồ sơ {0}: ngày hẹn trả {1} sớm hơn lúc tiếp nhận {2}",
          "Dossier {0}: the due date {1} is before the receipt at {2}")),

  /** A due date on a dossier never received. */
  DUE_WITHOUT_RECEIPT(
      error(
          "DOSSIER_DUE_WITHOUT_RECEIPT",
          "Hồ sơ {0} có ngày hẹn trả nhưng chưa từng được tiếp nhận",
          "Dossier {0} has a due date but was never received")),

  /** A sync covers more events than the log has, or fewer than an earlier sync. */
  SYNC_OUT_OF_RANGE(
      error(
          "DOSSIER_SYNC_OUT_OF_RANGE",
          "Hồ sơ {0}: lần đồng bộ {1} bao gồm {2} sự kiện; phải từ {3} đến {4} (số sự kiện của"
              + " nhật ký, không ít hơn lần trước)",
          "Dossier {0}: sync {1} covers {2} events; it must be {3} to {4} (at most the events"
              + " logged, no fewer than the sync before)")),

  /** A sync dated before the last event it covers. */
  SYNC_BEFORE_EVENT(
      error(
          "DOSSIER_SYNC_BEFORE_EVENT",
          "Hồ sơ {0}: lần đồng bộ {1} lúc {2} sớm hơn sự kiện cuối cùng nó bao gồm, lúc {3}",
          "Dossier {0}: sync {1} at {2} is earlier than the last event it covers, at {3}")),

  /** A component replaced by an earlier result without the result's code, or the reverse. */
  RESULT_CODE_MISMATCH(
      error(
          "DOSSIER_RESULT_CODE_MISMATCH",
          "Hồ sơ {0}: thành phần {1} phải ghi mã kết quả thay thế (resultCode) khi và chỉ khi được"
              + " thay bằng kết quả trước đó (REPLACED_BY_RESULT)",
          "Dossier {0}: component {1} must carry the replacing result's code (resultCode) exactly"
              + " when it is REPLACED_BY_RESULT")),

  /** An applicant identifier of a kind that cannot identify an owner. */
  IDENTIFIER_KIND_NOT_ALLOWED(
      error(
          "DOSSIER_IDENTIFIER_KIND_NOT_ALLOWED",
          "Chủ hồ sơ không thể được định danh bằng {0}; chỉ dùng được: {1}",
          "An applicant cannot be identified by a {0}; allowed: {1}")),

  /** An actor shaped like a personal number. */
  ACTOR_PERSONAL(
      error(
          "DOSSIER_ACTOR_PERSONAL",
          "Hồ sơ {0}: người thực hiện sự kiện {1} phải là mã cán bộ, \"applicant\" hoặc"
              + " \"system\", không phải số định danh hay số điện thoại",
          "Dossier {0}: the actor of event {1} must be an officer id, \"applicant\" or"
              + " \"system\", not an identity or phone number")),

  /** A rating before the dossier had a result or was refused. */
  RATING_TOO_EARLY(
      error(
          "DOSSIER_RATING_TOO_EARLY",
          "Hồ sơ {0} đang ở trạng thái {1}: chỉ đánh giá được khi đã có kết quả hoặc đã bị từ chối",
          "Dossier {0} is {1}: it can be rated only once it has a result or was refused")),

  /** A supplement answered before it was asked for. */
  SUPPLEMENT_ANSWERED_BEFORE_REQUEST(
      error(
          "DOSSIER_SUPPLEMENT_ANSWERED_BEFORE_REQUEST",
          "Hồ sơ {0}: yêu cầu bổ sung {1} được trả lời lúc {2}, trước khi được yêu cầu lúc {3}",
          "Dossier {0}: supplement {1} was answered at {2}, before it was asked for at {3}")),

  /** A date-time without an offset, or not a date-time at all. */
  INVALID_INSTANT(
      error(
          "DOSSIER_INVALID_INSTANT",
          "\"{0}\" không phải thời điểm có múi giờ, ví dụ 2026-03-09T10:30:00+07:00",
          "\"{0}\" is not a date-time with an offset, such as 2026-03-09T10:30:00+07:00")),

  /** A line of a dossier file is longer than the reader accepts. */
  LINE_TOO_LONG(
      error(
          "DOSSIER_LINE_TOO_LONG",
          "Dòng dài {0} ký tự, quá giới hạn {1} ký tự cho một hồ sơ",
          "The line is {0} characters long, over the {1} a dossier may take"));

  private final DiagnosticTemplate template;

  DossierDiagnostics(DiagnosticTemplate template) {
    this.template = template;
  }

  @Override
  public DiagnosticTemplate template() {
    return template;
  }
}
