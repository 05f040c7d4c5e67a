package org.opendvc.forms.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cel.runtime.CelVariableResolver;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opendvc.forms.Field;
import org.opendvc.forms.internal.CompiledForm.CompiledConstraint;

/**
 * One field of one evaluation: whether it is shown, its value, and (when rules were evaluated)
 * whether it is required or read-only and which constraints it fails. For a field of a repeating
 * group there is one state per item. Mutable while the evaluation runs, then left alone.
 */
public final class FieldState {
  /** Whether a field is shown. */
  public enum Visibility {
    /** Shown: validated, and its value kept. */
    SHOWN,
    /** Hidden: not validated, and its value dropped. */
    HIDDEN,
    /** Cannot be decided yet from what is known (planning only). */
    UNDECIDED
  }

  private final Field field;
  private final String path;
  private final String pointer;
  private final int item;
  private final Visibility visibility;
  private final CelVariableResolver scope;
  private FieldValues.@Nullable Read value;
  private boolean required;
  private boolean readOnly;
  private final List<CompiledConstraint> failed = new ArrayList<>(0);
  private final List<FieldState[]> items = new ArrayList<>(0);

  FieldState(
      Field field,
      String path,
      String pointer,
      int item,
      Visibility visibility,
      CelVariableResolver scope) {
    this.field = field;
    this.path = path;
    this.pointer = pointer;
    this.item = item;
    this.visibility = visibility;
    this.scope = scope;
  }

  /** The field. */
  public Field field() {
    return field;
  }

  /** The path of this value, such as {@code children[1].fullName}. */
  public String path() {
    return path;
  }

  /** The JSON Pointer of this value in the submission, such as {@code /children/1/fullName}. */
  public String pointer() {
    return pointer;
  }

  /** The item of the repeating group, or -1 outside groups. */
  public int item() {
    return item;
  }

  /** Whether the field is shown. */
  public Visibility visibility() {
    return visibility;
  }

  /** Whether the field is shown. */
  public boolean isShown() {
    return visibility == Visibility.SHOWN;
  }

  /** The value, when there is one (a hidden field has none). */
  public FieldValues.@Nullable Read value() {
    return value;
  }

  /** The value as JSON, or {@code null}. */
  public @Nullable JsonNode json() {
    return value == null ? null : value.json();
  }

  /** Whether an answer is needed (evaluated with rules only). */
  public boolean isRequired() {
    return required;
  }

  /** Whether the person may not change the value (evaluated with rules only). */
  public boolean isReadOnly() {
    return readOnly;
  }

  /** The constraints the value fails (evaluated with rules only). */
  public List<CompiledConstraint> failedConstraints() {
    return failed;
  }

  /** For a group, the states of each item's fields, in declaration order. */
  public List<FieldState[]> items() {
    return items;
  }

  CelVariableResolver scope() {
    return scope;
  }

  void value(FieldValues.@Nullable Read newValue) {
    this.value = newValue;
  }

  void required(boolean isRequired) {
    this.required = isRequired;
  }

  void readOnly(boolean isReadOnly) {
    this.readOnly = isReadOnly;
  }

  void fail(CompiledConstraint constraint) {
    failed.add(constraint);
  }

  void addItem(FieldState[] states) {
    items.add(states);
  }

  @Override
  public String toString() {
    return "FieldState[" + path + ", " + visibility + (value == null ? "" : ", ***") + "]";
  }
}
