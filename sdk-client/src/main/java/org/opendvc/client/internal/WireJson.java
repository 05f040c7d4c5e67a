package org.opendvc.client.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import org.opendvc.client.DvcqgTime;
import org.opendvc.client.wire.WireStatus;
import org.opendvc.core.dossier.DossierStatus;
import org.opendvc.core.json.OpenDvcJson;
import org.opendvc.core.procedure.ChannelKind;

/**
 * The client's Jackson mapper: OpenDVC's hardened settings, plus the portal's conventions (dates as
 * yyyyMMddHHmmss in Vietnam, statuses and flags as strings, nulls not sent, unknown members ignored
 * since adapters add their own).
 */
public final class WireJson {
  private static final ObjectMapper MAPPER = create();

  private WireJson() {}

  /** The shared mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static ObjectMapper create() {
    SimpleModule module = new SimpleModule("dvcqg-wire");
    module.addSerializer(Instant.class, new InstantSerializer());
    module.addDeserializer(Instant.class, new InstantDeserializer());
    module.addSerializer(DossierStatus.class, new StatusSerializer());
    module.addDeserializer(DossierStatus.class, new StatusDeserializer());
    module.addSerializer(Boolean.class, new FlagSerializer());
    module.addDeserializer(Boolean.class, new FlagDeserializer());
    module.addSerializer(ChannelKind.class, new ChannelSerializer());
    module.addDeserializer(ChannelKind.class, new ChannelDeserializer());
    ObjectMapper mapper = OpenDvcJson.newMapper();
    mapper.registerModule(module);
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.setDefaultPropertyInclusion(
        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
    return mapper;
  }

  private static String text(JsonParser p, DeserializationContext ctx, Class<?> type)
      throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_STRING || token.isNumeric() || token.isBoolean()) {
      return p.getText().strip();
    }
    return (String) ctx.handleUnexpectedToken(type, p);
  }

  private static final class InstantSerializer extends JsonSerializer<Instant> {
    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(DvcqgTime.format(value));
    }
  }

  private static final class InstantDeserializer extends JsonDeserializer<Instant> {
    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      String text = text(p, ctx, Instant.class);
      return DvcqgTime.parse(text)
          .orElseThrow(
              () -> ctx.weirdStringException(text, Instant.class, "expected yyyyMMddHHmmss"));
    }
  }

  private static final class StatusSerializer extends JsonSerializer<DossierStatus> {
    @Override
    public void serialize(DossierStatus value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(WireStatus.write(value));
    }
  }

  private static final class StatusDeserializer extends JsonDeserializer<DossierStatus> {
    @Override
    public DossierStatus deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      String text = text(p, ctx, DossierStatus.class);
      return WireStatus.read(text)
          .orElseThrow(
              () -> ctx.weirdStringException(text, DossierStatus.class, "expected a code 1-10"));
    }
  }

  private static final class FlagSerializer extends JsonSerializer<Boolean> {
    @Override
    public void serialize(Boolean value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(value ? "1" : "0");
    }
  }

  private static final class FlagDeserializer extends JsonDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      String text = text(p, ctx, Boolean.class).toLowerCase(Locale.ROOT);
      return switch (text) {
        case "1", "true" -> Boolean.TRUE;
        case "0", "false", "" -> Boolean.FALSE;
        default -> throw ctx.weirdStringException(text, Boolean.class, "expected 0 or 1");
      };
    }
  }

  private static final class ChannelSerializer extends JsonSerializer<ChannelKind> {
    @Override
    public void serialize(ChannelKind value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(
          switch (value) {
            case IN_PERSON -> "1";
            case ONLINE -> "2";
            case POSTAL -> "3";
          });
    }
  }

  private static final class ChannelDeserializer extends JsonDeserializer<ChannelKind> {
    @Override
    public ChannelKind deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
      String text = text(p, ctx, ChannelKind.class);
      return switch (text) {
        case "1" -> ChannelKind.IN_PERSON;
        case "2" -> ChannelKind.ONLINE;
        case "3" -> ChannelKind.POSTAL;
        default -> throw ctx.weirdStringException(text, ChannelKind.class, "expected 1, 2 or 3");
      };
    }
  }
}
