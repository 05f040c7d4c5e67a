package org.opendvc.forms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.data.DataValue;
import org.opendvc.core.dictionary.Registry;
import org.opendvc.forms.CodeList;
import org.opendvc.forms.Field;
import org.opendvc.forms.UnknownCodeRule;

/**
 * Turns a registry's value into a field's value: codes translated through the form's code list (and
 * its rule for unknown codes), dates cut to the field's precision, and the result normalised
 * exactly as a submitted value is, so that the envelope's digest of a prefilled value and the
 * digest of the same value submitted agree.
 */
public final class PrefillValues {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private PrefillValues() {}

  /**
   * A converted value.
   *
   * @param json the field's value, or {@code null} when blank or unusable
   * @param blank whether the registry's value is blank
   * @param unusable whether it does not fit the field
   * @param uncertain whether the value is not quite what the registry holds (a code the list does
   *     not know, kept or mapped; an address without its codes), so it must stay editable
   * @param unknownCode what was done with a code the list does not know ({@code null} when none was
   *     met): {@link UnknownCodeRule#REJECT} means the value was not used
   */
  public record Converted(
      @Nullable JsonNode json,
      boolean blank,
      boolean unusable,
      boolean uncertain,
      @Nullable UnknownCodeRule unknownCode) {}

  /** Converts {@code value}, which {@code registry} gave, for {@code field}. */
  public static Converted convert(
      Field field, @Nullable CodeList list, Registry registry, DataValue value) {
    if (value.isBlank()) {
      return new Converted(null, true, false, false, null);
    }
    AtomicBoolean unknown = new AtomicBoolean();
    JsonNode raw = raw(field, list, registry, value, unknown);
    boolean uncertain = unknown.get();
    UnknownCodeRule rule =
        uncertain && list != null && isChoice(field) ? list.unknownCodes() : null;
    if (raw == null) {
      return new Converted(null, false, rule != UnknownCodeRule.REJECT, uncertain, rule);
    }
    AtomicBoolean bad = new AtomicBoolean();
    FieldValues.Read read = FieldValues.read(field, raw, (kind, args) -> bad.set(true));
    if (bad.get() || read == null) {
      return new Converted(null, false, true, uncertain, rule);
    }
    return new Converted(read.json(), false, false, uncertain, rule);
  }

  private static boolean isChoice(Field field) {
    return field.type() == org.opendvc.forms.FieldType.SINGLE_CHOICE
        || field.type() == org.opendvc.forms.FieldType.MULTIPLE_CHOICE;
  }

  private static @Nullable JsonNode raw(
      Field field,
      @Nullable CodeList list,
      Registry registry,
      DataValue value,
      AtomicBoolean unknown) {
    switch (field.type()) {
      case TEXT, LONG_TEXT, PERSONAL_ID, TAX_CODE, PHONE, EMAIL:
        return value instanceof DataValue.Text || value instanceof DataValue.Code
            ? JSON.textNode(value.display())
            : null;
      case NUMBER:
        return value instanceof DataValue.Number n ? JSON.numberNode(n.value()) : null;
      case MONEY:
        if (value instanceof DataValue.Number n) {
          BigDecimal amount = n.value();
          return amount.stripTrailingZeros().scale() <= 0 ? JSON.numberNode(amount) : null;
        }
        return null;
      case DATE:
        return value instanceof DataValue.Date d
            ? JSON.textNode(FieldValues.formatDate(field.datePrecision(), d.value()))
            : null;
      case BOOLEAN:
        return value instanceof DataValue.Bool b ? JSON.booleanNode(b.value()) : null;
      case SINGLE_CHOICE:
        return code(list, registry, value, unknown);
      case MULTIPLE_CHOICE:
        if (!(value instanceof DataValue.ListOf items)) {
          return null;
        }
        ArrayNode codes = JSON.arrayNode();
        for (DataValue item : items.values()) {
          JsonNode code = code(list, registry, item, unknown);
          if (code == null) {
            return null;
          }
          codes.add(code);
        }
        return codes;
      case ADDRESS:
        if (!(value instanceof DataValue.Address a)) {
          return null;
        }
        ObjectNode address = JSON.objectNode();
        if (a.provinceCode() != null) {
          address.put("province", a.provinceCode());
        }
        if (a.communeCode() != null) {
          address.put("commune", a.communeCode());
        }
        String detail = a.detail();
        if (detail == null && (a.provinceCode() == null || a.communeCode() == null)) {
          // Only names: keep them as the detail so the person sees what the registry holds.
          detail = a.display();
        }
        if (detail != null && !detail.isBlank()) {
          address.put("detail", detail);
        }
        if (a.provinceCode() == null || a.communeCode() == null) {
          unknown.set(true);
        }
        return address;
      default:
        return null;
    }
  }

  private static @Nullable JsonNode code(
      @Nullable CodeList list, Registry registry, DataValue value, AtomicBoolean unknown) {
    if (!(value instanceof DataValue.Code) && !(value instanceof DataValue.Text)) {
      return null;
    }
    if (list == null) {
      return null;
    }
    String theirs = value.display().strip();
    var ours = list.fromRegistry(registry, theirs);
    if (ours.isPresent()) {
      return JSON.textNode(ours.get());
    }
    unknown.set(true);
    return switch (list.unknownCodes()) {
      case REJECT -> null;
      case KEEP -> JSON.textNode(theirs);
      case MAP_TO_OTHER -> JSON.textNode(list.otherCode().orElseThrow());
    };
  }
}
