package org.opendvc.forms.internal;

/** Which property of a field (or section) an expression gives. */
public enum ExpressionProperty {
  /** Whether the field is shown. */
  RELEVANT("relevant"),
  /** Whether an answer is needed. */
  REQUIRED("required"),
  /** Whether the person may change the value. */
  READ_ONLY("readOnly"),
  /** A rule the answer must satisfy. */
  CONSTRAINT("constraint"),
  /** The computed value. */
  CALCULATE("calculate"),
  /** The initial value. */
  DEFAULT("default");

  private final String member;

  ExpressionProperty(String member) {
    this.member = member;
  }

  /** The member's name in the definition format, used in messages in both languages. */
  public String member() {
    return member;
  }

  /** Whether the expression gives a yes or no. */
  public boolean isCondition() {
    return this != CALCULATE && this != DEFAULT;
  }
}
