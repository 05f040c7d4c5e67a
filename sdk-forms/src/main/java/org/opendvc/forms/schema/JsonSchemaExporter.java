package org.opendvc.forms.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.opendvc.core.Language;
import org.opendvc.forms.Binding;
import org.opendvc.forms.Code;
import org.opendvc.forms.CodeList;
import org.opendvc.forms.Constraint;
import org.opendvc.forms.DatePrecision;
import org.opendvc.forms.Field;
import org.opendvc.forms.FieldType;
import org.opendvc.forms.FormDefinition;
import org.opendvc.forms.Section;
import org.opendvc.forms.UnknownCodeRule;

/**
 * Exports a form as JSON Schema 2020-12 (the data contract of its submissions) and as UI schemas
 * for JSON Forms and React JSON Schema Form.
 *
 * <p>The data schema says everything JSON Schema can say: types, formats, lengths, ranges, code
 * lists (as {@code oneOf} of {@code const} and {@code title}), identifier shapes, items of groups
 * and files, and the fields always required. What it cannot say (conditional relevance and
 * requirement, constraints, calculations, bindings) is carried in {@code x-opendvc} members for
 * front ends that understand them; the server, which runs the form's logic, is the judge.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonSchemaExporter {
  /** The JSON Schema dialect of the export. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JsonSchemaExporter() {}

  /** The data schema of {@code form}, with titles in {@code language}. */
  public static ObjectNode dataSchema(FormDefinition form, Language language) {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(language, "language");
    ObjectNode schema = JSON.objectNode();
    schema.put("$schema", DIALECT);
    schema.put("$id", "urn:opendvc:form:" + form.id() + ":" + form.version());
    schema.put("title", form.title().get(language));
    schema.put("type", "object");
    ObjectNode about = schema.putObject("x-opendvc-form");
    about.put("id", form.id());
    about.put("version", form.version());
    about.put("contentHash", form.contentHash());
    about.put("procedure", form.procedure().value());
    ObjectNode properties = schema.putObject("properties");
    ArrayNode required = JSON.arrayNode();
    for (Section section : form.sections()) {
      for (Field field : section.fields()) {
        ObjectNode property = property(form, field, language);
        property.withObjectProperty("x-opendvc").put("section", section.id());
        if (section.relevant() != null) {
          property
              .withObjectProperty("x-opendvc")
              .put("sectionRelevant", section.relevant().source());
        }
        properties.set(field.id(), property);
        if (alwaysRequired(field) && section.relevant() == null) {
          required.add(field.id());
        }
      }
    }
    if (!required.isEmpty()) {
      schema.set("required", required);
    }
    schema.put("additionalProperties", false);
    return schema;
  }

  private static boolean alwaysRequired(Field field) {
    return field.required().isTrue() && field.relevant().isEmpty() && !field.isCalculated();
  }

  private static ObjectNode property(FormDefinition form, Field field, Language language) {
    ObjectNode p = JSON.objectNode();
    p.put("title", field.label().get(language));
    field.hint().ifPresent(h -> p.put("description", h.get(language)));
    switch (field.type()) {
      case TEXT, LONG_TEXT -> text(p, field);
      case PERSONAL_ID -> text(p, field).put("pattern", "^0[0-9]{11}$");
      case TAX_CODE -> text(p, field).put("pattern", "^([0-9]{10}(-[0-9]{3})?|[0-9]{12})$");
      case PHONE -> text(p, field).put("pattern", "^0[35789][0-9]{8}$");
      case EMAIL -> text(p, field).put("format", "email");
      case NUMBER -> {
        p.put("type", "number");
        range(p, field);
      }
      case MONEY -> {
        p.put("type", "integer");
        range(p, field);
        p.put("x-opendvc-unit", "VND");
      }
      case DATE -> {
        p.put("type", "string");
        if (field.datePrecision() == DatePrecision.YEAR) {
          p.put("pattern", "^[0-9]{4}$");
        } else {
          p.put("format", "date");
        }
      }
      case BOOLEAN -> p.put("type", "boolean");
      case SINGLE_CHOICE -> choice(p, form, field, language);
      case MULTIPLE_CHOICE -> {
        p.put("type", "array");
        p.put("uniqueItems", true);
        choice(p.putObject("items"), form, field, language);
      }
      case ADDRESS -> address(p);
      case ATTACHMENT -> attachment(p, field);
      case GROUP -> group(p, form, field, language);
    }
    if (field.isCalculated() || field.readOnly().isTrue()) {
      p.put("readOnly", true);
    }
    ObjectNode x = p.withObjectProperty("x-opendvc");
    x.put("type", field.type().name());
    field.binding().ifPresent(b -> x.set("binding", binding(b)));
    field.relevant().ifPresent(e -> x.put("relevant", e.source()));
    if (!field.required().isFalse()) {
      x.put("required", field.required().source());
    }
    if (!field.readOnly().isFalse()) {
      x.put("readOnly", field.readOnly().source());
    }
    field.calculate().ifPresent(e -> x.put("calculate", e.source()));
    field.defaultValue().ifPresent(e -> x.put("default", e.source()));
    if (!field.constraints().isEmpty()) {
      ArrayNode constraints = x.putArray("constraints");
      for (Constraint c : field.constraints()) {
        ObjectNode o = constraints.addObject();
        o.put("expression", c.expression().source());
        o.put("message", c.message().get(language));
      }
    }
    return p;
  }

  private static ObjectNode text(ObjectNode p, Field field) {
    p.put("type", "string");
    field.minLength().ifPresent(min -> p.put("minLength", min));
    p.put("maxLength", field.maxLength());
    return p;
  }

  private static void range(ObjectNode p, Field field) {
    field.min().ifPresent(min -> p.put("minimum", min));
    field.max().ifPresent(max -> p.put("maximum", max));
  }

  private static void choice(ObjectNode p, FormDefinition form, Field field, Language language) {
    CodeList list = field.codeList().flatMap(form::codeList).orElseThrow();
    ArrayNode options = JSON.arrayNode();
    for (Code code : list.codes()) {
      ObjectNode option = options.addObject();
      option.put("const", code.code());
      option.put("title", code.label().get(language));
    }
    if (list.unknownCodes() == UnknownCodeRule.KEEP) {
      // The server keeps codes the list does not know (with a warning): so must the contract.
      ArrayNode anyOf = p.putArray("anyOf");
      anyOf.addObject().put("type", "string").set("oneOf", options);
      ObjectNode other = anyOf.addObject();
      other.put("type", "string");
      other.put("minLength", 1);
    } else {
      p.put("type", "string");
      p.set("oneOf", options);
    }
    ObjectNode x = p.withObjectProperty("x-opendvc-codeList");
    x.put("id", list.id());
    x.put("version", list.version());
    x.put("unknownCodes", list.unknownCodes().name());
  }

  private static void address(ObjectNode p) {
    p.put("type", "object");
    ObjectNode parts = p.putObject("properties");
    parts.putObject("province").put("type", "string").put("pattern", "^[0-9]{2}$");
    parts.putObject("commune").put("type", "string").put("pattern", "^[0-9]{5}$");
    parts.putObject("detail").put("type", "string").put("maxLength", Field.DEFAULT_TEXT_LENGTH);
    p.putArray("required").add("province").add("commune");
    p.put("additionalProperties", false);
  }

  private static void attachment(ObjectNode p, Field field) {
    var rule = field.attachment();
    p.put("type", "array");
    p.put("maxItems", rule.maxFiles());
    ObjectNode item = p.putObject("items");
    item.put("type", "object");
    ObjectNode parts = item.putObject("properties");
    parts.putObject("name").put("type", "string").put("minLength", 1);
    ObjectNode type = parts.putObject("mediaType");
    type.put("type", "string");
    if (!rule.mediaTypes().isEmpty()) {
      ArrayNode accepted = type.putArray("x-opendvc-accept");
      rule.mediaTypes().forEach(accepted::add);
    }
    parts
        .putObject("size")
        .put("type", "integer")
        .put("minimum", 0)
        .put("maximum", rule.maxBytes());
    parts.putObject("reference").put("type", "string");
    item.putArray("required").add("name").add("mediaType").add("size");
    item.put("additionalProperties", false);
  }

  private static void group(ObjectNode p, FormDefinition form, Field group, Language language) {
    p.put("type", "array");
    if (group.minItems() > 0) {
      p.put("minItems", group.minItems());
    }
    p.put("maxItems", group.maxItems());
    ObjectNode item = p.putObject("items");
    item.put("type", "object");
    ObjectNode properties = item.putObject("properties");
    ArrayNode required = JSON.arrayNode();
    for (Field child : group.fields()) {
      properties.set(child.id(), property(form, child, language));
      if (alwaysRequired(child)) {
        required.add(child.id());
      }
    }
    if (!required.isEmpty()) {
      item.set("required", required);
    }
    item.put("additionalProperties", false);
    group
        .subject()
        .ifPresent(role -> p.withObjectProperty("x-opendvc").put("subject", role.name()));
  }

  private static ObjectNode binding(Binding b) {
    ObjectNode o = JSON.objectNode();
    o.put("element", b.element());
    if (b.subject() != null) {
      o.put("subject", b.subject().name());
    }
    o.put("prefill", b.prefill());
    o.put("lock", b.lock().name());
    return o;
  }

  /**
   * The JSON Forms UI schema of {@code form}: a {@code Categorization} with one category per
   * section (a stepper or tabs), a control per field, long text as multi-line, calculated fields
   * read-only, groups with their fields as the detail of each item.
   */
  public static ObjectNode jsonFormsUiSchema(FormDefinition form, Language language) {
    ObjectNode root = JSON.objectNode();
    root.put("type", "Categorization");
    ArrayNode categories = root.putArray("elements");
    for (Section section : form.sections()) {
      ObjectNode category = categories.addObject();
      category.put("type", "Category");
      category.put("label", section.title().get(language));
      ArrayNode elements = category.putArray("elements");
      for (Field field : section.fields()) {
        elements.add(control(field, "#/properties/" + field.id(), language));
      }
    }
    return root;
  }

  private static ObjectNode control(Field field, String scope, Language language) {
    ObjectNode control = JSON.objectNode();
    control.put("type", "Control");
    control.put("scope", scope);
    control.put("label", field.label().get(language));
    ObjectNode options = JSON.objectNode();
    if (field.type() == FieldType.LONG_TEXT) {
      options.put("multi", true);
    }
    if (field.isCalculated() || field.readOnly().isTrue()) {
      options.put("readonly", true);
    }
    if (field.type() == FieldType.SINGLE_CHOICE) {
      options.put("format", "radio");
    }
    if (field.isGroup()) {
      ObjectNode detail = options.putObject("detail");
      detail.put("type", "VerticalLayout");
      ArrayNode elements = detail.putArray("elements");
      for (Field child : field.fields()) {
        elements.add(control(child, "#/properties/" + child.id(), language));
      }
    }
    field.relevant().ifPresent(e -> options.put("x-opendvc-relevant", e.source()));
    if (!options.isEmpty()) {
      control.set("options", options);
    }
    return control;
  }

  /**
   * The React JSON Schema Form UI schema of {@code form}: field order, widgets (text areas, radio
   * buttons), read-only calculated fields, help texts, and the same for each group's items.
   */
  public static ObjectNode reactJsonSchemaFormUiSchema(FormDefinition form, Language language) {
    ObjectNode ui = JSON.objectNode();
    ArrayNode order = ui.putArray("ui:order");
    for (Field field : form.fields()) {
      order.add(field.id());
      ui.set(field.id(), rjsf(field, language));
    }
    return ui;
  }

  private static ObjectNode rjsf(Field field, Language language) {
    ObjectNode ui = JSON.objectNode();
    if (field.type() == FieldType.LONG_TEXT) {
      ui.put("ui:widget", "textarea");
    } else if (field.type() == FieldType.SINGLE_CHOICE) {
      ui.put("ui:widget", "radio");
    } else if (field.type() == FieldType.MULTIPLE_CHOICE) {
      ui.put("ui:widget", "checkboxes");
    }
    if (field.isCalculated() || field.readOnly().isTrue()) {
      ui.put("ui:readonly", true);
    }
    field.hint().ifPresent(h -> ui.put("ui:help", h.get(language)));
    if (field.isGroup()) {
      ObjectNode items = ui.putObject("items");
      ArrayNode order = items.putArray("ui:order");
      List<Field> children = field.fields();
      for (Field child : children) {
        order.add(child.id());
        items.set(child.id(), rjsf(child, language));
      }
    }
    return ui;
  }
}
