package org.opendvc.forms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cel.common.types.CelType;
import dev.cel.common.types.ListType;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.opendvc.forms.DatePrecision;
import org.opendvc.forms.Field;
import org.opendvc.forms.FieldType;
import org.opendvc.forms.FormLimits;
import org.opendvc.forms.validation.SubmissionDiagnostics;

/**
 * How field values look in JSON (the data contract) and in CEL, and the conversions between them.
 *
 * <p>Text-like fields, booleans, multiple choices, attachments and groups have an empty value
 * (empty string, {@code false}, empty list) that expressions see when the field is unanswered;
 * numbers, amounts, dates and addresses have none, so an expression that reads one unanswered is
 * undecided unless it asks {@code answered(x)} first.
 */
public final class FieldValues {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final CelType ITEM = MapType.create(SimpleType.STRING, SimpleType.DYN);

  private FieldValues() {}

  /** Receives the problems found while reading a value. */
  @FunctionalInterface
  public interface Problems {
    /** Reports {@code kind}; {@code args} follow the field's label. */
    void report(SubmissionDiagnostics kind, Object... args);
  }

  /**
   * A value read from JSON.
   *
   * @param cel what expressions see
   * @param json the value as accepted: trimmed, normalised to NFC
   */
  public record Read(Object cel, JsonNode json) {}

  /** The CEL type of a field. */
  public static CelType celType(FieldType type) {
    return switch (type) {
      case TEXT, LONG_TEXT, SINGLE_CHOICE, PERSONAL_ID, TAX_CODE, PHONE, EMAIL -> SimpleType.STRING;
      case NUMBER -> SimpleType.DOUBLE;
      case MONEY -> SimpleType.INT;
      case DATE -> SimpleType.TIMESTAMP;
      case BOOLEAN -> SimpleType.BOOL;
      case MULTIPLE_CHOICE -> ListType.create(SimpleType.STRING);
      case ADDRESS -> MapType.create(SimpleType.STRING, SimpleType.STRING);
      case ATTACHMENT, GROUP -> ListType.create(ITEM);
    };
  }

  /** Whether unanswered fields of this type show expressions an empty value. */
  public static boolean hasEmptyValue(FieldType type) {
    return switch (type) {
      case NUMBER, MONEY, DATE, ADDRESS -> false;
      default -> true;
    };
  }

  /** The empty value of a type that has one. */
  public static Object emptyValue(FieldType type) {
    return switch (type) {
      case BOOLEAN -> Boolean.FALSE;
      case MULTIPLE_CHOICE, ATTACHMENT, GROUP -> List.of();
      default -> "";
    };
  }

  /**
   * Reads a non-null JSON value of {@code field}, reporting what is wrong with its shape. Returns
   * {@code null} when the value is blank or unusable.
   */
  public static @Nullable Read read(Field field, JsonNode value, Problems problems) {
    return switch (field.type()) {
      case TEXT, LONG_TEXT, SINGLE_CHOICE, PERSONAL_ID, TAX_CODE, EMAIL -> text(value, problems);
      case PHONE -> phone(value, problems);
      case NUMBER -> number(value, problems);
      case MONEY -> money(value, problems);
      case DATE -> date(field.datePrecision(), value, problems);
      case BOOLEAN -> bool(value, problems);
      case MULTIPLE_CHOICE -> choices(value, problems);
      case ADDRESS -> address(value, problems);
      case ATTACHMENT -> attachments(value, problems);
      case GROUP -> throw new IllegalArgumentException("groups are read item by item");
    };
  }

  /** Normalises text the way submitted text is normalised: trimmed, Unicode NFC. */
  public static String normalise(String text) {
    String trimmed = text.strip();
    return Normalizer.isNormalized(trimmed, Normalizer.Form.NFC)
        ? trimmed
        : Normalizer.normalize(trimmed, Normalizer.Form.NFC);
  }

  private static @Nullable Read text(JsonNode value, Problems problems) {
    if (!value.isTextual()) {
      problems.report(SubmissionDiagnostics.WRONG_TYPE, "string");
      return null;
    }
    String raw = value.asText();
    if (raw.length() > FormLimits.MAX_STRING_LENGTH) {
      problems.report(SubmissionDiagnostics.TOO_LONG, FormLimits.MAX_STRING_LENGTH);
      return null;
    }
    String text = normalise(raw);
    return text.isEmpty() ? null : new Read(text, JSON.textNode(text));
  }

  private static @Nullable Read phone(JsonNode value, Problems problems) {
    Read read = text(value, problems);
    if (read == null) {
      return null;
    }
    String compact = ((String) read.cel()).replaceAll("[\\s.\\-()]", "");
    if (compact.startsWith("+84")) {
      compact = "0" + compact.substring(3);
    }
    return new Read(compact, JSON.textNode(compact));
  }

  private static @Nullable Read number(JsonNode value, Problems problems) {
    if (!value.isNumber()) {
      problems.report(SubmissionDiagnostics.WRONG_TYPE, "number");
      return null;
    }
    BigDecimal exact = value.decimalValue();
    return new Read(exact.doubleValue(), JSON.numberNode(exact));
  }

  private static @Nullable Read money(JsonNode value, Problems problems) {
    if (!value.isNumber()) {
      problems.report(SubmissionDiagnostics.WRONG_TYPE, "number");
      return null;
    }
    BigDecimal exact = value.decimalValue();
    try {
      long amount = exact.longValueExact();
      return new Read(amount, JSON.numberNode(amount));
    } catch (ArithmeticException e) {
      problems.report(SubmissionDiagnostics.NOT_WHOLE);
      return null;
    }
  }

  private static @Nullable Read date(DatePrecision precision, JsonNode value, Problems problems) {
    String pattern = precision == DatePrecision.YEAR ? "YYYY" : "YYYY-MM-DD";
    if (!value.isTextual()) {
      problems.report(SubmissionDiagnostics.DATE_MALFORMED, pattern);
      return null;
    }
    String text = value.asText().strip();
    if (text.isEmpty()) {
      return null;
    }
    LocalDate date = parseDate(precision, text);
    if (date == null) {
      problems.report(SubmissionDiagnostics.DATE_MALFORMED, pattern);
      return null;
    }
    return new Read(FormFunctions.toTimestamp(date), JSON.textNode(text));
  }

  /** Parses a date of the given precision; a year stands for its first of January. */
  public static @Nullable LocalDate parseDate(DatePrecision precision, String text) {
    try {
      if (precision == DatePrecision.YEAR) {
        if (!text.matches("[0-9]{4}")) {
          return null;
        }
        return LocalDate.of(Integer.parseInt(text), 1, 1);
      }
      if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
        return null;
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Writes a date at a precision, the way submissions carry it. */
  public static String formatDate(DatePrecision precision, LocalDate date) {
    return precision == DatePrecision.YEAR
        ? String.format("%04d", date.getYear())
        : date.toString();
  }

  private static @Nullable Read bool(JsonNode value, Problems problems) {
    if (!value.isBoolean()) {
      problems.report(SubmissionDiagnostics.WRONG_TYPE, "true/false");
      return null;
    }
    return new Read(value.booleanValue(), JSON.booleanNode(value.booleanValue()));
  }

  private static @Nullable Read choices(JsonNode value, Problems problems) {
    if (!value.isArray()) {
      problems.report(SubmissionDiagnostics.WRONG_TYPE, "array of codes");
      return null;
    }
    List<String> codes = new ArrayList<>(value.size());
    ArrayNode json = JSON.arrayNode();
    Set<String> seen = new HashSet<>();
    for (JsonNode item : value) {
      if (!item.isTextual() || item.asText().length() > FormLimits.MAX_STRING_LENGTH) {
        problems.report(SubmissionDiagnostics.WRONG_TYPE, "array of codes");
        return null;
      }
      String code = normalise(item.asText());
      if (!seen.add(code)) {
        problems.report(SubmissionDiagnostics.DUPLICATE_CHOICE);
        return null;
      }
      codes.add(code);
      json.add(code);
    }
    return codes.isEmpty() ? null : new Read(List.copyOf(codes), json);
  }

  private static @Nullable Read address(JsonNode value, Problems problems) {
    if (!value.isObject()) {
      problems.report(SubmissionDiagnostics.WRONG_TYPE, "{province, commune, detail}");
      return null;
    }
    Map<String, String> parts = new LinkedHashMap<>();
    ObjectNode json = JSON.objectNode();
    for (String key : List.of("province", "commune", "detail")) {
      JsonNode part = value.get(key);
      String text = "";
      if (part != null && !part.isNull()) {
        if (!part.isTextual() || part.asText().length() > FormLimits.MAX_STRING_LENGTH) {
          problems.report(SubmissionDiagnostics.WRONG_TYPE, "{province, commune, detail}");
          return null;
        }
        text = normalise(part.asText());
      }
      parts.put(key, text);
      if (!text.isEmpty()) {
        json.put(key, text);
      }
    }
    var names = value.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!parts.containsKey(name)) {
        problems.report(SubmissionDiagnostics.WRONG_TYPE, "{province, commune, detail}");
        return null;
      }
    }
    if (json.isEmpty()) {
      return null;
    }
    return new Read(Map.copyOf(parts), json);
  }

  private static @Nullable Read attachments(JsonNode value, Problems problems) {
    if (!value.isArray()) {
      problems.report(SubmissionDiagnostics.WRONG_TYPE, "array of {name, mediaType, size}");
      return null;
    }
    List<Object> files = new ArrayList<>(value.size());
    ArrayNode json = JSON.arrayNode();
    for (JsonNode item : value) {
      JsonNode name = item.get("name");
      JsonNode type = item.get("mediaType");
      JsonNode size = item.get("size");
      JsonNode reference = item.get("reference");
      boolean ok =
          item.isObject()
              && name != null
              && name.isTextual()
              && type != null
              && type.isTextual()
              && size != null
              && size.canConvertToLong()
              && size.longValue() >= 0
              && (reference == null || reference.isTextual())
              && item.size() == (reference == null ? 3 : 4)
              && name.asText().length() <= FormLimits.MAX_STRING_LENGTH
              && type.asText().length() <= 255;
      if (!ok) {
        problems.report(SubmissionDiagnostics.WRONG_TYPE, "array of {name, mediaType, size}");
        return null;
      }
      files.add(
          Map.of("name", name.asText(), "mediaType", type.asText(), "size", size.longValue()));
      json.add(item.deepCopy());
    }
    return files.isEmpty() ? null : new Read(List.copyOf(files), json);
  }

  /**
   * Turns what a calculation gave into the field's value, or {@code null} when it does not fit (a
   * calculation typed {@code dyn} can give anything).
   */
  public static @Nullable Read fromResult(Field field, Object result) {
    switch (field.type()) {
      case TEXT, LONG_TEXT, SINGLE_CHOICE, PERSONAL_ID, TAX_CODE, PHONE, EMAIL:
        if (result instanceof String text) {
          String normal = normalise(text);
          return normal.isEmpty() ? null : new Read(normal, JSON.textNode(normal));
        }
        return null;
      case NUMBER:
        if (result instanceof Number number) {
          double d = number.doubleValue();
          if (Double.isFinite(d)) {
            return new Read(d, JSON.numberNode(BigDecimal.valueOf(d)));
          }
        }
        return null;
      case MONEY:
        return result instanceof Long amount ? new Read(amount, JSON.numberNode(amount)) : null;
      case BOOLEAN:
        return result instanceof Boolean b ? new Read(b, JSON.booleanNode(b)) : null;
      case DATE:
        if (result instanceof Instant instant) {
          LocalDate date = FormFunctions.toDate(instant);
          Instant exact =
              FormFunctions.toTimestamp(
                  field.datePrecision() == DatePrecision.YEAR ? date.withDayOfYear(1) : date);
          return new Read(exact, JSON.textNode(formatDate(field.datePrecision(), date)));
        }
        return null;
      default:
        // Calculations of lists, addresses and files are refused when the form loads.
        return null;
    }
  }
}
