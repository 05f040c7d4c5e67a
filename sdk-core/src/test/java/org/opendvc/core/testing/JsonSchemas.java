package org.opendvc.core.testing;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.DialectId;
import java.util.List;

/**
 * OpenDVC's published JSON Schemas, loaded with an independent validator so that the schemas and
 * the readers can be checked against each other. Format assertions ({@code "format": "date"}) are
 * on, as a strict consumer would have them.
 */
public final class JsonSchemas {
  private static final String SCHEMAS = "/org/opendvc/core/schema/";
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  /** The schema of procedure files. */
  public static final Schema PROCEDURE = load("procedure.schema.json");

  /** The schema of one dossier, a line of a dossier file. */
  public static final Schema DOSSIER = load("dossier.schema.json");

  /** The schema of agency profiles for the scorecard. */
  public static final Schema AGENCY_PROFILE = load("agency-profile.schema.json");

  /** The schema of dictionary files. */
  public static final Schema DICTIONARY = load("dictionary.schema.json");

  /** The JSON Schema 2020-12 meta-schema. */
  public static final Schema META_2020_12 =
      REGISTRY.getSchema(SchemaLocation.of(DialectId.DRAFT_2020_12));

  private JsonSchemas() {}

  /** The text of the schema named {@code name}, such as {@code procedure.schema.json}. */
  public static String text(String name) {
    return Fixtures.text(SCHEMAS + name);
  }

  private static Schema load(String name) {
    return REGISTRY.getSchema(text(name), InputFormat.JSON);
  }

  /** Every violation of {@code schema} by {@code json}, as "instance location: message". */
  public static List<String> violations(Schema schema, String json) {
    return schema
        .validate(
            json,
            InputFormat.JSON,
            context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
        .stream()
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage())
        .toList();
  }
}
