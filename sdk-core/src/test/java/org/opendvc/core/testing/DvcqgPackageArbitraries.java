package org.opendvc.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random DVCQG procedure packages, shaped like those real integrations exchange: every member
 * working integrations deserialise, with plausible values written as strings or numbers, empty
 * strings, nulls and missing members, items that are not objects, and unknown members at every
 * level, top level and inside array elements.
 *
 * <p>Most packages carry a usable code and name, so most import with a procedure.
 */
public final class DvcqgPackageArbitraries {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final List<String> WORDS =
      List.of(
          "Đăng",
          "ký",
          "khai",
          "sinh",
          "Tờ",
          "khai",
          "Giấy",
          "chứng",
          "nhận",
          "Ủy",
          "ban",
          "nhân",
          "dân",
          "cấp",
          "xã",
          "hộ",
          "tịch",
          "bản",
          "sao",
          "Sổ",
          "hộ",
          "khẩu",
          "Luật",
          "Nghị",
          "định",
          "Quốc",
          "hội",
          "Cấp",
          "Tỉnh",
          "trực",
          "tuyến",
          "lệ",
          "phí",
          "miễn",
          "theo",
          "mẫu",
          "(bản",
          "chính)",
          "CMND/CCCD",
          "số",
          "60/2014/QH13",
          "đ");

  private DvcqgPackageArbitraries() {}

  /** A random package. */
  public static Arbitrary<ObjectNode> packages() {
    // Through text and back, so that numbers have the node types a parser gives them.
    return Arbitraries.randomValue(random -> new Generator(random).pkg())
        .map(pkg -> (ObjectNode) Fixtures.json(pkg.toString(), "package.json").root());
  }

  /** Builds one package from one source of randomness. */
  private static final class Generator {
    private final Random random;

    Generator(Random random) {
      this.random = random;
    }

    private boolean chance(double p) {
      return random.nextDouble() < p;
    }

    private <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }

    private String words() {
      int n = 1 + random.nextInt(6);
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          out.append(' ');
        }
        out.append(pick(WORDS));
      }
      return chance(0.1) ? "  " + out + " " : out.toString();
    }

    /** A scalar as DVCQG writes it: usually a string, sometimes empty, sometimes null. */
    private JsonNode scalar(String text) {
      double r = random.nextDouble();
      if (r < 0.08) {
        return NODES.textNode("");
      }
      if (r < 0.11) {
        return NODES.nullNode();
      }
      return NODES.textNode(text);
    }

    /** A number written as a string, as a JSON number, or in a local format. */
    private JsonNode number(List<String> texts) {
      String text = pick(texts);
      if (chance(0.25)) {
        try {
          return NODES.numberNode(new BigDecimal(text));
        } catch (NumberFormatException e) {
          // not a plain number: keep it as text
        }
      }
      return scalar(text);
    }

    /** Sets {@code name} most of the time; leaves it out otherwise. */
    private void maybe(ObjectNode o, String name, JsonNode value) {
      if (chance(0.88)) {
        o.set(name, value);
      }
    }

    private void unknownMembers(ObjectNode o) {
      int n = chance(0.5) ? 0 : 1 + random.nextInt(2);
      for (int i = 0; i < n; i++) {
        String name =
            pick(List.of("GHICHU", "x-ghi-chu", "ID", "DONVI", "TrangThai", "THUTU", "Ma_Cu"))
                + random.nextInt(100);
        if (!o.has(name)) {
          o.set(name, anything(2));
        }
      }
    }

    private JsonNode anything(int depth) {
      int kind = random.nextInt(depth > 0 ? 7 : 5);
      return switch (kind) {
        case 0 -> NODES.textNode(words());
        case 1 -> NODES.numberNode(random.nextInt(1000));
        case 2 -> NODES.booleanNode(random.nextBoolean());
        case 3 -> NODES.nullNode();
        case 4 -> NODES.numberNode(new BigDecimal("12.50"));
        case 5 -> {
          ArrayNode a = NODES.arrayNode();
          for (int i = random.nextInt(3); i > 0; i--) {
            a.add(anything(depth - 1));
          }
          yield a;
        }
        default -> {
          ObjectNode o = NODES.objectNode();
          for (int i = random.nextInt(3); i > 0; i--) {
            o.set("K" + random.nextInt(50), anything(depth - 1));
          }
          yield o;
        }
      };
    }

    private interface ElementMaker {
      ObjectNode make();
    }

    private ArrayNode array(int max, ElementMaker element) {
      ArrayNode a = NODES.arrayNode();
      for (int i = random.nextInt(max + 1); i > 0; i--) {
        if (chance(0.04)) {
          a.add(words());
        } else {
          ObjectNode o = element.make();
          unknownMembers(o);
          a.add(o);
        }
      }
      return a;
    }

    private String procedureCode() {
      double r = random.nextDouble();
      String national = random.nextInt(3) + "." + String.format("%06d", random.nextInt(1_000_000));
      if (r < 0.1) {
        return national + ".000.00.00.H" + (10 + random.nextInt(90));
      }
      if (r < 0.14) {
        return national.substring(0, 6);
      }
      return national;
    }

    private ObjectNode codeName(String codeField, String nameField) {
      ObjectNode o = NODES.objectNode();
      maybe(o, codeField, scalar(pick(List.of("G13-HT01", "1", "000.00.00.H56", "H56.01"))));
      maybe(o, nameField, scalar(words()));
      return o;
    }

    private ObjectNode fee() {
      ObjectNode o = NODES.objectNode();
      maybe(o, "MAPHILEPHI", scalar(pick(List.of("LP01", "P-2", "1"))));
      maybe(
          o,
          "SOTIEN",
          number(List.of("0", "8000", "50000", "50.000", "50,000", "1500000", "0.5", "Miễn phí")));
      maybe(o, "DONVI", scalar("Đồng"));
      maybe(o, "MOTA", scalar(words()));
      maybe(o, "TENTEP", scalar("bieu-phi.pdf"));
      maybe(o, "URL", scalar(pick(List.of("https://vbpl.vn/phi", "bieu-phi.pdf"))));
      return o;
    }

    private ObjectNode time() {
      ObjectNode o = NODES.objectNode();
      maybe(o, "THOIGIANGIAIQUYET", number(List.of("0", "3", "7", "15", "0.5", "1,5", "15 ngày")));
      maybe(
          o,
          "DONVITINH",
          scalar(pick(List.of("Ngày làm việc", "Ngày", "ngày", "Giờ làm việc", "giờ", "Tuần"))));
      maybe(o, "MOTA", scalar(words()));
      maybe(o, "PHILEPHI", array(2, this::fee));
      return o;
    }

    private ObjectNode channel() {
      ObjectNode o = NODES.objectNode();
      maybe(o, "KENH", number(List.of("1", "2", "3", "1", "2", "9")));
      maybe(o, "THOIGIAN", array(2, this::time));
      return o;
    }

    private ObjectNode document() {
      ObjectNode o = NODES.objectNode();
      maybe(o, "MAGIAYTO", scalar(pick(List.of("GT01", "GT02", "12"))));
      maybe(o, "TENGIAYTO", scalar(words()));
      maybe(o, "SOBANCHINH", number(List.of("1", "0", "2", "01", "1.5")));
      maybe(o, "SOBANSAO", number(List.of("0", "1", "2")));
      maybe(o, "TENMAUDON", scalar(words()));
      maybe(o, "URL", scalar("https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=1"));
      maybe(o, "MA_KQ_THAYTHE", scalar(pick(List.of("KQ01", "1.001193-KQ"))));
      return o;
    }

    private ObjectNode procedureCase() {
      ObjectNode o = NODES.objectNode();
      maybe(o, "TRUONGHOP", scalar(words()));
      maybe(o, "GIAYTO", array(3, this::document));
      return o;
    }

    private ObjectNode result() {
      ObjectNode o = NODES.objectNode();
      maybe(o, "MAKETQUA", scalar(pick(List.of("KQ01", "KQ02"))));
      maybe(o, "TENKETQUA", scalar(words()));
      maybe(o, "TENTEP", scalar("mau-ket-qua.docx"));
      maybe(o, "URL", scalar("https://csdl.dichvucong.gov.vn/web/jsp/download_file.jsp?ma=2"));
      return o;
    }

    private ObjectNode legal() {
      ObjectNode o = NODES.objectNode();
      List<String> dates =
          List.of(
              "20/11/2014",
              "1/1/2016",
              "2014-11-20",
              "2014-11-20T00:00:00",
              "20/11/2014 00:00:00",
              "20141120000000",
              "khoảng 2014");
      maybe(
          o, "SOVANBAN", scalar(pick(List.of("60/2014/QH13", "123/2015/NĐ-CP", "04/2020/TT-BTP"))));
      maybe(o, "TENVANBAN", scalar(words()));
      maybe(o, "COQUANBANHANH", scalar(pick(List.of("Quốc hội", "Chính phủ", "Bộ Tư pháp"))));
      maybe(o, "NGAYBANHANH", scalar(pick(dates)));
      maybe(o, "NGAYHIEULUC", scalar(pick(dates)));
      maybe(o, "DIACHITRUYCAP", scalar("https://vbpl.vn/1"));
      return o;
    }

    private ArrayNode links() {
      ArrayNode a = NODES.arrayNode();
      for (int i = random.nextInt(3); i > 0; i--) {
        if (chance(0.2)) {
          ObjectNode o = NODES.objectNode().put(chance(0.5) ? "MATTHC" : "MaTTHC", procedureCode());
          maybe(o, "TENTTHC", scalar(words()));
          unknownMembers(o);
          a.add(o);
        } else {
          a.add(procedureCode());
        }
      }
      return a;
    }

    ObjectNode pkg() {
      ObjectNode o = NODES.objectNode();
      maybe(o, "ID", scalar(Integer.toString(random.nextInt(2_000_000))));
      String codeField = chance(0.85) ? "MATTHC" : "MaTTHC";
      if (chance(0.97)) {
        o.set(
            codeField,
            chance(0.1)
                ? NODES.numberNode(new BigDecimal("1.001193"))
                : NODES.textNode(procedureCode()));
      }
      if (chance(0.97)) {
        o.put("TENTTHC", words());
      }
      for (String member :
          List.of(
              "MACOQUANCONGBO",
              "LOAITTHC",
              "MOTADOITUONGTHUCHIEN",
              "DIACHITIEPNHAN",
              "YEUCAU",
              "TUKHOA",
              "IDQUYETDINHCONGBO",
              "QUYETDINH",
              "TRANGTHAI",
              "MOTACOQUANTHUCHIEN",
              "MOTACOQUANTHAMQUYEN",
              "MOTA")) {
        maybe(o, member, scalar(words()));
      }
      maybe(o, "MucDo", number(List.of("2", "3", "4")));
      maybe(
          o,
          "CAPTHUCHIEN",
          array(
              3,
              () -> {
                ObjectNode level = NODES.objectNode();
                maybe(level, "CAPTHUCHIEN", number(List.of("0", "1", "2", "3", "3", "5")));
                maybe(
                    level,
                    "TENCAP",
                    scalar(pick(List.of("Cấp Bộ", "Cấp Tỉnh", "Cấp Huyện", "Cấp Xã"))));
                return level;
              }));
      maybe(o, "LINHVUCTHUCHIEN", array(2, () -> codeName("MALINHVUC", "TENLINHVUC")));
      maybe(o, "DOITUONGTHUCHIEN", array(2, () -> codeName("MADOITUONG", "TENDOITUONG")));
      for (String agencies :
          List.of("COQUANTHUCHIEN", "COQUANCOTHAMQUYEN", "COQUANDUOCUYQUYEN", "COQUANPHOIHOP")) {
        maybe(o, agencies, array(2, () -> codeName("MADONVI", "TENDONVI")));
      }
      maybe(
          o,
          "TRINHTUTHUCHIEN",
          array(
              2,
              () -> {
                ObjectNode steps = NODES.objectNode();
                maybe(steps, "TRUONGHOP", scalar(words()));
                maybe(
                    steps,
                    "TRINHTU",
                    array(2, () -> NODES.objectNode().put("TENTRINHTU", words())));
                return steps;
              }));
      maybe(o, "CACHTHUCTHUCHIEN", array(3, this::channel));
      maybe(o, "THANHPHANHOSO", array(2, this::procedureCase));
      maybe(o, "KETQUATHUCHIEN", array(2, this::result));
      maybe(o, "CANCUPHAPLY", array(3, this::legal));
      maybe(o, "TTHCLIENQUAN", links());
      maybe(o, "TTHCLIENTHONG", links());
      unknownMembers(o);
      return o;
    }
  }
}
