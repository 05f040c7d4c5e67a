package org.opendvc.core.dossier;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.SubjectRole;

/**
 * One component of a dossier (thành phần hồ sơ) and how it was provided, with the per-file flags
 * DVCQG's dossier sync carries ({@code TaiLieuNop[]}: {@code DuocSoHoa}, {@code DuocTaiSuDung},
 * {@code DuocLayTuKhoDMQG}, {@code MaKetQuaThayThe}).
 *
 * <p>The flags follow from {@link #provision()} the way the once-only check in {@code sdk-rules}
 * sets them: data fetched from a registry or reused from an earlier dossier is <em>reused</em>; a
 * file from the e-document warehouse, or an earlier result that replaces the component, is <em>from
 * the warehouse</em>. Only <em>digitised</em> (a paper scanned at the desk) is recorded separately.
 *
 * @param component the component's code ({@code MAGIAYTO}) or, without one, its name as the
 *     procedure writes it; the same key the once-only check uses
 * @param name the document's name, when it differs from {@code component}
 * @param documentType the document type in the catalogue, when known
 * @param subject whom the document is about
 * @param provision how it was provided
 * @param digitised {@code DuocSoHoa}: the file is a digitised copy made by the agency, or was
 *     electronic from the start
 * @param resultCode {@code MaKetQuaThayThe}: the earlier result used in its place; required when
 *     {@code provision} is {@link ComponentProvision#REPLACED_BY_RESULT}, absent otherwise
 * @param replaceableBy the result code the procedure allows in its place ({@code MA_KQ_THAYTHE}),
 *     kept from the definition so that the scorecard knows which dossiers could reuse data
 * @param fileId the file's identifier in the agency's system ({@code TepDinhKemId})
 * @param fileName the file's name ({@code TenTepDinhKem}); may be personal, never in {@code
 *     toString()}
 * @param url where the file can be fetched ({@code DuongDanTaiTepTin})
 */
public record SubmittedComponent(
    String component,
    @Nullable String name,
    @Nullable String documentType,
    SubjectRole subject,
    ComponentProvision provision,
    boolean digitised,
    @Nullable String resultCode,
    @Nullable String replaceableBy,
    @Nullable String fileId,
    @Nullable String fileName,
    @Nullable String url) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the component is blank, or the result code is missing for a
   *     component replaced by a result or present for one that is not
   */
  public SubmittedComponent {
    Objects.requireNonNull(component, "component");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(provision, "provision");
    if (component.isBlank()) {
      throw new IllegalArgumentException("component must not be blank");
    }
    if ((provision == ComponentProvision.REPLACED_BY_RESULT) != (resultCode != null)) {
      throw new IllegalArgumentException(
          "component "
              + component
              + ": a result code is given exactly when the component is replaced by a result");
    }
  }

  /** A component about the applicant, provided as {@code provision}, nothing else known. */
  public static SubmittedComponent of(String component, ComponentProvision provision) {
    return new SubmittedComponent(
        component,
        null,
        null,
        SubjectRole.APPLICANT,
        provision,
        false,
        null,
        null,
        null,
        null,
        null);
  }

  /** DVCQG's {@code DuocTaiSuDung}: fetched from a registry or reused from an earlier dossier. */
  public boolean reused() {
    return provision == ComponentProvision.FROM_REGISTRY || provision == ComponentProvision.REUSED;
  }

  /**
   * DVCQG's {@code DuocLayTuKhoDMQG}: taken from the e-document warehouse, either as a file or as
   * an earlier result that replaces the component.
   */
  public boolean fromWarehouse() {
    return provision == ComponentProvision.FROM_WAREHOUSE
        || provision == ComponentProvision.REPLACED_BY_RESULT;
  }

  /** Whether the dossier holds the component electronically: digitised, or from existing data. */
  public boolean isElectronic() {
    return digitised || provision.fromExistingData();
  }

  /** Whether the component has been provided at all. */
  public boolean isProvided() {
    return provision != ComponentProvision.NOT_PROVIDED;
  }

  @Override
  public String toString() {
    return "SubmittedComponent["
        + component
        + ", "
        + provision
        + (digitised ? ", digitised" : "")
        + (resultCode == null ? "" : ", resultCode=" + resultCode)
        + (fileName == null ? "" : ", fileName=***")
        + "]";
  }
}
