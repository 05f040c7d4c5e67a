package org.opendvc.core.dossier;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A result issued for a dossier (kết quả giải quyết), such as a birth certificate ({@code
 * DanhSachGiayToKetQua[]}).
 *
 * @param code the procedure's result code ({@code MAKETQUA}, {@code MaGiayToKetQua}), when known
 * @param name the document's name
 * @param electronic whether it was issued as a legally valid electronic document (Decree
 *     45/2020/NĐ-CP gives it the value of a paper one); counted by the scorecard's {@code
 *     ORIGINAL_RESULT_AVAILABLE}
 * @param documentId its identifier ({@code GiayToId}), when known
 * @param url where it can be fetched ({@code DuongDanTepTinKetQua}), when known
 * @param issuedAt when it was issued, when known
 */
public record DossierResult(
    @Nullable String code,
    String name,
    boolean electronic,
    @Nullable String documentId,
    @Nullable String url,
    @Nullable Instant issuedAt) {

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public DossierResult {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a result's name must not be blank");
    }
  }
}
