package org.opendvc.testkit.cli;

/** How a command prints its results. */
public enum OutputFormat {
  /** For people: short lines, in the chosen language. */
  TEXT,
  /** For programs: one JSON document on standard output. */
  JSON
}
