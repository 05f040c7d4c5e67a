package org.opendvc.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import org.opendvc.core.json.OpenDvcJson;

/**
 * Forms and submissions of a given size for the benchmarks: a repeating mix of field types, one
 * field in five with an expression (relevance, requirement, constraint or calculation) reading an
 * earlier field, bound to dictionary elements where a type allows.
 */
final class GeneratedForms {
  private GeneratedForms() {}

  /** A form of {@code fields} fields in sections of ten. */
  static String form(int fields, long seed) {
    Random random = new Random(seed);
    ObjectNode form = OpenDvcJson.mapper().createObjectNode();
    form.put("$schema", "https://opendvc.org/schema/1/form.schema.json");
    form.put("id", "generated-" + fields);
    form.put("version", "1");
    form.put("procedure", "1.001193");
    form.putObject("title").put("vi", "Biểu mẫu sinh tự động").put("en", "Generated form");
    form.putArray("languages").add("vi").add("en");
    form.putArray("subjects").addObject().put("role", "APPLICANT").put("identifiedBy", "LOGIN");
    ObjectNode list = form.putArray("codeLists").addObject();
    list.put("id", "choices").put("version", "1").put("unknownCodes", "REJECT");
    ArrayNode codes = list.putArray("codes");
    for (int c = 0; c < 12; c++) {
      codes
          .addObject()
          .put("code", "C" + c)
          .putObject("label")
          .put("vi", "Lựa chọn " + c)
          .put("en", "Option " + c);
    }
    ArrayNode sections = form.putArray("sections");
    ArrayNode current = null;
    for (int i = 0; i < fields; i++) {
      if (i % 10 == 0) {
        ObjectNode section = sections.addObject();
        section.put("id", "s" + i / 10);
        section.putObject("title").put("vi", "Phần " + i / 10).put("en", "Part " + i / 10);
        current = section.putArray("fields");
      }
      ObjectNode field = current.addObject();
      field.put("id", "f" + i);
      field.putObject("label").put("vi", "Trường số " + i).put("en", "Field " + i);
      switch (i % 5) {
        case 0 -> field.put("type", "TEXT").put("maxLength", 100);
        case 1 -> field.put("type", "NUMBER").put("min", 0).put("max", 1_000_000);
        case 2 -> field.put("type", "DATE");
        case 3 -> field.put("type", "SINGLE_CHOICE").put("codeList", "choices");
        default -> field.put("type", "BOOLEAN");
      }
      field.put("required", i % 3 != 0);
      if (i >= 5 && i % 5 == 4) {
        int earlier = i - 1 - random.nextInt(4);
        switch (i % 4) {
          case 0 -> field.put("relevant", "f" + (i - 3) + " >= 0.0");
          case 1 -> field.put("required", "answered(f" + earlier + ")");
          case 2 ->
              field
                  .putArray("constraints")
                  .addObject()
                  .put("expression", "!f" + i + " || f" + (i - 4) + " != ''")
                  .putObject("message")
                  .put("vi", "Không hợp lệ")
                  .put("en", "Invalid");
          default -> field.put("calculate", "f" + (i - 1) + " == 'C1'");
        }
      }
    }
    return form.toPrettyString();
  }

  /** A complete, valid submission for {@link #form}. */
  static String submission(int fields) {
    ObjectNode data = OpenDvcJson.mapper().createObjectNode();
    for (int i = 0; i < fields; i++) {
      switch (i % 5) {
        case 0 -> data.put("f" + i, "Nguyễn Văn An " + i);
        case 1 -> data.put("f" + i, 1000 + i);
        case 2 -> data.put("f" + i, "2000-01-" + String.format("%02d", 1 + i % 28));
        case 3 -> data.put("f" + i, "C" + i % 12);
        default -> data.put("f" + i, true);
      }
    }
    return data.toString();
  }
}
