package org.opendvc.client;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The portal's date-time format: {@code yyyyMMddHHmmss} in Vietnam's time zone, as in the {@code
 * NgayTiepNhan} and {@code NgayHenTra} members of dossier sync records (OpenCPS {@code
 * DVCQGIntegrationActionImpl.java}).
 */
public final class DvcqgTime {
  /** Vietnam's time zone, in which the portal writes every date-time. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

  private DvcqgTime() {}

  /** The instant as the portal writes it. */
  public static String format(Instant instant) {
    return FORMAT.format(instant.atZone(ZONE));
  }

  /** The instant a portal date-time stands for, or empty if {@code text} is not one. */
  public static Optional<Instant> parse(String text) {
    if (text.length() != 14) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(text, FORMAT).atZone(ZONE).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
