package org.opendvc.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.data.SubjectRole;

/**
 * A field of an e-form (trường thông tin của tờ khai): its type, label, binding to the data
 * dictionary, behaviour (expressions) and limits. A field of type {@link FieldType#GROUP} repeats
 * its own fields once per item, such as once per child.
 *
 * <p>Fields come from {@link FormLoader}; they are immutable and thread-safe. A field's {@link
 * #path()} is its id, or {@code group.field} inside a repeating group; a value's path in a
 * submission carries the item, {@code children[1].fullName}.
 */
public final class Field {
  /** Longest text accepted when a field says nothing: one line. */
  public static final int DEFAULT_TEXT_LENGTH = 255;

  /** Longest long text accepted when a field says nothing. */
  public static final int DEFAULT_LONG_TEXT_LENGTH = 2_000;

  /** Most items of a repeating group when it says nothing. */
  public static final int DEFAULT_MAX_ITEMS = 20;

  private final String id;
  private final String path;
  private final @Nullable String groupId;
  private final FieldType type;
  private final LocalizedText label;
  private final @Nullable LocalizedText hint;
  private final String pointer;
  private final @Nullable Binding binding;
  private final @Nullable Expression relevant;
  private final Expression required;
  private final @Nullable LocalizedText requiredMessage;
  private final Expression readOnly;
  private final List<Constraint> constraints;
  private final @Nullable Expression calculate;
  private final @Nullable Expression defaultValue;
  private final @Nullable String codeList;
  private final @Nullable Integer minLength;
  private final @Nullable Integer maxLength;
  private final @Nullable BigDecimal min;
  private final @Nullable BigDecimal max;
  private final DatePrecision datePrecision;
  private final @Nullable AttachmentRule attachment;
  private final List<Field> fields;
  private final int minItems;
  private final int maxItems;
  private final @Nullable SubjectRole subject;
  private final @Nullable Integer expectedLength;

  private Field(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.groupId = b.groupId;
    this.path = groupId == null ? id : groupId + "." + id;
    this.type = Objects.requireNonNull(b.type, "type");
    this.label = Objects.requireNonNull(b.label, "label");
    this.hint = b.hint;
    this.pointer = Objects.requireNonNull(b.pointer, "pointer");
    this.binding = b.binding;
    this.relevant = b.relevant;
    this.required = b.required;
    this.requiredMessage = b.requiredMessage;
    this.readOnly = b.readOnly;
    this.constraints = List.copyOf(b.constraints);
    this.calculate = b.calculate;
    this.defaultValue = b.defaultValue;
    this.codeList = b.codeList;
    this.minLength = b.minLength;
    this.maxLength = b.maxLength;
    this.min = b.min;
    this.max = b.max;
    this.datePrecision = b.datePrecision;
    this.attachment = b.attachment;
    this.fields = List.copyOf(b.fields);
    this.minItems = b.minItems;
    this.maxItems = b.maxItems;
    this.subject = b.subject;
    this.expectedLength = b.expectedLength;
  }

  static Builder builder(String id, FieldType type, LocalizedText label, String pointer) {
    return new Builder(id, type, label, pointer);
  }

  /** The id, unique in the form: lower camel case, such as {@code childFullName}. */
  public String id() {
    return id;
  }

  /** The id, or {@code group.id} for a field of a repeating group. */
  public String path() {
    return path;
  }

  /** The repeating group this field belongs to, if any. */
  public Optional<String> groupId() {
    return Optional.ofNullable(groupId);
  }

  /** The type. */
  public FieldType type() {
    return type;
  }

  /** The label people see. */
  public LocalizedText label() {
    return label;
  }

  /** Help shown with the field, if any. */
  public Optional<LocalizedText> hint() {
    return Optional.ofNullable(hint);
  }

  /** Where the field is defined in its file, as a JSON Pointer. */
  public String pointer() {
    return pointer;
  }

  /** The data element and subject it holds, if bound. */
  public Optional<Binding> binding() {
    return Optional.ofNullable(binding);
  }

  /** When the field is shown; absent means always (within its section and group). */
  public Optional<Expression> relevant() {
    return Optional.ofNullable(relevant);
  }

  /** When an answer is needed; {@link Expression#FALSE} when optional. */
  public Expression required() {
    return required;
  }

  /** The message when a required answer is missing, if the form gives its own. */
  public Optional<LocalizedText> requiredMessage() {
    return Optional.ofNullable(requiredMessage);
  }

  /** When the person may not change the value; {@link Expression#FALSE} by default. */
  public Expression readOnly() {
    return readOnly;
  }

  /** The rules an answer must satisfy. */
  public List<Constraint> constraints() {
    return constraints;
  }

  /** The expression that computes the value, if calculated; the server recomputes it. */
  public Optional<Expression> calculate() {
    return Optional.ofNullable(calculate);
  }

  /** Whether the value is computed rather than entered. */
  public boolean isCalculated() {
    return calculate != null;
  }

  /** The initial value offered when the form starts, if any. */
  public Optional<Expression> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** The id of the code list of a choice field. */
  public Optional<String> codeList() {
    return Optional.ofNullable(codeList);
  }

  /** The fewest characters of a text answer, if limited. */
  public Optional<Integer> minLength() {
    return Optional.ofNullable(minLength);
  }

  /**
   * The most characters of a text answer: as declared, else {@link #DEFAULT_TEXT_LENGTH} for one
   * line and {@link #DEFAULT_LONG_TEXT_LENGTH} for long text. Never above {@link
   * FormLimits#MAX_STRING_LENGTH}.
   */
  public int maxLength() {
    if (maxLength != null) {
      return maxLength;
    }
    return type == FieldType.LONG_TEXT ? DEFAULT_LONG_TEXT_LENGTH : DEFAULT_TEXT_LENGTH;
  }

  /** The smallest number or amount accepted, if limited. */
  public Optional<BigDecimal> min() {
    return Optional.ofNullable(min);
  }

  /** The largest number or amount accepted, if limited. */
  public Optional<BigDecimal> max() {
    return Optional.ofNullable(max);
  }

  /** How much of a date the field asks for. */
  public DatePrecision datePrecision() {
    return datePrecision;
  }

  /** What an attachment field accepts. */
  public AttachmentRule attachment() {
    return attachment == null ? AttachmentRule.DEFAULT : attachment;
  }

  /** The fields of a repeating group, in order; empty for other types. */
  public List<Field> fields() {
    return fields;
  }

  /** Whether this is a repeating group. */
  public boolean isGroup() {
    return type == FieldType.GROUP;
  }

  /** The fewest items of a repeating group. */
  public int minItems() {
    return minItems;
  }

  /** The most items of a repeating group. */
  public int maxItems() {
    return maxItems;
  }

  /** The subject role each item of a repeating group stands for, if any. */
  public Optional<SubjectRole> subject() {
    return Optional.ofNullable(subject);
  }

  /**
   * How many characters a person typically types here, if the form says; the burden estimate uses
   * it instead of its defaults.
   */
  public Optional<Integer> expectedLength() {
    return Optional.ofNullable(expectedLength);
  }

  @Override
  public String toString() {
    return "Field[" + path + ", " + type + "]";
  }

  /** Builds a field while a definition is read. Not thread-safe. */
  static final class Builder {
    private final String id;
    private final FieldType type;
    private final LocalizedText label;
    private final String pointer;
    private @Nullable String groupId;
    private @Nullable LocalizedText hint;
    private @Nullable Binding binding;
    private @Nullable Expression relevant;
    private Expression required = Expression.FALSE;
    private @Nullable LocalizedText requiredMessage;
    private Expression readOnly = Expression.FALSE;
    private final List<Constraint> constraints = new ArrayList<>();
    private @Nullable Expression calculate;
    private @Nullable Expression defaultValue;
    private @Nullable String codeList;
    private @Nullable Integer minLength;
    private @Nullable Integer maxLength;
    private @Nullable BigDecimal min;
    private @Nullable BigDecimal max;
    private DatePrecision datePrecision = DatePrecision.DAY;
    private @Nullable AttachmentRule attachment;
    private final List<Field> fields = new ArrayList<>();
    private int minItems;
    private int maxItems = DEFAULT_MAX_ITEMS;
    private @Nullable SubjectRole subject;
    private @Nullable Integer expectedLength;

    private Builder(String id, FieldType type, LocalizedText label, String pointer) {
      this.id = id;
      this.type = type;
      this.label = label;
      this.pointer = pointer;
    }

    Builder groupId(@Nullable String value) {
      this.groupId = value;
      return this;
    }

    Builder hint(@Nullable LocalizedText value) {
      this.hint = value;
      return this;
    }

    Builder binding(@Nullable Binding value) {
      this.binding = value;
      return this;
    }

    Builder relevant(@Nullable Expression value) {
      this.relevant = value;
      return this;
    }

    Builder required(@Nullable Expression value) {
      this.required = value == null ? Expression.FALSE : value;
      return this;
    }

    Builder requiredMessage(@Nullable LocalizedText value) {
      this.requiredMessage = value;
      return this;
    }

    Builder readOnly(@Nullable Expression value) {
      this.readOnly = value == null ? Expression.FALSE : value;
      return this;
    }

    Builder constraints(List<Constraint> value) {
      this.constraints.addAll(value);
      return this;
    }

    Builder calculate(@Nullable Expression value) {
      this.calculate = value;
      return this;
    }

    Builder defaultValue(@Nullable Expression value) {
      this.defaultValue = value;
      return this;
    }

    Builder codeList(@Nullable String value) {
      this.codeList = value;
      return this;
    }

    Builder minLength(@Nullable Integer value) {
      this.minLength = value;
      return this;
    }

    Builder maxLength(@Nullable Integer value) {
      this.maxLength = value;
      return this;
    }

    Builder min(@Nullable BigDecimal value) {
      this.min = value;
      return this;
    }

    Builder max(@Nullable BigDecimal value) {
      this.max = value;
      return this;
    }

    Builder datePrecision(@Nullable DatePrecision value) {
      this.datePrecision = value == null ? DatePrecision.DAY : value;
      return this;
    }

    Builder attachment(@Nullable AttachmentRule value) {
      this.attachment = value;
      return this;
    }

    Builder fields(List<Field> value) {
      this.fields.addAll(value);
      return this;
    }

    Builder minItems(@Nullable Integer value) {
      this.minItems = value == null ? 0 : value;
      return this;
    }

    Builder maxItems(@Nullable Integer value) {
      this.maxItems = value == null ? DEFAULT_MAX_ITEMS : value;
      return this;
    }

    Builder subject(@Nullable SubjectRole value) {
      this.subject = value;
      return this;
    }

    Builder expectedLength(@Nullable Integer value) {
      this.expectedLength = value;
      return this;
    }

    Field build() {
      return new Field(this);
    }
  }
}
