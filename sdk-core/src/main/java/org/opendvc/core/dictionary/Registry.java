package org.opendvc.core.dictionary;

import org.opendvc.core.LocalizedText;

/**
 * The national and sector databases that hold data about citizens, enterprises and property, and
 * the citizen's e-document warehouse on the national portal.
 *
 * <p>Decree 47/2024/NĐ-CP lists the national databases; its annex was not available to us, so the
 * list here is the one seen in working integrations (population, enterprise, civil status, land,
 * insurance, judicial records, driving licences).
 */
public enum Registry {
  /** National Population Database (Ministry of Public Security). */
  POPULATION(LocalizedText.of("Cơ sở dữ liệu quốc gia về dân cư", "National Population Database")),
  /** National Enterprise Registration Database. */
  ENTERPRISE(
      LocalizedText.of(
          "Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp",
          "National Enterprise Registration Database")),
  /** National electronic civil status database (Ministry of Justice). */
  CIVIL_STATUS(
      LocalizedText.of(
          "Cơ sở dữ liệu hộ tịch điện tử toàn quốc", "National Electronic Civil Status Database")),
  /** Land database. */
  LAND(LocalizedText.of("Cơ sở dữ liệu đất đai", "Land Database")),
  /** Insurance database (Social Insurance). */
  INSURANCE(LocalizedText.of("Cơ sở dữ liệu quốc gia về bảo hiểm", "National Insurance Database")),
  /** Judicial records database. */
  JUDICIAL_RECORDS(LocalizedText.of("Cơ sở dữ liệu lý lịch tư pháp", "Judicial Records Database")),
  /** Driving licence database. */
  DRIVING_LICENCE(LocalizedText.of("Cơ sở dữ liệu giấy phép lái xe", "Driving Licence Database")),
  /**
   * The citizen's and organisation's e-document warehouse on the national portal (Kho quản lý dữ
   * liệu điện tử của tổ chức, cá nhân), which holds earlier electronic results.
   */
  E_DOCUMENT_WAREHOUSE(
      LocalizedText.of(
          "Kho quản lý dữ liệu điện tử của tổ chức, cá nhân",
          "Citizen and organisation e-document warehouse"));

  private final LocalizedText displayName;

  Registry(LocalizedText displayName) {
    this.displayName = displayName;
  }

  /** The registry's name. */
  public LocalizedText displayName() {
    return displayName;
  }
}
