package org.opendvc.core.scorecard;

/**
 * How the online-service group ({@link MetricCode#PROVIDE_ONLINE}) is scored. The reference names
 * the main indicator (full-process online dossiers over the dossiers of procedures eligible for
 * full-process service) but says its scoring formula was not established, so OpenDVC offers these
 * and says in the output which one it used.
 */
public enum OnlineServiceRule {
  /**
   * Dossiers submitted online of procedures offered full-process online ({@code onlineServiceLevel}
   * FULL), over every dossier of those procedures received in the period. The default: the
   * reference's main indicator.
   */
  FULL_PROCESS_SHARE,
  /** Dossiers submitted online over every dossier received in the period. */
  ONLINE_SHARE
}
