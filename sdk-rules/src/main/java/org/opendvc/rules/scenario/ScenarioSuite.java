package org.opendvc.rules.scenario;

import java.util.List;
import java.util.Objects;
import org.opendvc.core.procedure.Procedure;

/**
 * A scenario file: the procedure its cases are about, and the cases.
 *
 * @param file the file, as named to the reader
 * @param procedure the procedure the file names
 * @param scenarios the cases, in file order
 */
public record ScenarioSuite(String file, Procedure procedure, List<Scenario> scenarios) {

  /** Checks the parts and copies the list. */
  public ScenarioSuite {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(procedure, "procedure");
    scenarios = List.copyOf(scenarios);
  }
}
