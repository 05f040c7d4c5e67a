package org.opendvc.testkit.simulator;

/** A fault the simulator can inject into a request. */
public enum FaultKind {
  /** The answer comes late (by {@link FaultPlan#latency()}), but right. */
  LATENCY,
  /** HTTP 500, 502 or 504 (JSON or an HTML proxy page) before the request is applied. */
  SERVER_ERROR,
  /** HTTP 429 with {@code Retry-After}, before the request is applied. */
  RATE_LIMITED,
  /** The request is applied, then the connection drops halfway through the answer's body. */
  DROP_MID_RESPONSE,
  /** The request is applied, then the connection closes without any answer. */
  LOST_RESPONSE
}
