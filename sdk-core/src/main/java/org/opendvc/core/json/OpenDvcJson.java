package org.opendvc.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one way OpenDVC configures Jackson.
 *
 * <p>Input is untrusted: duplicate keys are an error, trailing content is an error, numbers keep
 * their exact decimal value, and nesting depth and string length are bounded so a hostile file
 * cannot exhaust memory or the stack. Output is pretty-printed with two-space indentation the same
 * on every machine.
 *
 * <p>Thread-safe. {@link #newMapper()} returns a fresh mapper the caller may configure further.
 */
public final class OpenDvcJson {
  /** Deepest nesting accepted in a definition file. Real definitions stay well under 20. */
  public static final int MAX_NESTING_DEPTH = 200;

  /** Longest single string accepted, in characters: a long legal text fits, a bomb does not. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  private static final ObjectMapper SHARED = newMapper();
  private static final ObjectWriter PRETTY =
      SHARED.writer(
          new DefaultPrettyPrinter(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private OpenDvcJson() {}

  /** A new mapper with OpenDVC's settings. */
  public static ObjectMapper newMapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .build())
            .build();
    return JsonMapper.builder(factory)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .build();
  }

  /** The shared mapper. Do not reconfigure it; use {@link #newMapper()} for that. */
  public static ObjectMapper mapper() {
    return SHARED;
  }

  /** A writer that pretty-prints with two-space indentation. */
  public static ObjectWriter prettyWriter() {
    return PRETTY;
  }
}
