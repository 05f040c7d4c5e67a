package org.opendvc.core.scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opendvc.core.LocalizedText;

/**
 * The metrics of the Decision 766 scorecard. Codes are DVCQG's where it has one ({@code
 * PUBLISH_ON_TIME}...); the three groups DVCQG reports as parameter trees have one metric each,
 * named here after the group's endpoint ({@link #DVC_PROGRESS}, {@link #PROVIDE_ONLINE}, {@link
 * #FORMALITY_ONLINE_PAYMENT}: OpenDVC's names, not DVCQG's). Maximum points from the formula
 * workbook extracted in {@code ChippedTopaz/qd766} ({@code docs/metrics.m0.json}).
 */
public enum MetricCode {
  /** TTHC published on time / TTHC that had to be published in the period. */
  PUBLISH_ON_TIME(
      ScoreGroup.TRANSPARENCY,
      6,
      MetricSource.PROFILE,
      "Công bố TTHC đúng hạn",
      "Procedures published on time"),
  /** TTHC updated or made public on the national database on time / TTHC that had to be. */
  PUBLIC_UPDATE_ON_TIME(
      ScoreGroup.TRANSPARENCY,
      4,
      MetricSource.PROFILE,
      "Cập nhật, công khai TTHC đúng hạn",
      "Procedures updated and made public on time"),
  /** TTHC published with all required components / TTHC published. */
  PUBLIC_CONTENT_FULL(
      ScoreGroup.TRANSPARENCY,
      2,
      MetricSource.PROFILE,
      "Công khai đầy đủ nội dung TTHC",
      "Procedures published in full"),
  /** Dossiers whose receipt and progress reached DVCQG on time / dossiers handled. */
  DOSSIER_SYNC(
      ScoreGroup.TRANSPARENCY,
      6,
      MetricSource.DOSSIERS,
      "Đồng bộ hồ sơ, tiến độ xử lý lên Cổng DVCQG",
      "Dossiers and progress synced to DVCQG on time"),
  /** Done early or on time, plus open within the deadline / handled in the period (tree). */
  DVC_PROGRESS(
      ScoreGroup.PROGRESS,
      20,
      MetricSource.DOSSIERS,
      "Giải quyết hồ sơ đúng hạn",
      "Dossiers handled in time"),
  /** Online dossiers of full-process procedures / their dossiers (tree; rule not established). */
  PROVIDE_ONLINE(
      ScoreGroup.ONLINE_SERVICE,
      12,
      MetricSource.DOSSIERS,
      "Hồ sơ trực tuyến",
      "Dossiers submitted online"),
  /** Completed dossiers with a legally valid electronic result / completed with a document. */
  ORIGINAL_RESULT_AVAILABLE(
      ScoreGroup.DIGITISATION,
      6,
      MetricSource.DOSSIERS,
      "Cấp kết quả điện tử",
      "Electronic results issued"),
  /** Digitised dossiers linked to the owner's list on DVCQG / dossiers received. */
  SO_HOA_GIAY_TO_GIAI_QUYET(
      ScoreGroup.DIGITISATION,
      4,
      MetricSource.DOSSIERS,
      "Số hóa hồ sơ, giấy tờ khi tiếp nhận",
      "Dossiers digitised at receipt"),
  /** Dossiers that reused existing data / dossiers whose components allow it. */
  REUSED_DIGITIZED_DATA(
      ScoreGroup.DIGITISATION,
      2,
      MetricSource.DOSSIERS,
      "Tái sử dụng dữ liệu đã số hóa",
      "Digitised data reused"),
  /** Dossiers fully provided from existing data / dossiers whose components all allow it. */
  SYNCED_WITH_DVCQG_PERSONAL_STORAGE(
      ScoreGroup.DIGITISATION,
      4,
      MetricSource.DOSSIERS,
      "Thay thế hoàn toàn thành phần hồ sơ bằng dữ liệu",
      "Components fully replaced by data"),
  /** Citizens' dossiers that drew on the population database / citizens' dossiers. */
  CITIZEN_DATA_CONNECTED_DOSSIER(
      ScoreGroup.DIGITISATION,
      2,
      MetricSource.DOSSIERS,
      "Hồ sơ khai thác dữ liệu dân cư",
      "Dossiers using population data"),
  /** TTHC whose data fields map to the shared dictionary / all TTHC. */
  CITIZEN_DATA_CONNECTED_FORMALITY(
      ScoreGroup.DIGITISATION,
      2,
      MetricSource.PROFILE,
      "TTHC kết nối dữ liệu dân cư",
      "Procedures mapped to shared data"),
  /** Communes offering electronic certified copies / communes managed. */
  ELECTRONIC_CERTIFIED_COPY(
      ScoreGroup.DIGITISATION,
      2,
      MetricSource.PROFILE,
      "Chứng thực bản sao điện tử",
      "Electronic certified copies"),
  /** Dossiers paid online / dossiers with a fee (tree). */
  FORMALITY_ONLINE_PAYMENT(
      ScoreGroup.ONLINE_PAYMENT, 10, MetricSource.DOSSIERS, "Thanh toán trực tuyến", "Paid online"),
  /** (Handled − rated unsatisfied, complained about or late) / handled. */
  DOSSIER_RECEIVING_SATISFACTION(
      ScoreGroup.SATISFACTION,
      6,
      MetricSource.DOSSIERS,
      "Mức độ hài lòng về tiếp nhận, giải quyết hồ sơ",
      "Satisfaction with the handling of dossiers"),
  /** Feedback items handled in time, plus open within the deadline / received. */
  PETITION_PROCESSING_ON_TIME(
      ScoreGroup.SATISFACTION,
      6,
      MetricSource.PROFILE,
      "Xử lý phản ánh, kiến nghị đúng hạn",
      "Feedback handled in time"),
  /** (Feedback items − rated unsatisfied, re-raised or overdue) / handled. */
  PETITION_HANDLING_SATISFACTION(
      ScoreGroup.SATISFACTION,
      6,
      MetricSource.PROFILE,
      "Mức độ hài lòng về xử lý phản ánh, kiến nghị",
      "Satisfaction with the handling of feedback"),
  /** Feedback about procedures: for information, no points. */
  PETITION_CLASSIFICATION_TTHC(
      ScoreGroup.SATISFACTION,
      0,
      MetricSource.PROFILE,
      "Phản ánh, kiến nghị về TTHC",
      "Feedback about procedures"),
  /** Feedback about staff: for information, no points. */
  PETITION_CLASSIFICATION_STAFF(
      ScoreGroup.SATISFACTION,
      0,
      MetricSource.PROFILE,
      "Phản ánh, kiến nghị về cán bộ",
      "Feedback about staff");

  private final ScoreGroup group;
  private final int maxScore;
  private final MetricSource source;
  private final LocalizedText title;

  MetricCode(ScoreGroup group, int maxScore, MetricSource source, String vi, String en) {
    this.group = group;
    this.maxScore = maxScore;
    this.source = source;
    this.title = LocalizedText.of(vi, en);
  }

  /** The group the metric belongs to. */
  public ScoreGroup group() {
    return group;
  }

  /** The points the decision gives it; 0 for the two informational metrics. */
  public int maxScore() {
    return maxScore;
  }

  /** Where its numbers come from. */
  public MetricSource source() {
    return source;
  }

  /** The metric's name. */
  public LocalizedText title() {
    return title;
  }

  /** The metrics of {@code group}, in order. */
  public static List<MetricCode> of(ScoreGroup group) {
    List<MetricCode> metrics = new ArrayList<>();
    for (MetricCode code : values()) {
      if (code.group == group) {
        metrics.add(code);
      }
    }
    return List.copyOf(metrics);
  }

  /** The metric with the code {@code name}, ignoring case. */
  public static Optional<MetricCode> fromCode(String name) {
    String wanted = name.strip().toUpperCase(Locale.ROOT);
    for (MetricCode code : values()) {
      if (code.name().equals(wanted)) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }
}
