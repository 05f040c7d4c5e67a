package org.opendvc.testkit.demo;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a run of the demo did.
 *
 * @param dossiersMade the dossiers it made and sent to the portal
 * @param onPortal how many of them the portal holds with the right status and every step, once
 * @param problems what went wrong, one line each, without personal data
 * @param elapsed how long the run took
 * @param portal the portal's URL
 */
public record DemoReport(
    int dossiersMade, int onPortal, List<String> problems, Duration elapsed, String portal) {

  /** Checks the parts and copies the list. */
  public DemoReport {
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(portal, "portal");
    problems = List.copyOf(problems);
  }

  /** Whether every dossier reached the portal whole and nothing else went wrong. */
  public boolean succeeded() {
    return onPortal == dossiersMade && problems.isEmpty();
  }
}
