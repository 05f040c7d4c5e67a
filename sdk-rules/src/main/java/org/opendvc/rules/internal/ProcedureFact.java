package org.opendvc.rules.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.opendvc.core.LocalizedText;
import org.opendvc.core.procedure.OnlineServiceLevel;

/** What the readiness rules need to know of a procedure as a whole. */
public final class ProcedureFact {
  private final boolean onlineChannel;
  private final @Nullable OnlineServiceLevel declaredLevel;
  private final boolean feePayable;
  private final boolean onlinePayment;
  private final List<LocalizedText> inPersonSteps;

  public ProcedureFact(
      boolean onlineChannel,
      @Nullable OnlineServiceLevel declaredLevel,
      boolean feePayable,
      boolean onlinePayment,
      List<LocalizedText> inPersonSteps) {
    this.onlineChannel = onlineChannel;
    this.declaredLevel = declaredLevel;
    this.feePayable = feePayable;
    this.onlinePayment = onlinePayment;
    this.inPersonSteps = List.copyOf(inPersonSteps);
  }

  public boolean isOnlineChannel() {
    return onlineChannel;
  }

  public @Nullable OnlineServiceLevel getDeclaredLevel() {
    return declaredLevel;
  }

  /** Whether any fee or charge with an amount above zero is due. */
  public boolean isFeePayable() {
    return feePayable;
  }

  public boolean isOnlinePayment() {
    return onlinePayment;
  }

  public List<LocalizedText> getInPersonSteps() {
    return inPersonSteps;
  }
}
