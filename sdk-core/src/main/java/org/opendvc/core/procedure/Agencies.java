package org.opendvc.core.procedure;

import java.util.List;

/**
 * The agencies involved in a procedure, by role.
 *
 * @param implementing agencies that carry it out (cơ quan thực hiện)
 * @param competent agencies with authority to decide (cơ quan có thẩm quyền)
 * @param delegated agencies it is delegated to (cơ quan được ủy quyền)
 * @param coordinating agencies that take part (cơ quan phối hợp)
 */
public record Agencies(
    List<Agency> implementing,
    List<Agency> competent,
    List<Agency> delegated,
    List<Agency> coordinating) {

  /** No agencies. */
  public static final Agencies NONE = new Agencies(List.of(), List.of(), List.of(), List.of());

  /** Copies every list. */
  public Agencies {
    implementing = List.copyOf(implementing);
    competent = List.copyOf(competent);
    delegated = List.copyOf(delegated);
    coordinating = List.copyOf(coordinating);
  }

  /** Whether no agency is named in any role. */
  public boolean isEmpty() {
    return implementing.isEmpty()
        && competent.isEmpty()
        && delegated.isEmpty()
        && coordinating.isEmpty();
  }
}
