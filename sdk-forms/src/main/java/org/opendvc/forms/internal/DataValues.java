package org.opendvc.forms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.DataValue;
import org.opendvc.forms.Field;

/** Turns accepted field values into the typed values of the shared vocabulary. */
public final class DataValues {
  private DataValues() {}

  /**
   * The data value of an accepted field value, or {@code null} for types that have none (files,
   * groups).
   */
  public static @Nullable DataValue of(Field field, JsonNode json) {
    return switch (field.type()) {
      case TEXT, LONG_TEXT, PERSONAL_ID, TAX_CODE, PHONE, EMAIL -> DataValue.text(json.asText());
      case SINGLE_CHOICE -> DataValue.code(json.asText());
      case MULTIPLE_CHOICE -> {
        List<DataValue> codes = new ArrayList<>();
        json.forEach(code -> codes.add(DataValue.code(code.asText())));
        yield new DataValue.ListOf(codes);
      }
      case NUMBER, MONEY -> DataValue.number(json.decimalValue());
      case BOOLEAN -> DataValue.bool(json.booleanValue());
      case DATE -> {
        var date = FieldValues.parseDate(field.datePrecision(), json.asText());
        yield date == null ? null : DataValue.date(date);
      }
      case ADDRESS ->
          new DataValue.Address(
              text(json, "province"),
              null,
              text(json, "commune"),
              null,
              null,
              null,
              text(json, "detail"));
      case ATTACHMENT, GROUP -> null;
    };
  }

  private static @Nullable String text(JsonNode json, String name) {
    JsonNode part = json.get(name);
    return part == null || part.asText().isEmpty() ? null : part.asText();
  }
}
