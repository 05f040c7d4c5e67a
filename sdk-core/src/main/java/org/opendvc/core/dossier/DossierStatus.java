package org.opendvc.core.dossier;

import java.util.Locale;
import java.util.Optional;
import org.opendvc.core.LocalizedText;

/**
 * The national dossier status codes (TrangThaiHoSo) reported to DVCQG, 1 to 10.
 *
 * <p>The codes and names are those both working DVCQG integrations use (the Thanh Hóa one-stop
 * system's {@code HoSoEventUtils.GetTenTrangThaiHoSo} and its judicial-record connector). The newer
 * platform names statuses with strings ({@code receiving}, {@code new}, ...); {@link
 * #fromPlatformName(String)} maps them as that system's {@code FormatTrangThaiHoSoDVCQG.cs} does.
 */
public enum DossierStatus {
  /** 1 — submitted, awaiting receipt (mới đăng ký). */
  SUBMITTED(1, "receiving", "Mới đăng ký", "Submitted, awaiting receipt"),
  /** 2 — received (được tiếp nhận). */
  RECEIVED(2, "new", "Được tiếp nhận", "Received"),
  /** 3 — refused at receipt (không được tiếp nhận). */
  REFUSED(3, "denied", "Không được tiếp nhận", "Refused at receipt"),
  /** 4 — processing (đang xử lý). */
  PROCESSING(4, "processing", "Đang xử lý", "Processing"),
  /** 5 — supplement requested (yêu cầu bổ sung giấy tờ). */
  SUPPLEMENT_REQUESTED(5, "waiting", "Yêu cầu bổ sung giấy tờ", "Supplement requested"),
  /** 6 — payment of a financial obligation requested (yêu cầu thực hiện nghĩa vụ tài chính). */
  PAYMENT_REQUESTED(
      6,
      "paying",
      "Yêu cầu thực hiện nghĩa vụ tài chính",
      "Payment of a financial obligation requested"),
  /** 7 — withdrawn by the applicant (công dân yêu cầu rút hồ sơ). */
  WITHDRAWN(7, "cancelled", "Công dân yêu cầu rút hồ sơ", "Withdrawn by the applicant"),
  /** 8 — processing stopped (dừng xử lý). */
  STOPPED(8, "unresolved", "Dừng xử lý", "Processing stopped"),
  /** 9 — processing completed (đã xử lý xong). */
  COMPLETED(9, "releasing", "Đã xử lý xong", "Processing completed"),
  /** 10 — result delivered (đã trả kết quả). */
  RESULT_DELIVERED(10, "done", "Đã trả kết quả", "Result delivered");

  private final int code;
  private final String platformName;
  private final LocalizedText displayName;

  DossierStatus(int code, String platformName, String vi, String en) {
    this.code = code;
    this.platformName = platformName;
    this.displayName = LocalizedText.of(vi, en);
  }

  /** The national code, 1 to 10. */
  public int code() {
    return code;
  }

  /** The newer platform's name for the status, such as {@code processing}. */
  public String platformName() {
    return platformName;
  }

  /** The status's name. */
  public LocalizedText displayName() {
    return displayName;
  }

  /** The status with a national code, if it is one of 1 to 10. */
  public static Optional<DossierStatus> fromCode(int code) {
    return code >= 1 && code <= 10 ? Optional.of(values()[code - 1]) : Optional.empty();
  }

  /**
   * The status a newer-platform name stands for. The platform also uses {@code interoperating} and
   * {@code posting}, which integrators map to code 0 without a known meaning; they give empty here,
   * as does any other name.
   */
  public static Optional<DossierStatus> fromPlatformName(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (DossierStatus status : values()) {
      if (status.platformName.equals(wanted)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /** Whether no transition leaves this status. */
  public boolean isFinal() {
    return this == REFUSED || this == WITHDRAWN || this == RESULT_DELIVERED;
  }

  /**
   * Whether the deadline clock is stopped: time spent waiting for the applicant to supplement the
   * dossier or to pay does not count against the processing time.
   */
  public boolean stopsTheClock() {
    return this == SUPPLEMENT_REQUESTED || this == PAYMENT_REQUESTED;
  }

  /**
   * The group DVCQG's Decision 766 statistics put the status in (the Thanh Hóa system's {@code
   * QuyetDinh766ChiTieuTienDoWhereBuilder.cs}): in progress {2, 4}, finished {7, 9, 10}, waiting
   * {5, 6, 8}; 1 and 3 belong to none.
   */
  public StatusGroup group() {
    return switch (this) {
      case RECEIVED, PROCESSING -> StatusGroup.IN_PROGRESS;
      case WITHDRAWN, COMPLETED, RESULT_DELIVERED -> StatusGroup.FINISHED;
      case SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED, STOPPED -> StatusGroup.WAITING;
      case SUBMITTED, REFUSED -> StatusGroup.NONE;
    };
  }

  /** How Decision 766 statistics group statuses. */
  public enum StatusGroup {
    /** Received or processing. */
    IN_PROGRESS,
    /** Withdrawn, completed or delivered. */
    FINISHED,
    /** Waiting for a supplement or a payment, or stopped. */
    WAITING,
    /** Not counted in any group (awaiting receipt, refused). */
    NONE
  }
}
