package org.opendvc.core.dossier;

import static org.opendvc.core.dossier.DossierStatus.PAYMENT_REQUESTED;
import static org.opendvc.core.dossier.DossierStatus.SUPPLEMENT_REQUESTED;

import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;

/**
 * What an event of the dossier's log did, named from the move it made: the content of a progress
 * step ({@code NoiDungXuLy}) and of people's reports.
 */
public enum DossierAction {
  /** The applicant submitted the dossier (nộp hồ sơ). */
  SUBMIT("Nộp hồ sơ", "Dossier submitted"),
  /** The agency received it (tiếp nhận hồ sơ). */
  RECEIVE("Tiếp nhận hồ sơ", "Dossier received"),
  /** The agency refused it at receipt (từ chối tiếp nhận). */
  REFUSE("Từ chối tiếp nhận hồ sơ", "Dossier refused at receipt"),
  /** Processing started (chuyển xử lý). */
  START_PROCESSING("Chuyển xử lý hồ sơ", "Processing started"),
  /** The agency asked for a supplement (yêu cầu bổ sung). */
  REQUEST_SUPPLEMENT("Yêu cầu bổ sung hồ sơ", "Supplement requested"),
  /** The applicant supplied what was asked (bổ sung hồ sơ). */
  SUPPLEMENT("Công dân bổ sung hồ sơ", "Supplement provided"),
  /** The agency asked for a payment (yêu cầu thực hiện nghĩa vụ tài chính). */
  REQUEST_PAYMENT("Yêu cầu thực hiện nghĩa vụ tài chính", "Payment requested"),
  /** The applicant paid (thực hiện nghĩa vụ tài chính). */
  PAY("Công dân thực hiện nghĩa vụ tài chính", "Payment made"),
  /** The applicant withdrew the dossier (rút hồ sơ). */
  WITHDRAW("Công dân rút hồ sơ", "Dossier withdrawn"),
  /** The agency stopped processing (dừng xử lý). */
  STOP("Dừng xử lý hồ sơ", "Processing stopped"),
  /** Processing completed (xử lý xong). */
  COMPLETE("Hoàn thành xử lý hồ sơ", "Processing completed"),
  /** The result was handed over (trả kết quả). */
  DELIVER_RESULT("Trả kết quả", "Result delivered");

  private final LocalizedText description;

  DossierAction(String vi, String en) {
    this.description = LocalizedText.of(vi, en);
  }

  /** What was done, in Vietnamese and English. */
  public LocalizedText description() {
    return description;
  }

  /**
   * The action a move from {@code from} (null for the submission) to {@code to} stands for. Moves
   * out of a wait for a supplement are {@link #SUPPLEMENT}, out of a wait for a payment into
   * processing {@link #PAY}.
   */
  public static DossierAction of(@Nullable DossierStatus from, DossierStatus to) {
    return switch (to) {
      case SUBMITTED -> from == null ? SUBMIT : SUPPLEMENT;
      case RECEIVED -> from == SUPPLEMENT_REQUESTED ? SUPPLEMENT : RECEIVE;
      case REFUSED -> REFUSE;
      case PROCESSING ->
          from == SUPPLEMENT_REQUESTED
              ? SUPPLEMENT
              : from == PAYMENT_REQUESTED ? PAY : START_PROCESSING;
      case SUPPLEMENT_REQUESTED -> REQUEST_SUPPLEMENT;
      case PAYMENT_REQUESTED -> REQUEST_PAYMENT;
      case WITHDRAWN -> WITHDRAW;
      case STOPPED -> STOP;
      case COMPLETED -> COMPLETE;
      case RESULT_DELIVERED -> DELIVER_RESULT;
    };
  }
}
