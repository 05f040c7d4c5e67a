package org.opendvc.forms.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Value paths ({@code children[1].fullName}) and the dates forms see. */
public final class Paths {
  /** Vietnam's time zone (UTC+7, no daylight saving): "today" for a form is today there. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  private Paths() {}

  /**
   * The field path of a value path: {@code children[1].fullName} gives {@code children.fullName}.
   */
  public static String fieldPath(String valuePath) {
    int open = valuePath.indexOf('[');
    if (open < 0) {
      return valuePath;
    }
    int close = valuePath.indexOf(']', open);
    return valuePath.substring(0, open) + valuePath.substring(close + 1);
  }

  /** The item index of a value path, or -1 outside groups. */
  public static int item(String valuePath) {
    int open = valuePath.indexOf('[');
    if (open < 0) {
      return -1;
    }
    return Integer.parseInt(valuePath.substring(open + 1, valuePath.indexOf(']', open)));
  }

  /** The value path of a field of a group's item. */
  public static String of(String groupId, int item, String fieldId) {
    return groupId + "[" + item + "]." + fieldId;
  }

  /** Today's date in Vietnam by {@code clock}. */
  public static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(VIETNAM));
  }
}
