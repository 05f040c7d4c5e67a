package org.opendvc.core.scorecard;

/** Where a metric's numbers come from. */
public enum MetricSource {
  /** Counted from the dossiers. */
  DOSSIERS,
  /** Given in the {@link AgencyProfile}: a dossier does not carry what it counts. */
  PROFILE
}
