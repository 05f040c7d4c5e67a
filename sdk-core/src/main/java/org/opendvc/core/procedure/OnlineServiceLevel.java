package org.opendvc.core.procedure;

/**
 * How much of a procedure can be done online, under Decree 42/2022/ND-CP.
 *
 * <p>Older systems still carry the former level numbers: 4 corresponds to {@link #FULL}, 3 to
 * {@link #PARTIAL}.
 */
public enum OnlineServiceLevel {
  /**
   * Full-process (toàn trình): information, submission, processing and the result all online, or
   * the result delivered by public post.
   */
  FULL,
  /** Partial (một phần): any online service that does not meet the full-process bar. */
  PARTIAL
}
