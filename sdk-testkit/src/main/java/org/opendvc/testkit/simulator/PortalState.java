package org.opendvc.testkit.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.opendvc.client.DvcqgTime;
import org.opendvc.client.wire.WireFormat;
import org.opendvc.client.wire.WireStatus;
import org.opendvc.core.dossier.DossierStatus;
import org.opendvc.core.dossier.StatusTransitions;
import org.opendvc.core.dvcqg.DvcqgProcedurePackage;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.core.procedure.Agency;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.Sector;

/**
 * The simulated portal's data and rules. Every method runs under the state's lock, so requests are
 * applied one at a time, as a database transaction would.
 */
final class PortalState {
  private static final ObjectMapper JSON = OpenDvcJson.mapper();
  private static final Pattern CODE_SHAPE = Pattern.compile("[A-Za-z0-9.]+-\\d{6}-\\d{4,5}");
  private static final List<String> REQUIRED_SYNC =
      List.of("MaHoSo", "MaTTHC", "TenTTHC", "ChuHoSo", "TrangThaiHoSo");
  private static final List<String> SYNC_DATES =
      List.of(
          "NgayTiepNhan", "NgayHenTra", "NgayTra", "NgayKetThucXuLy", "NgayTuChoi", "NgayNopHoSo");
  private static final List<String> PROGRESS_DATES =
      List.of("ThoiDiemXuLy", "NgayBatDau", "NgayKetThucTheoQuyDinh");
  static final int MAX_PROGRESS_BATCH = 10;

  /** One stored dossier. */
  static final class Dossier {
    ObjectNode record;
    DossierStatus status;
    final List<ObjectNode> progress = new ArrayList<>();

    Dossier(ObjectNode record, DossierStatus status) {
      this.record = record;
      this.status = status;
    }
  }

  /** A portal answer: HTTP status and JSON. */
  record Result(int status, ObjectNode body) {}

  private final String codePrefix;
  private final Map<String, Dossier> dossiers = new LinkedHashMap<>();
  private final Map<String, JsonNode> payments = new HashMap<>();
  private final Map<String, JsonNode> ratings = new HashMap<>();
  private final Map<String, SyntheticCitizen> population = new HashMap<>();

  /**
   * Results deposited in owners' e-document warehouses by delivered dossiers, by owner. How the
   * portal really fills the warehouse is not published; the simulator files each result document of
   * a dossier synced as delivered (status 10) under the dossier owner's identification number
   * (inferred: the warehouse is the owner's account on the portal).
   */
  private final Map<String, Map<String, ObjectNode>> deposited = new HashMap<>();

  private final List<ObjectNode> packages = new ArrayList<>();
  private final Map<String, Agency> agencies = new LinkedHashMap<>();
  private final Map<String, Sector> sectors = new LinkedHashMap<>();
  private int duplicates;
  private int steps;
  private long creates;
  private long updates;
  private long alreadyExists;
  private long rejected;

  PortalState(String codePrefix, List<Procedure> catalogue, List<SyntheticCitizen> people) {
    this.codePrefix = codePrefix;
    for (Procedure p : catalogue) {
      packages.add(DvcqgProcedurePackage.export(p));
      p.agencies()
          .implementing()
          .forEach(a -> agencies.putIfAbsent(key(a.code(), a.name().vi()), a));
      p.sectors().forEach(s -> sectors.putIfAbsent(key(s.code(), s.name().vi()), s));
    }
    people.forEach(c -> population.put(c.personalIdNumber(), c));
  }

  private static String key(@Nullable String code, String name) {
    return code != null ? code : name;
  }

  // ---- answers -------------------------------------------------------------------------------

  static ObjectNode ok(String code, String message) {
    return JSON.createObjectNode().put("error_code", code).put("message", message);
  }

  private Result invalid(String message, List<String[]> errors) {
    rejected++;
    ObjectNode body = ok("-1", message);
    ArrayNode list = body.putArray("errors");
    for (String[] e : errors) {
      list.addObject().put("field", e[0]).put("code", e[1]).put("message", e[2]);
    }
    return new Result(200, body);
  }

  // ---- services ------------------------------------------------------------------------------

  synchronized Result handle(String service, ObjectNode request) {
    return switch (service) {
      case "LayThuTuc" -> procedure(request.path("maTTHC").asText());
      case "LayDanhSachTTHC" -> procedures();
      case "LayDanhMucCoQuan" -> agencies();
      case "LayDanhMucLinhVuc" -> sectors();
      case "TraCuuHoSo" -> lookup(request.path("mahoso").asText());
      case "DongBoHoSoMC" -> sync(request);
      case "CapNhatTienDoHoSoMC" -> progress(request);
      case "GetKetQuaGiayTo" -> warehouse(request);
      case "TraCuuThongTinCongDan" -> citizen(request);
      case "DongBoThanhToan" -> payment(request);
      case "TraCuuThanhToan" -> paymentLookup(request.path("MaThamChieu").asText());
      case "DongBoDanhGiaHaiLong" -> rating(request);
      default -> {
        rejected++;
        ObjectNode body = ok("-1", "Dịch vụ không tồn tại");
        body.putArray("errors")
            .addObject()
            .put("field", "service")
            .put("code", "UNKNOWN_SERVICE")
            .put("message", "Không có dịch vụ này");
        yield new Result(400, body);
      }
    };
  }

  private Result procedure(String code) {
    ObjectNode body = ok("0", "Thành công");
    ArrayNode result = body.putArray("result");
    for (ObjectNode p : packages) {
      if (code.equals(p.path("MATTHC").asText())) {
        result.add(p);
      }
    }
    return new Result(200, body);
  }

  private Result procedures() {
    ObjectNode body = ok("0", "Thành công");
    ArrayNode result = body.putArray("result");
    for (ObjectNode p : packages) {
      ObjectNode s = result.addObject();
      s.put("MATTHC", p.path("MATTHC").asText());
      s.put("TENTTHC", p.path("TENTTHC").asText());
      JsonNode sector = p.path("LINHVUCTHUCHIEN").path(0);
      if (!sector.isMissingNode()) {
        s.put("MALINHVUC", sector.path("MALINHVUC").asText());
        s.put("TENLINHVUC", sector.path("TENLINHVUC").asText());
      }
    }
    return new Result(200, body);
  }

  private Result agencies() {
    ObjectNode body = ok("0", "Thành công");
    ArrayNode result = body.putArray("result");
    agencies
        .values()
        .forEach(
            a -> {
              ObjectNode n = result.addObject();
              if (a.code() != null) {
                n.put("MADONVI", a.code());
              }
              n.put("TENDONVI", a.name().vi());
            });
    return new Result(200, body);
  }

  private Result sectors() {
    ObjectNode body = ok("0", "Thành công");
    ArrayNode result = body.putArray("result");
    sectors
        .values()
        .forEach(
            s -> {
              ObjectNode n = result.addObject();
              if (s.code() != null) {
                n.put("MALINHVUC", s.code());
              }
              n.put("TENLINHVUC", s.name().vi());
            });
    return new Result(200, body);
  }

  private Result lookup(String code) {
    ObjectNode body = ok("0", "Thành công");
    ArrayNode result = body.putArray("result");
    Dossier d = dossiers.get(code);
    if (d != null) {
      ObjectNode n = d.record.deepCopy();
      ArrayNode history = n.putArray("DanhSachTienDoXuLy");
      d.progress.forEach(history::add);
      result.add(n);
    }
    return new Result(200, body);
  }

  private Result sync(ObjectNode request) {
    boolean updating = "true".equalsIgnoreCase(request.path("isUpdating").asText("false"));
    JsonNode data = request.path("data");
    List<String[]> errors = new ArrayList<>();
    if (!data.isArray() || data.isEmpty()) {
      errors.add(new String[] {"data", "REQUIRED", "Thiếu dữ liệu hồ sơ"});
      return invalid("Dữ liệu không hợp lệ", errors);
    }
    Map<String, DossierStatus> statuses = new HashMap<>();
    for (int i = 0; i < data.size(); i++) {
      JsonNode r = data.get(i);
      String at = "data[" + i + "].";
      for (String f : REQUIRED_SYNC) {
        if (r.path(f).asText("").isBlank()) {
          errors.add(new String[] {at + f, "REQUIRED", "Thiếu " + f});
        }
      }
      String code = r.path("MaHoSo").asText("");
      if (!code.isBlank() && !code.startsWith(codePrefix)) {
        errors.add(
            new String[] {at + "MaHoSo", "PREFIX", "Mã hồ sơ phải bắt đầu bằng " + codePrefix});
      } else if (!code.isBlank() && !CODE_SHAPE.matcher(code).matches()) {
        errors.add(new String[] {at + "MaHoSo", "FORMAT", "Mã hồ sơ sai định dạng"});
      }
      for (String f : SYNC_DATES) {
        checkDate(r, f, at, errors);
      }
      Optional<DossierStatus> status = WireStatus.read(r.path("TrangThaiHoSo").asText(""));
      if (!r.path("TrangThaiHoSo").asText("").isBlank() && status.isEmpty()) {
        errors.add(new String[] {at + "TrangThaiHoSo", "STATUS", "Trạng thái không hợp lệ"});
      }
      if (!errors.isEmpty()) {
        continue;
      }
      Dossier existing = dossiers.get(code);
      if (!updating && existing != null) {
        alreadyExists++;
        return new Result(200, ok("3", "Hồ sơ " + code + " đã tồn tại trên hệ thống"));
      }
      if (updating && existing == null) {
        errors.add(new String[] {at + "MaHoSo", "NOT_FOUND", "Hồ sơ không tồn tại"});
      } else if (existing != null
          && existing.status != status.get()
          && !StatusTransitions.isAllowed(existing.status, status.get())) {
        errors.add(
            new String[] {
              at + "TrangThaiHoSo",
              "TRANSITION",
              "Không thể chuyển từ trạng thái "
                  + existing.status.code()
                  + " sang "
                  + status.get().code()
            });
      }
      statuses.put(code, status.orElse(null));
    }
    if (!errors.isEmpty()) {
      return invalid("Dữ liệu không hợp lệ", errors);
    }
    for (JsonNode r : data) {
      String code = r.path("MaHoSo").asText();
      ObjectNode record = ((ObjectNode) r).deepCopy();
      Dossier existing = dossiers.get(code);
      if (existing == null) {
        dossiers.put(code, new Dossier(record, statuses.get(code)));
        creates++;
      } else {
        existing.record = record;
        existing.status = statuses.get(code);
        updates++;
      }
      if (statuses.get(code) == DossierStatus.RESULT_DELIVERED) {
        deposit(record);
      }
    }
    return new Result(200, ok("00", "Đồng bộ hồ sơ thành công"));
  }

  /** Files the delivered dossier's result documents in its owner's warehouse. */
  private void deposit(ObjectNode record) {
    String owner = owner(record);
    if (owner == null) {
      return;
    }
    String agency = record.path("DonViXuLy").asText("");
    for (JsonNode result : record.path("DanhSachGiayToKetQua")) {
      String resultCode = result.path("MaGiayToKetQua").asText("");
      if (resultCode.isBlank()) {
        continue;
      }
      String reference = result.path("GiayToId").asText(record.path("MaHoSo").asText());
      ObjectNode doc = JSON.createObjectNode();
      doc.put("MaKetQua", resultCode);
      doc.put("TenGiayTo", result.path("TenGiayTo").asText(""));
      doc.put("SoKyHieu", reference);
      doc.put("CoQuanChuQuan", agency);
      ArrayNode files = doc.putArray("DanhSachTepDinhKem");
      String path = result.path("DuongDanTepTinKetQua").asText("");
      if (!path.isBlank()) {
        files.addObject().put("TenTep", result.path("TenGiayTo").asText("")).put("DuongDan", path);
      }
      deposited.computeIfAbsent(owner, k -> new LinkedHashMap<>()).put(reference, doc);
    }
  }

  /** The owner's 12- or 9-digit identification number: DinhDanhCHS first, else SoGiayToChuHoSo. */
  private static @Nullable String owner(JsonNode record) {
    for (JsonNode id : record.path("DinhDanhCHS")) {
      String number = id.path("SoDinhDanh").asText("");
      if (!number.isBlank()) {
        return number;
      }
    }
    String number = record.path("SoGiayToChuHoSo").asText("");
    return number.isBlank() ? null : number;
  }

  private static void checkDate(JsonNode r, String field, String at, List<String[]> errors) {
    JsonNode v = r.get(field);
    if (v != null && !v.isNull() && DvcqgTime.parse(v.asText()).isEmpty()) {
      errors.add(new String[] {at + field, "DATE", "Ngày phải có dạng yyyyMMddHHmmss"});
    }
  }

  private Result progress(ObjectNode request) {
    JsonNode data = request.path("data");
    List<String[]> errors = new ArrayList<>();
    if (!data.isArray() || data.isEmpty()) {
      errors.add(new String[] {"data", "REQUIRED", "Thiếu dữ liệu tiến độ"});
      return invalid("Dữ liệu không hợp lệ", errors);
    }
    if (data.size() > MAX_PROGRESS_BATCH) {
      errors.add(
          new String[] {"data", "BATCH_SIZE", "Tối đa " + MAX_PROGRESS_BATCH + " bản ghi mỗi lần"});
      return invalid("Dữ liệu không hợp lệ", errors);
    }
    Map<String, DossierStatus> last = new HashMap<>();
    for (int i = 0; i < data.size(); i++) {
      JsonNode r = data.get(i);
      String at = "data[" + i + "].";
      String code = r.path("MaHoSo").asText("");
      Dossier d = dossiers.get(code);
      if (d == null) {
        errors.add(new String[] {at + "MaHoSo", "NOT_FOUND", "Hồ sơ không tồn tại"});
        continue;
      }
      if (r.path("ThoiDiemXuLy").asText("").isBlank()) {
        errors.add(new String[] {at + "ThoiDiemXuLy", "REQUIRED", "Thiếu ThoiDiemXuLy"});
      }
      for (String f : PROGRESS_DATES) {
        checkDate(r, f, at, errors);
      }
      Optional<DossierStatus> status = WireStatus.read(r.path("TrangThai").asText(""));
      if (status.isEmpty()) {
        errors.add(new String[] {at + "TrangThai", "STATUS", "Trạng thái không hợp lệ"});
        continue;
      }
      DossierStatus previous =
          last.getOrDefault(
              code,
              d.progress.isEmpty()
                  ? null
                  : WireStatus.read(
                          d.progress.get(d.progress.size() - 1).path("TrangThai").asText())
                      .orElse(null));
      if (previous != null
          && previous != status.get()
          && !StatusTransitions.isAllowed(previous, status.get())) {
        errors.add(
            new String[] {
              at + "TrangThai",
              "TRANSITION",
              "Không thể chuyển từ trạng thái " + previous.code() + " sang " + status.get().code()
            });
      }
      last.put(code, status.get());
    }
    if (!errors.isEmpty()) {
      return invalid("Dữ liệu không hợp lệ", errors);
    }
    for (JsonNode r : data) {
      Dossier d = dossiers.get(r.path("MaHoSo").asText());
      ObjectNode step = ((ObjectNode) r).deepCopy();
      for (ObjectNode held : d.progress) {
        if (sameStep(held, step)) {
          duplicates++;
          break;
        }
      }
      d.progress.add(step);
      steps++;
    }
    return new Result(200, ok("00", "Cập nhật tiến độ thành công"));
  }

  private static boolean sameStep(JsonNode a, JsonNode b) {
    return a.path("ThoiDiemXuLy").asText().equals(b.path("ThoiDiemXuLy").asText())
        && a.path("TrangThai").asText().equals(b.path("TrangThai").asText())
        && a.path("NoiDungXuLy").asText().equals(b.path("NoiDungXuLy").asText());
  }

  private Result warehouse(ObjectNode request) {
    String owner = request.path("SoDinhDanhChuSoHuu").asText("");
    if (owner.isBlank()) {
      return invalid(
          "Dữ liệu không hợp lệ",
          List.<String[]>of(new String[] {"SoDinhDanhChuSoHuu", "REQUIRED", "Thiếu số định danh"}));
    }
    List<String> wanted = new ArrayList<>();
    request.path("DanhSachDanhMucKetQua").forEach(r -> wanted.add(r.path("MaKetQua").asText()));
    ObjectNode body = JSON.createObjectNode().put("errorCode", "0").put("message", "Thành công");
    body.put("signature", "");
    ArrayNode docs = body.putObject("result").putArray("DanhSachGiayToKetQua");
    SyntheticCitizen c = population.get(owner);
    if (c != null) {
      for (var d : c.documents()) {
        if (wanted.isEmpty() || wanted.contains(d.resultCode())) {
          docs.add(tree(d));
        }
      }
    }
    for (ObjectNode d : deposited.getOrDefault(owner, Map.of()).values()) {
      if (wanted.isEmpty() || wanted.contains(d.path("MaKetQua").asText())) {
        docs.add(d.deepCopy());
      }
    }
    return new Result(200, body);
  }

  private Result citizen(ObjectNode request) {
    String id = request.path("SoDinhDanh").asText("");
    if (id.isBlank()) {
      return invalid(
          "Dữ liệu không hợp lệ",
          List.<String[]>of(new String[] {"SoDinhDanh", "REQUIRED", "Thiếu số định danh"}));
    }
    ObjectNode body = ok("0", "Thành công");
    ObjectNode collection =
        body.putObject("result")
            .putObject("Envelope")
            .putObject("Body")
            .putObject("CongdanCollection");
    SyntheticCitizen c = population.get(id);
    if (c != null) {
      collection.set("CongDan", tree(c.record()));
    }
    return new Result(200, body);
  }

  private Result payment(ObjectNode request) {
    JsonNode data = request.path("data");
    List<String[]> errors = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      JsonNode p = data.get(i);
      if (p.path("MaThamChieu").asText("").isBlank()) {
        errors.add(new String[] {"data[" + i + "].MaThamChieu", "REQUIRED", "Thiếu MaThamChieu"});
      }
      if (p.path("SoTien").isMissingNode()) {
        errors.add(new String[] {"data[" + i + "].SoTien", "REQUIRED", "Thiếu SoTien"});
      }
    }
    if (data.isEmpty() || !errors.isEmpty()) {
      return invalid("Dữ liệu không hợp lệ", errors);
    }
    data.forEach(p -> payments.put(p.path("MaThamChieu").asText(), p));
    return new Result(200, ok("00", "Đồng bộ thanh toán thành công"));
  }

  private Result paymentLookup(String reference) {
    ObjectNode body = ok("0", "Thành công");
    ArrayNode result = body.putArray("result");
    JsonNode p = payments.get(reference);
    if (p != null) {
      result.add(p);
    }
    return new Result(200, body);
  }

  private Result rating(ObjectNode request) {
    JsonNode data = request.path("data");
    List<String[]> errors = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      JsonNode r = data.get(i);
      if (!dossiers.containsKey(r.path("MaHoSo").asText())) {
        errors.add(new String[] {"data[" + i + "].MaHoSo", "NOT_FOUND", "Hồ sơ không tồn tại"});
      }
      if (r.path("DanhGia").asText("").isBlank()) {
        errors.add(new String[] {"data[" + i + "].DanhGia", "REQUIRED", "Thiếu DanhGia"});
      }
    }
    if (data.isEmpty() || !errors.isEmpty()) {
      return invalid("Dữ liệu không hợp lệ", errors);
    }
    data.forEach(
        r -> ratings.put(r.path("MaHoSo").asText() + "|" + r.path("LoaiDanhGia").asText(), r));
    return new Result(200, ok("00", "Đánh giá thành công"));
  }

  private static JsonNode tree(Object wireRecord) {
    try {
      return JSON.readTree(WireFormat.toJson(wireRecord));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("A wire record always reads back", e);
    }
  }

  // ---- inspection ----------------------------------------------------------------------------

  synchronized @Nullable String dossierJson(String code) {
    Dossier d = dossiers.get(code);
    if (d == null) {
      return null;
    }
    ObjectNode n = d.record.deepCopy();
    ArrayNode history = n.putArray("DanhSachTienDoXuLy");
    d.progress.forEach(history::add);
    return n.toString();
  }

  synchronized List<String> dossierCodes() {
    return List.copyOf(dossiers.keySet());
  }

  synchronized int ratingCount() {
    return ratings.size();
  }

  synchronized SimulatorStats stats(long faults, long requests) {
    int missing = 0;
    for (Dossier d : dossiers.values()) {
      if (d.progress.isEmpty()
          || WireStatus.read(d.progress.get(d.progress.size() - 1).path("TrangThai").asText())
                  .orElse(null)
              != d.status) {
        missing++;
      }
    }
    return new SimulatorStats(
        dossiers.size(),
        duplicates,
        missing,
        faults,
        requests,
        steps,
        creates,
        updates,
        alreadyExists,
        rejected);
  }
}
