package org.opendvc.rules.internal;

/** The metadata every rule carries, as DRL annotations. */
public final class RuleMetadata {
  private RuleMetadata() {}

  /** {@code @msgKey}: the key of the rule's message in the vi/en bundles. */
  public static final String MESSAGE_KEY = "msgKey";

  /**
   * {@code @lawRef}: the provision the rule implements, or {@code requirement} for rules that cite
   * the law the requirement itself names.
   */
  public static final String LAW_REFERENCE = "lawRef";

  /** {@code @effectiveFrom}: the first day the rule's law applies (ISO date). */
  public static final String EFFECTIVE_FROM = "effectiveFrom";

  /** {@code @effectiveTo}: the last day, when the law has ended. */
  public static final String EFFECTIVE_TO = "effectiveTo";
}
