package org.opendvc.forms;

/**
 * The bounds that keep a hostile or careless form definition from exhausting the server.
 *
 * <p>Every expression is compiled when the form loads: one longer than {@link
 * #MAX_EXPRESSION_LENGTH} or nested deeper than {@link #MAX_EXPRESSION_DEPTH} is a diagnostic, not
 * a stack overflow. At evaluation, all comprehensions of one expression together run at most {@link
 * #MAX_ITERATIONS} steps, no string grows beyond {@link #MAX_STRING_LENGTH} characters, no list
 * beyond {@link #MAX_LIST_SIZE} items, and regular expressions run in linear time (RE2) with a
 * program of at most {@link #MAX_REGEX_PROGRAM_SIZE} instructions. An expression that exceeds a
 * bound at evaluation stops with a field error.
 */
public final class FormLimits {
  private FormLimits() {}

  /** Longest expression, in code points. Real form expressions stay under 200. */
  public static final int MAX_EXPRESSION_LENGTH = 1_000;

  /** Deepest nesting of an expression's syntax. */
  public static final int MAX_EXPRESSION_DEPTH = 32;

  /** Most comprehension steps (all, exists, map, filter) in one evaluation of an expression. */
  public static final int MAX_ITERATIONS = 1_000;

  /** Longest string an expression may build or read, in characters. */
  public static final int MAX_STRING_LENGTH = 10_000;

  /** Longest list an expression may build by concatenation. */
  public static final int MAX_LIST_SIZE = 10_000;

  /** Largest compiled regular expression, in RE2 program instructions. */
  public static final int MAX_REGEX_PROGRAM_SIZE = 1_000;

  /** Most fields in one form, counting the fields of repeating groups once. */
  public static final int MAX_FIELDS = 2_000;

  /** Most codes in one code list. */
  public static final int MAX_CODES = 10_000;

  /** Most items a repeating group may declare as its maximum. */
  public static final int MAX_GROUP_ITEMS = 1_000;
}
