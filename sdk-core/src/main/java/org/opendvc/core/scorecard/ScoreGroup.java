package org.opendvc.core.scorecard;

import org.opendvc.core.LocalizedText;

/**
 * The six groups of the Decision 766 scorecard, 100 points in all, as DVCQG computes them live (one
 * reporting endpoint per group under {@code dichvucong.gov.vn/api/v1/reporting/evaluation/};
 * sources: the {@code ChippedTopaz/qd766} formula extract and {@code duynghiaqn/Crawler-766}).
 */
public enum ScoreGroup {
  /** Công khai, minh bạch: 18 points. */
  TRANSPARENCY(
      "transparency", "transparency", 18, "Công khai, minh bạch", "Publicity and transparency"),
  /** Tiến độ giải quyết: 20 points. */
  PROGRESS("progress", "dvc-progress-tree", 20, "Tiến độ giải quyết", "Processing progress"),
  /** Dịch vụ công trực tuyến: 12 points. */
  ONLINE_SERVICE(
      "onlineService",
      "provide-online-tree",
      12,
      "Dịch vụ công trực tuyến",
      "Online public services"),
  /** Số hóa hồ sơ: 22 points. */
  DIGITISATION("digitisation", "dossier-digitized", 22, "Số hóa hồ sơ", "Dossier digitisation"),
  /** Thanh toán trực tuyến: 10 points. */
  ONLINE_PAYMENT(
      "onlinePayment",
      "formality-online-payment-tree",
      10,
      "Thanh toán trực tuyến",
      "Online payment"),
  /** Mức độ hài lòng: 18 points. */
  SATISFACTION("satisfaction", "handling-satisfaction", 18, "Mức độ hài lòng", "Satisfaction");

  private final String id;
  private final String endpoint;
  private final int maxScore;
  private final LocalizedText title;

  ScoreGroup(String id, String endpoint, int maxScore, String vi, String en) {
    this.id = id;
    this.endpoint = endpoint;
    this.maxScore = maxScore;
    this.title = LocalizedText.of(vi, en);
  }

  /** The name in OpenDVC's JSON output, such as {@code onlineService}. */
  public String id() {
    return id;
  }

  /** DVCQG's reporting endpoint for the group, such as {@code provide-online-tree}. */
  public String endpoint() {
    return endpoint;
  }

  /** The points the decision gives the group. */
  public int maxScore() {
    return maxScore;
  }

  /** The group's name. */
  public LocalizedText title() {
    return title;
  }
}
