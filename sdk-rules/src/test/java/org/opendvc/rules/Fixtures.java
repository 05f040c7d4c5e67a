package org.opendvc.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.opendvc.core.json.JsonDocument;
import org.opendvc.core.procedure.Procedure;
import org.opendvc.core.procedure.ProcedureJson;

/** Test fixtures under {@code src/test/resources}. */
final class Fixtures {
  private Fixtures() {}

  /** The text of a resource. */
  static String text(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      return new String(
          Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A procedure in OpenDVC's format. */
  static Procedure procedure(String resource) {
    return ProcedureJson.read(JsonDocument.parse(text(resource), resource).orElseThrow())
        .orElseThrow();
  }
}
