package org.opendvc.core.procedure;

/**
 * What a {@link Requirement} (điều kiện thực hiện) asks of a subject. Each kind is evaluated by one
 * small, fixed set of rules in {@code sdk-rules}; the numbers it compares against are dated
 * parameters named in {@link Requirement#parameters()}, so a change in the law is a change of data.
 */
public enum RequirementKind {
  /**
   * The subject has reached a minimum age, in full years, on the decision date. Parameters: {@code
   * any}, or {@code male} and {@code female} when the law sets different ages by sex. Reads {@code
   * person.dateOfBirth} (and {@code person.sex}) unless {@link Requirement#element()} names another
   * date.
   */
  MINIMUM_AGE,
  /**
   * No more than a number of days have passed between an event and the decision date. Parameter:
   * {@code days}. {@link Requirement#element()} names the date of the event, such as the child's
   * {@code person.dateOfBirth}.
   */
  TIME_LIMIT_SINCE_EVENT,
  /**
   * The subject's marital status is one of {@link Requirement#values()}. Reads {@code
   * person.maritalStatus} unless another element is named.
   */
  MARITAL_STATUS,
  /**
   * The subject has a registered residence in Vietnam and, when {@link Requirement#values()} lists
   * province codes, in one of them. Reads {@code person.permanentResidence} unless another element
   * is named.
   */
  RESIDENCE,
  /**
   * The subject holds a document of the type named by the single value (a document type id), as
   * submitted or as held by a registry or the e-document warehouse.
   */
  HOLDS_DOCUMENT,
  /**
   * The subject declares a yes/no fact named by {@link Requirement#element()}, such as that the
   * marriage is voluntary.
   */
  DECLARATION,
  /**
   * A fee exemption (miễn phí, lệ phí) that applies when every requirement whose id is listed in
   * {@link Requirement#values()} is met.
   */
  FEE_EXEMPTION,
  /**
   * Law too rich for data, decided by a rule package shipped with {@code sdk-rules}; the single
   * value names the package, such as {@code retirement-age}.
   */
  RULE_PACKAGE
}
