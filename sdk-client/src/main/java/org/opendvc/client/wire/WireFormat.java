package org.opendvc.client.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Objects;
import org.opendvc.client.internal.WireJson;
import org.opendvc.core.OpenDvcException;

/**
 * Reads and writes wire records as the portal's JSON, with the client's conventions (dates,
 * statuses, flags, nulls left out). For simulators, fixtures and inspection tools.
 *
 * <p>Thread-safe.
 */
public final class WireFormat {
  private WireFormat() {}

  /**
   * The record as the portal's JSON.
   *
   * @throws OpenDvcException if {@code record} is not a wire record
   */
  public static String toJson(Object record) {
    Objects.requireNonNull(record, "record");
    try {
      return WireJson.mapper().writeValueAsString(record);
    } catch (JsonProcessingException e) {
      throw new OpenDvcException("Cannot write " + record.getClass().getSimpleName(), e);
    }
  }

  /**
   * The record of {@code type} that {@code json} holds.
   *
   * @throws OpenDvcException if the JSON does not have that shape; the message names the type only
   */
  public static <T> T fromJson(String json, Class<T> type) {
    try {
      return WireJson.mapper().readValue(json, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new OpenDvcException("The JSON is not a valid " + type.getSimpleName(), e);
    }
  }
}
