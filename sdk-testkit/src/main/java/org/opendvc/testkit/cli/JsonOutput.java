package org.opendvc.testkit.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.opendvc.core.json.OpenDvcJson;

/** Prints the JSON reports of {@code dvc} commands. */
final class JsonOutput {
  private JsonOutput() {}

  /** Prints {@code report} pretty, as one document. */
  static void print(PrintWriter out, JsonNode report) {
    try {
      out.println(OpenDvcJson.prettyWriter().writeValueAsString(report));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
