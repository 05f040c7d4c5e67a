package org.opendvc.core.time;

/** Why a day is off work. */
public enum HolidayKind {
  /**
   * A public holiday (ngày nghỉ lễ, tết) the Labour Code lists: New Year's Day, the Tết days, Hùng
   * Kings' Day, Victory Day, Labour Day, National Day and the day next to it. It stays a holiday
   * when it falls on a weekly rest day.
   */
  STATUTORY,
  /**
   * A compensatory day off (ngày nghỉ bù): the next working day, given because a statutory holiday
   * fell on a weekly rest day (Labour Code 2019, Art. 111(3)).
   */
  COMPENSATORY,
  /**
   * A working day moved into a holiday by an official decision (ngày nghỉ hoán đổi), in exchange
   * for a weekly rest day worked instead ({@link SwappedWorkingDay}).
   */
  SWAPPED
}
