package org.opendvc.client.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.dossier.DossierStatus;

/**
 * One processing step of a dossier, sent with {@code CapNhatTienDoHoSoMC} (cập nhật tiến độ), in
 * batches of at most ten.
 *
 * <p>A step is identified by its dossier, time, status and content: the outbox uses {@link
 * #sameStepAs(ProgressRecord)} to recognise a step the portal already holds.
 *
 * @param dossierCode {@code MaHoSo}; required
 * @param handler {@code NguoiXuLy}: the official's name (50 characters at most in the Thanh Hóa
 *     system); personal
 * @param handlerTitle {@code ChucDanh}: the official's title
 * @param handledAt {@code ThoiDiemXuLy}: when the step happened; required
 * @param department {@code PhongBanXuLy}
 * @param content {@code NoiDungXuLy}: what was done
 * @param status {@code TrangThai}: the dossier's status after the step; required
 * @param startedAt {@code NgayBatDau}
 * @param dueAt {@code NgayKetThucTheoQuyDinh}: when the step is due by law
 */
public record ProgressRecord(
    @JsonProperty("MaHoSo") String dossierCode,
    @JsonProperty("NguoiXuLy") @Nullable String handler,
    @JsonProperty("ChucDanh") @Nullable String handlerTitle,
    @JsonProperty("ThoiDiemXuLy") Instant handledAt,
    @JsonProperty("PhongBanXuLy") @Nullable String department,
    @JsonProperty("NoiDungXuLy") @Nullable String content,
    @JsonProperty("TrangThai") DossierStatus status,
    @JsonProperty("NgayBatDau") @Nullable Instant startedAt,
    @JsonProperty("NgayKetThucTheoQuyDinh") @Nullable Instant dueAt) {

  /** Checks the required members. */
  public ProgressRecord {
    Objects.requireNonNull(dossierCode, "dossierCode");
    Objects.requireNonNull(handledAt, "handledAt");
    Objects.requireNonNull(status, "status");
  }

  /** A step with only the required members and the content. */
  public static ProgressRecord of(
      String dossierCode, Instant handledAt, DossierStatus status, @Nullable String content) {
    return new ProgressRecord(
        dossierCode, null, null, handledAt, null, content, status, null, null);
  }

  /**
   * Whether {@code other} is the same step: same dossier, time (to the second, the wire's
   * precision), status and content.
   */
  public boolean sameStepAs(ProgressRecord other) {
    return dossierCode.equals(other.dossierCode)
        && handledAt.getEpochSecond() == other.handledAt.getEpochSecond()
        && status == other.status
        && Objects.equals(content, other.content);
  }

  @Override
  public String toString() {
    return "ProgressRecord[MaHoSo="
        + dossierCode
        + ", TrangThai="
        + status.code()
        + ", ThoiDiemXuLy="
        + handledAt
        + ", NguoiXuLy="
        + Masks.hidden(handler)
        + "]";
  }
}
