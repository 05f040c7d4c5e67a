package org.opendvc.testkit.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.forms.FormLoader;

/**
 * Every JSON Schema OpenDVC publishes, by the class-path resource it is shipped as. Each gets a
 * copy under {@code docs/schema/} and a reference page under {@code docs/reference/}; publishing a
 * new format is one more constant here.
 */
public enum PublishedSchema {
  /** Procedure definitions ({@code sdk-core}). */
  PROCEDURE("/org/opendvc/core/schema/procedure.schema.json"),
  /** The data dictionary and its extensions ({@code sdk-core}). */
  DICTIONARY("/org/opendvc/core/schema/dictionary.schema.json"),
  /** Commune datasets ({@code sdk-core}). */
  COMMUNES("/org/opendvc/core/schema/communes.schema.json"),
  /** Official holiday schedules ({@code sdk-core}). */
  HOLIDAY_SCHEDULE("/org/opendvc/core/schema/holiday-schedule.schema.json"),
  /** Dossiers in JSON Lines, one object per line ({@code sdk-core}). */
  DOSSIER("/org/opendvc/core/schema/dossier.schema.json"),
  /** Agency profiles: the levels and fields a scorecard is computed for ({@code sdk-core}). */
  AGENCY_PROFILE("/org/opendvc/core/schema/agency-profile.schema.json"),
  /** E-form definitions ({@code sdk-forms}). */
  FORM(FormLoader.SCHEMA_RESOURCE),
  /** Dated rule parameters ({@code sdk-rules}). */
  PARAMETERS("/org/opendvc/rules/schema/parameters.schema.json"),
  /** Scenario files ({@code sdk-rules}). */
  SCENARIO("/org/opendvc/rules/schema/scenario.schema.json");

  private static final String SUFFIX = ".schema.json";

  private final String resource;

  PublishedSchema(String resource) {
    this.resource = resource;
  }

  /** The class-path resource, such as {@code /org/opendvc/core/schema/procedure.schema.json}. */
  public String resource() {
    return resource;
  }

  /** The file name, such as {@code procedure.schema.json}. */
  public String fileName() {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }

  /** The name of the reference page, such as {@code procedure.md}. */
  public String pageName() {
    String file = fileName();
    return file.substring(0, file.length() - SUFFIX.length()) + ".md";
  }

  /** The module whose jar ships it: {@code sdk-} and the package after {@code org.opendvc}. */
  public String module() {
    String rest = resource.substring("/org/opendvc/".length());
    return "sdk-" + rest.substring(0, rest.indexOf('/'));
  }

  /**
   * The schema's text, as shipped.
   *
   * @throws UncheckedIOException if the resource cannot be read
   * @throws IllegalStateException if the resource is not on the class path
   */
  public String text() {
    try (InputStream in = PublishedSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Schema resource not on the class path: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }

  /** The schema, parsed. */
  public JsonNode json() {
    try {
      return OpenDvcJson.mapper().readTree(text());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot parse " + resource, e);
    }
  }
}
