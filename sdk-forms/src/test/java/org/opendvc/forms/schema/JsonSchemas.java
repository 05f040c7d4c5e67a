package org.opendvc.forms.schema;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** Validates JSON against JSON Schema 2020-12 with an independent implementation. */
public final class JsonSchemas {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private JsonSchemas() {}

  /** The problems of {@code instance} against {@code schema}, both JSON text. */
  public static List<String> problems(String schema, String instance) {
    Schema compiled = REGISTRY.getSchema(schema, InputFormat.JSON);
    return compiled.validate(instance, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  /** The problems of {@code schema} as a schema, against the 2020-12 meta-schema. */
  public static List<String> metaProblems(String schema) {
    Schema meta =
        REGISTRY.getSchema(
            com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    return meta.validate(schema, InputFormat.JSON).stream().map(Error::toString).toList();
  }
}
