package org.opendvc.core.dossier;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A request to supplement a dossier (yêu cầu bổ sung hồ sơ) and its answer ({@code
 * DanhSachHoSoBoSung[]}). While it is open the processing clock stands still: the due date moves by
 * the time spent waiting (see {@link DossierDeadlines}).
 *
 * @param requestedAt when it was asked for
 * @param requestedBy the officer who asked ({@code NguoiYeuCauBoSung}), an officer id
 * @param content what is asked for ({@code NoiDungBoSung}); may be personal, never in {@code
 *     toString()}
 * @param answeredAt when the applicant supplied it ({@code NgayTiepNhanBoSung}); null while open
 * @param receivedBy the officer who took the answer ({@code NguoiTiepNhanBoSung}), an officer id
 * @param previousDueAt the due date when it was asked for ({@code NgayHenTraTruoc}); null before
 *     receipt
 * @param newDueAt the due date once answered ({@code NgayHenTraMoi}); null while open or before
 *     receipt
 */
public record Supplement(
    Instant requestedAt,
    String requestedBy,
    @Nullable String content,
    @Nullable Instant answeredAt,
    @Nullable String receivedBy,
    @Nullable Instant previousDueAt,
    @Nullable Instant newDueAt) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if it was answered before it was asked for
   */
  public Supplement {
    Objects.requireNonNull(requestedAt, "requestedAt");
    Objects.requireNonNull(requestedBy, "requestedBy");
    if (answeredAt != null && answeredAt.isBefore(requestedAt)) {
      throw new IllegalArgumentException("a supplement cannot be answered before it is asked for");
    }
  }

  /** Whether the applicant has not answered yet. */
  public boolean isOpen() {
    return answeredAt == null;
  }

  @Override
  public String toString() {
    return "Supplement[requestedAt="
        + requestedAt
        + ", requestedBy="
        + requestedBy
        + ", content="
        + (content == null ? "null" : "***")
        + ", answeredAt="
        + answeredAt
        + ", newDueAt="
        + newDueAt
        + "]";
  }
}
