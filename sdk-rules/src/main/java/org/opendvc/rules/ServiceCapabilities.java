package org.opendvc.rules;

import java.util.List;
import org.opendvc.core.LocalizedText;

/**
 * What the system offering a procedure can do, for the readiness check: facts the procedure
 * definition does not carry.
 *
 * @param onlinePayment whether fees can be paid online (the DVCQG payment platform or another)
 * @param electronicResults whether the system issues its results electronically (signed e-copies
 *     pushed to the e-document warehouse), even when the result's type is not recognised
 * @param inPersonSteps steps that still need the applicant in person, such as taking biometrics
 */
public record ServiceCapabilities(
    boolean onlinePayment, boolean electronicResults, List<LocalizedText> inPersonSteps) {

  /** Copies the list. */
  public ServiceCapabilities {
    inPersonSteps = List.copyOf(inPersonSteps);
  }

  /** Online payment, electronic results, no in-person step: what DVCQG offers every system. */
  public static ServiceCapabilities portalDefaults() {
    return new ServiceCapabilities(true, true, List.of());
  }
}
