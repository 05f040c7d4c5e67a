package org.opendvc.core.scorecard;

import org.opendvc.core.LocalizedText;

/** How OpenDVC counts each metric, as the scorecard's notes say it. */
final class ScorecardDefinitions {
  private ScorecardDefinitions() {}

  static final LocalizedText PROGRESS =
      LocalizedText.of(
          "(Hồ sơ giải quyết trước hạn, đúng hạn + đang giải quyết trong hạn) / hồ sơ tiếp nhận,"
              + " giải quyết trong kỳ có thời hạn; thời gian chờ bổ sung, chờ thực hiện nghĩa vụ"
              + " tài chính không tính.",
          "(Dossiers done early or on time + open within the deadline) / dossiers with a deadline"
              + " received or processed in the period; time waiting for a supplement or a payment"
              + " is not counted.");

  static final LocalizedText ONLINE_FULL_PROCESS =
      LocalizedText.of(
          "Quy tắc OpenDVC FULL_PROCESS_SHARE (DVCQG chưa công bố công thức): hồ sơ nộp trực"
              + " tuyến / hồ sơ tiếp nhận trong kỳ của các TTHC cung cấp dịch vụ công trực tuyến"
              + " toàn trình.",
          "OpenDVC rule FULL_PROCESS_SHARE (DVCQG's formula is not published): dossiers submitted"
              + " online / dossiers received in the period of procedures offered full-process"
              + " online.");

  static final LocalizedText ONLINE_SHARE =
      LocalizedText.of(
          "Quy tắc OpenDVC ONLINE_SHARE (DVCQG chưa công bố công thức): hồ sơ nộp trực tuyến /"
              + " mọi hồ sơ tiếp nhận trong kỳ.",
          "OpenDVC rule ONLINE_SHARE (DVCQG's formula is not published): dossiers submitted"
              + " online / every dossier received in the period.");

  static final LocalizedText ORIGINAL_RESULT =
      LocalizedText.of(
          "Hồ sơ có kết quả điện tử / hồ sơ hoàn thành trong kỳ có kết quả là giấy tờ.",
          "Dossiers with an electronic result / dossiers completed in the period whose result is"
              + " a document.");

  static final LocalizedText DIGITISED =
      LocalizedText.of(
          "Hồ sơ có mọi thành phần ở dạng điện tử (số hóa hoặc lấy từ dữ liệu sẵn có) và đã đồng"
              + " bộ lên Cổng DVCQG / hồ sơ tiếp nhận trong kỳ.",
          "Dossiers whose every component is electronic (digitised or taken from existing data)"
              + " and that were synced to DVCQG / dossiers received in the period.");

  static final LocalizedText REUSED =
      LocalizedText.of(
          "Hồ sơ có thành phần được thay bằng dữ liệu sẵn có / hồ sơ tiếp nhận trong kỳ có thành"
              + " phần được phép thay thế (MA_KQ_THAYTHE) hoặc đã được thay.",
          "Dossiers with a component replaced by existing data / dossiers received in the period"
              + " with a component that may be replaced (MA_KQ_THAYTHE) or was.");

  static final LocalizedText FULLY_REPLACED =
      LocalizedText.of(
          "Hồ sơ có mọi thành phần lấy từ dữ liệu sẵn có / hồ sơ tiếp nhận trong kỳ có mọi thành"
              + " phần được phép thay thế.",
          "Dossiers whose every component came from existing data / dossiers received in the"
              + " period whose every component may be replaced.");

  static final LocalizedText POPULATION_DATA =
      LocalizedText.of(
          "Hồ sơ của công dân có khai thác CSDL quốc gia về dân cư / hồ sơ của công dân tiếp nhận"
              + " trong kỳ.",
          "Citizens' dossiers that drew on the National Population Database / citizens' dossiers"
              + " received in the period.");

  static final LocalizedText PAYMENT =
      LocalizedText.of(
          "Hồ sơ đã thanh toán đủ phí, lệ phí trực tuyến / hồ sơ tiếp nhận trong kỳ có phí, lệ"
              + " phí.",
          "Dossiers whose fees were paid in full online / dossiers received in the period with"
              + " fees.");

  static final LocalizedText SATISFACTION =
      LocalizedText.of(
          "(Hồ sơ giải quyết xong trong kỳ − hồ sơ bị đánh giá không hài lòng hoặc trễ hạn) / hồ"
              + " sơ giải quyết xong trong kỳ; khiếu nại về hồ sơ không có trong dữ liệu hồ sơ"
              + " nên không được trừ.",
          "(Dossiers whose processing ended in the period − those rated not satisfied or late) /"
              + " those dossiers; complaints about a dossier are not in its data and are not"
              + " subtracted.");
}
